import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Navigate,
  Outlet,
  useLocation,
  useMatch,
  useNavigate,
  useOutletContext,
} from 'react-router';
import { useQueryState } from 'nuqs';
import type { AccessFacts } from '@/api/access/effectiveAccess';
import { useAccessFacts } from '@/api/access/useAccessFacts';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { accessViews, paths, type AccessView as View } from '@/paths';
import { CheckView } from './CheckView';
import { TargetsView } from './TargetsView';
import { UsersView } from './UsersView';
import { usersParsers } from './accessState';

/**
 * `/access/users|targets|check`: the access explorer's header and its three ways in, each a
 * child route whose state is in the URL. The facts (policies, clusters, fleets) load once here.
 */
export function AccessPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Through nuqs: the views set it without a router navigation (useListState).
  const [user] = useQueryState('user', usersParsers.user);
  const view = useMatch('/access/:view')?.params.view as View | undefined;
  const { facts, isPending, error, refetch } = useAccessFacts();

  return (
    <>
      <PageHeader title={t('access.title')} description={t('access.description')} />
      <Tabs
        value={view ?? 'users'}
        onChange={(next) => {
          const chosen = accessViews.find((item) => item === next);
          // The user asked about stays when going to another way in.
          if (chosen) void navigate(paths.access(chosen, user ? { user } : undefined));
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('access.views.label')} mb="md">
          {accessViews.map((item) => (
            <Tabs.Tab key={item} value={item}>
              {t(`access.views.${item}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={view ?? 'users'}>
          {error ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : isPending || !facts ? (
            <TableSkeleton />
          ) : (
            <Outlet context={facts satisfies AccessFacts} />
          )}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** `/access` opens the users view, keeping what the URL asks. */
export function AccessIndex() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: paths.access('users'), search }} replace />;
}

/** One view of the explorer, with the facts the page loaded. */
export function AccessView({ view }: { view: View }) {
  const facts = useOutletContext<AccessFacts>();
  switch (view) {
    case 'users':
      return <UsersView facts={facts} />;
    case 'targets':
      return <TargetsView facts={facts} />;
    case 'check':
      return <CheckView facts={facts} />;
  }
}

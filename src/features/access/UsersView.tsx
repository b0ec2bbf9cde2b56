import { useMemo, useState } from 'react';
import { Anchor, Autocomplete, Button, Group, Stack, Text } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  computeAccess,
  knownUsers,
  type AccessEntry,
  type AccessFacts,
} from '@/api/access/effectiveAccess';
import { filterEntries, sortEntries } from '@/components/access/accessModel';
import { AccessExportMenu } from '@/components/access/AccessExportMenu';
import { GrantSources } from '@/components/access/GrantSources';
import { PermissionSummary } from '@/components/access/PermissionSummary';
import { useAccessText } from '@/components/access/useAccessText';
import { ApiText, apiSentence, renderApiOption } from '@/components/ApiText';
import { EmptyState } from '@/components/EmptyState';
import { ListPager } from '@/components/list/ListPager';
import { ListSearch } from '@/components/list/ListSearch';
import { useListState } from '@/components/list/useListState';
import { DataTable, type DataColumn } from '@/components/table/DataTable';
import { paths } from '@/paths';
import { pageSize, usersParsers } from './accessState';

/**
 * `/access/users`: every cluster and namespace scope where a user (or everyone) may do
 * something, what, and why; filtered by cluster name; exported as the access report.
 */
export function UsersView({ facts }: { facts: AccessFacts }) {
  const { t } = useTranslation();
  const { namespace } = useAccessText();
  const { state, update } = useListState(usersParsers);
  const all = useMemo(() => sortEntries(computeAccess(facts).entries), [facts]);
  const users = useMemo(() => knownUsers(facts.rules), [facts.rules]);
  const rows = useMemo(
    () => filterEntries(all, { userId: state.user, clusterText: state.q }),
    [all, state.user, state.q],
  );
  const pages = Math.ceil(rows.length / pageSize);
  const page = Math.min(state.page, Math.max(pages, 1));
  const shown = useMemo(() => rows.slice((page - 1) * pageSize, page * pageSize), [rows, page]);

  const columns = useMemo<DataColumn<AccessEntry>[]>(
    () => [
      // With one user picked, their ID in every row says nothing new.
      ...(state.user ? [] : [userColumn(t('effectiveAccess.columns.user'))]),
      {
        id: 'cluster',
        header: t('effectiveAccess.columns.cluster'),
        cell: ({ row }) => (
          <Anchor
            component={Link}
            to={paths.cluster({ clusterId: row.original.clusterId })}
            size="sm"
          >
            <ApiText lines={1} focusable={false} maxWidth="14rem">
              {row.original.clusterName}
            </ApiText>
          </Anchor>
        ),
      },
      {
        id: 'fleet',
        header: t('effectiveAccess.columns.fleet'),
        cell: ({ row }) =>
          row.original.fleetId ? (
            <Anchor component={Link} to={paths.fleet({ fleetId: row.original.fleetId })} size="sm">
              <ApiText lines={1} focusable={false} maxWidth="14rem">
                {row.original.fleetName}
              </ApiText>
            </Anchor>
          ) : (
            <Text span c="dimmed">
              {t('common.none')}
            </Text>
          ),
      },
      {
        id: 'namespace',
        header: t('effectiveAccess.columns.namespace'),
        cell: ({ row }) => namespace(row.original.namespace),
        meta: { cellProps: { style: { whiteSpace: 'nowrap' } } },
      },
      {
        id: 'allowed',
        header: t('effectiveAccess.columns.allowed'),
        cell: ({ row }) => <PermissionSummary grants={row.original.grants} />,
      },
      {
        id: 'why',
        header: t('access.users.why'),
        cell: ({ row }) => (
          <GrantSources
            grants={row.original.grants}
            cluster={{ id: row.original.clusterId, name: row.original.clusterName }}
          />
        ),
      },
    ],
    [t, namespace, state.user],
  );

  const filtered = state.user !== '' || state.q !== '';
  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Group align="flex-start" wrap="wrap">
          <UserPicker
            key={state.user}
            users={users}
            value={state.user}
            onChange={(user) => update({ user: user || null })}
          />
          <ListSearch
            label={t('access.users.cluster')}
            placeholder={t('access.users.clusterPlaceholder')}
            value={state.q}
            onChange={(q) => update({ q: q || null }, { replace: true })}
            w={260}
          />
        </Group>
        <AccessExportMenu
          shown={rows}
          all={all}
          name={state.user ? `access-${state.user}` : 'access'}
        />
      </Group>
      {state.user === '' && (
        <Text size="sm" c="dimmed">
          {t('access.users.allUsers')}
        </Text>
      )}
      {state.user !== '' && !users.includes(state.user) ? (
        <EmptyState
          message={apiSentence({ user: state.user }, (slots) =>
            t('access.users.unknownUser', slots),
          )}
        />
      ) : rows.length === 0 ? (
        <EmptyState
          message={filtered ? t('access.users.noMatch') : t('access.users.noAccess')}
          action={
            filtered && (
              <Button variant="default" onClick={() => update({ user: null, q: null })}>
                {t('access.users.clear')}
              </Button>
            )
          }
        />
      ) : (
        <>
          <DataTable
            rows={shown}
            columns={columns}
            rowKey={(entry) => `${entry.userId}|${entry.clusterId}|${entry.namespace}`}
            minWidth={state.user ? 900 : 1100}
            position={{ firstRowIndex: (page - 1) * pageSize, totalRows: rows.length }}
            caption={t('access.users.caption', {
              from: (page - 1) * pageSize + 1,
              to: (page - 1) * pageSize + shown.length,
              count: rows.length,
            })}
          />
          <ListPager
            label={t('access.users.pages')}
            page={page}
            pages={pages}
            onChange={(next) => update({ page: next })}
          />
        </>
      )}
    </Stack>
  );
}

function userColumn(header: string): DataColumn<AccessEntry> {
  return {
    id: 'user',
    header,
    cell: ({ row }) => (
      <Text span ff="monospace" size="sm">
        <ApiText lines={1} maxWidth="18rem">
          {row.original.userId}
        </ApiText>
      </Text>
    ),
  };
}

/**
 * Pick a known IAM user or paste any ID; the URL changes when a choice is made (an option, Enter
 * or leaving the field), not on every keystroke of a pasted ID.
 */
function UserPicker({
  users,
  value,
  onChange,
}: {
  users: readonly string[];
  value: string;
  onChange: (user: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const commit = (next: string) => {
    if (next.trim() !== value) onChange(next.trim());
  };
  return (
    <Autocomplete
      label={t('access.users.user')}
      placeholder={t('access.users.userPlaceholder')}
      description={t('access.users.userHint')}
      data={[...users]}
      value={text}
      onChange={(next) => {
        setText(next);
        // Cleared: back to every user at once.
        if (next === '') commit('');
      }}
      onOptionSubmit={(option) => {
        setText(option);
        commit(option);
      }}
      onBlur={() => commit(text)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(text);
      }}
      leftSection={<IconUser size={16} aria-hidden />}
      renderOption={renderApiOption}
      clearable
      w={380}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );
}

import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Tabs, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMapPin, IconPlugConnected, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  Navigate,
  Outlet,
  useMatch,
  useNavigate,
  useOutletContext,
  useParams,
  useSearchParams,
} from 'react-router';
import type { NormalizedCluster } from '@/api/normalize';
import { clusterTabs, paths, tabPatterns, type ClusterTab } from '@/paths';
import { useApiMutation } from '@/api/query';
import { ApiText, apiSentence, isolate } from '@/components/ApiText';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { ClusterStatusBadge } from './ClusterStatusBadge';
import { needsAgent } from '@/api/facts/clusterFacts';
import { ConnectPanel, useClusterDetail } from './cluster/ConnectPanel';
import { DeregisterDialog } from './cluster/DeregisterDialog';
import { EditLocationDialog } from './cluster/EditLocationDialog';
import { MembershipTab } from './cluster/MembershipTab';
import { OverviewTab } from './cluster/OverviewTab';
import { StatusTab } from './cluster/StatusTab';
import { PageLoadError } from '@/components/PageLoadError';
import { WhoHasAccess } from '@/components/access/WhoHasAccess';
import { BackToClusters } from './BackToClusters';

/** What the page hands to the tab shown in its outlet. */
interface ClusterOutlet {
  cluster: NormalizedCluster;
  /** The tab `/clusters/:id` itself shows. */
  defaultTab: ClusterTab;
}

/**
 * `/clusters/:id[/overview|/status|/membership|/access]`: the header, actions and tab list; each
 * tab is a child route rendered in the outlet.
 */
export function ClusterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { clusterId = '' } = useParams();
  const [params] = useSearchParams();
  const requested = useMatch(tabPatterns.cluster)?.params.tab as ClusterTab | undefined;
  const cluster = useClusterDetail(clusterId);
  const activate = useApiMutation('activateCluster');
  const [dialog, setDialog] = useState<'deregister' | 'location' | null>(null);

  // A cluster waiting for its agent opens on the access tab: that is what it needs next. Decided
  // once, when the cluster first loads, so the tab does not jump when it becomes Available.
  const [openedPending, setOpenedPending] = useState<boolean | null>(null);
  if (openedPending === null && cluster.data) {
    setOpenedPending(cluster.data.status.phase === 'Pending' && needsAgent(cluster.data));
  }
  const defaultTab: ClusterTab = openedPending ? 'access' : 'overview';
  const tab = requested ?? defaultTab;
  // Links from before tabs were routes (`?tab=status`) still open their tab.
  const legacyTab = clusterTabs.find((item) => item === params.get('tab'));
  if (legacyTab) return <Navigate to={paths.cluster({ clusterId }, legacyTab)} replace />;

  const back = <BackToClusters />;

  if (cluster.isPending)
    return (
      <>
        {back}
        <TableSkeleton rows={6} />
      </>
    );
  if (cluster.isError)
    return (
      <>
        {back}
        <PageLoadError error={cluster.error} onRetry={() => void cluster.refetch()} />
      </>
    );

  const data = cluster.data;
  const { metadata, spec, status } = data;
  const locatable = spec.category === 'attachedcluster' || spec.category === 'onpremises';
  // Activation reconnects a cluster that lost (or never got) its agent connection.
  const canActivate = status.phase === 'Unavailable' || status.phase === 'Failed';

  return (
    <>
      {back}
      <PageHeader
        title={
          <ApiText lines={2}>
            {apiSentence({ name: metadata.name }, (slots) => t('clusters.detailTitle', slots))}
          </ApiText>
        }
        documentTitle={t('clusters.detailTitle', { name: isolate(metadata.name) })}
        actions={
          <>
            {canActivate && (
              <Button
                variant="light"
                leftSection={<IconPlugConnected size={16} aria-hidden />}
                loading={activate.isPending}
                onClick={() =>
                  activate.mutate(
                    { clusterid: clusterId },
                    {
                      onSuccess: () =>
                        notifications.show({
                          color: 'teal',
                          message: t('clusters.actions.activated'),
                        }),
                    },
                  )
                }
              >
                {t('clusters.actions.activate')}
              </Button>
            )}
            <Tooltip label={t('clusters.actions.locationOnlyFor')} disabled={locatable}>
              <Button
                variant="default"
                leftSection={<IconMapPin size={16} aria-hidden />}
                data-disabled={!locatable || undefined}
                aria-disabled={!locatable}
                onClick={(event) => {
                  if (!locatable) event.preventDefault();
                  else setDialog('location');
                }}
              >
                {t('clusters.actions.editLocation')}
              </Button>
            </Tooltip>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setDialog('deregister')}
            >
              {t('clusters.deregister.button')}
            </Button>
          </>
        }
      />
      <Stack gap="sm" mb="md">
        <Group gap="xs">
          <ClusterStatusBadge cluster={data} />
        </Group>
        {activate.isError && <ErrorState error={activate.error} />}
        {status.arrearFreeze === 'true' && (
          <Alert color="red" variant="light">
            {t('clusters.detail.frozenArrears')}
          </Alert>
        )}
        {status.policeFreeze === 'true' && (
          <Alert color="red" variant="light">
            {t('clusters.detail.frozenPolice')}
          </Alert>
        )}
        {status.phase === 'Unavailable' && (
          <Alert color="orange" variant="light">
            {t('clusters.detail.unavailableHint')}
          </Alert>
        )}
      </Stack>
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = clusterTabs.find((item) => item === value);
          if (!next) return;
          const path = paths.cluster({ clusterId }, next === defaultTab ? undefined : next);
          void navigate(path, { replace: true });
        }}
      >
        <Tabs.List mb="md">
          {clusterTabs.map((item) => (
            <Tabs.Tab key={item} value={item}>
              {t(`clusters.tabs.${item}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab}>
          <Outlet context={{ cluster: data, defaultTab } satisfies ClusterOutlet} />
        </Tabs.Panel>
      </Tabs>
      {dialog === 'deregister' && (
        <DeregisterDialog cluster={data} opened onClose={() => setDialog(null)} />
      )}
      {dialog === 'location' && (
        <EditLocationDialog cluster={data} opened onClose={() => setDialog(null)} />
      )}
    </>
  );
}

/** The content of one tab of the cluster page; the index route shows the page's default tab. */
export function ClusterTabPanel({ tab }: { tab?: ClusterTab }) {
  const { cluster, defaultTab } = useOutletContext<ClusterOutlet>();
  switch (tab ?? defaultTab) {
    case 'overview':
      return <OverviewTab cluster={cluster} />;
    case 'status':
      return <StatusTab cluster={cluster} />;
    case 'membership':
      return <MembershipTab cluster={cluster} />;
    case 'access':
      return (
        <Paper withBorder p="lg" radius="md">
          <ConnectPanel cluster={cluster} />
        </Paper>
      );
    case 'who-has-access':
      return <WhoHasAccess target={{ kind: 'cluster', id: cluster.metadata.uid }} />;
  }
}

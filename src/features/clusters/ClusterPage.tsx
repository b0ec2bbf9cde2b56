import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Tabs, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconMapPin, IconPlugConnected, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/TableSkeleton';
import { ClusterStatusBadge } from './ClusterStatusBadge';
import { needsAgent } from './clusterFacts';
import { ConnectPanel, useClusterDetail } from './cluster/ConnectPanel';
import { DeregisterDialog } from './cluster/DeregisterDialog';
import { EditLocationDialog } from './cluster/EditLocationDialog';
import { MembershipTab } from './cluster/MembershipTab';
import { OverviewTab } from './cluster/OverviewTab';
import { StatusTab } from './cluster/StatusTab';
import { PageLoadError } from '../../components/PageLoadError';

const tabs = ['overview', 'status', 'membership', 'access'] as const;
type Tab = (typeof tabs)[number];

export function ClusterPage() {
  const { t } = useTranslation();
  const { clusterId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const cluster = useClusterDetail(clusterId);
  const activate = useApiMutation('activateCluster');
  const [dialog, setDialog] = useState<'deregister' | 'location' | null>(null);

  const requested = params.get('tab');
  // A cluster waiting for its agent opens on the access tab: that is what it needs next. Decided
  // once, when the cluster first loads, so the tab does not jump when it becomes Available.
  const [openedPending, setOpenedPending] = useState<boolean | null>(null);
  if (openedPending === null && cluster.data) {
    setOpenedPending(cluster.data.status.phase === 'Pending' && needsAgent(cluster.data));
  }
  const defaultTab: Tab = openedPending ? 'access' : 'overview';
  const tab: Tab = (tabs as readonly string[]).includes(requested ?? '')
    ? (requested as Tab)
    : defaultTab;

  const back = (
    <Anchor component={Link} to="/clusters" size="sm" mb="xs" display="inline-flex">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('clusters.backToList')}
      </Group>
    </Anchor>
  );

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
        title={t('clusters.detailTitle', { name: metadata.name })}
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
        onChange={(value) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (value && value !== defaultTab) next.set('tab', value);
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t('clusters.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="status">{t('clusters.tabs.status')}</Tabs.Tab>
          <Tabs.Tab value="membership">{t('clusters.tabs.membership')}</Tabs.Tab>
          <Tabs.Tab value="access">{t('clusters.tabs.access')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab cluster={data} />
        </Tabs.Panel>
        <Tabs.Panel value="status">
          <StatusTab cluster={data} />
        </Tabs.Panel>
        <Tabs.Panel value="membership">
          <MembershipTab cluster={data} />
        </Tabs.Panel>
        <Tabs.Panel value="access">
          <Paper withBorder p="lg" radius="md">
            <ConnectPanel cluster={data} />
          </Paper>
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

import { Alert, Anchor, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { clusterQueries } from '../../api/queries/clusters';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PropertyList } from '../../components/PropertyList';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { ClusterStatusBadge } from './ClusterStatusBadge';

export function ClusterPage() {
  const { t } = useTranslation();
  const { clusterId = '' } = useParams();
  const cluster = useQuery(clusterQueries.detail(clusterId));

  if (cluster.isPending) return <TableSkeleton rows={4} />;
  if (cluster.isError) {
    return <ErrorState error={cluster.error} onRetry={() => void cluster.refetch()} />;
  }
  const { metadata, spec, status } = cluster.data;
  const fleetId = spec.clusterGroupID;

  return (
    <>
      <PageHeader
        title={t('clusters.detailTitle', { name: metadata.name })}
        actions={<ClusterStatusBadge cluster={cluster.data} />}
      />
      <Alert variant="light" mb="lg">
        {t('common.comingSoon')}
      </Alert>
      <Paper withBorder p="lg" radius="md">
        <PropertyList
          properties={[
            { label: 'ID', value: metadata.uid },
            { label: t('clusters.columns.kind'), value: `${spec.category} / ${spec.type}` },
            {
              label: t('clusters.columns.version'),
              value: status.kubernetesVersion ?? t('common.none'),
            },
            {
              label: t('clusters.columns.fleet'),
              value: fleetId ? (
                <Anchor component={Link} to={`/fleets/${fleetId}`}>
                  {fleetId}
                </Anchor>
              ) : (
                t('clusters.notInFleet')
              ),
            },
            {
              label: t('clusters.columns.created'),
              value: <UcsDate value={metadata.creationTimestamp} />,
            },
          ]}
        />
      </Paper>
    </>
  );
}

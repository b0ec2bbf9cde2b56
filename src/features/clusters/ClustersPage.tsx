import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clusterQueries } from '../../api/queries/clusters';
import { fleetQueries } from '../../api/queries/fleets';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { ClusterStatusBadge } from './ClusterStatusBadge';

export function ClustersPage() {
  const { t } = useTranslation();
  const clusters = useQuery(clusterQueries.list());
  const fleets = useQuery(fleetQueries.list());
  const fleetNames = new Map(
    (fleets.data?.items ?? []).map((fleet) => [fleet.metadata.uid, fleet.metadata.name]),
  );

  return (
    <>
      <PageHeader title={t('clusters.title')} description={t('clusters.description')} />
      {clusters.isPending ? (
        <TableSkeleton />
      ) : clusters.isError ? (
        <ErrorState error={clusters.error} onRetry={() => void clusters.refetch()} />
      ) : clusters.data.items.length === 0 ? (
        <EmptyState message={t('clusters.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Caption>{t('common.total', { count: clusters.data.total })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clusters.columns.name')}</Table.Th>
                <Table.Th>{t('clusters.columns.status')}</Table.Th>
                <Table.Th>{t('clusters.columns.kind')}</Table.Th>
                <Table.Th>{t('clusters.columns.version')}</Table.Th>
                <Table.Th>{t('clusters.columns.fleet')}</Table.Th>
                <Table.Th>{t('clusters.columns.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {clusters.data.items.map((cluster) => {
                const fleetId = cluster.spec.clusterGroupID;
                return (
                  <Table.Tr key={cluster.metadata.uid}>
                    <Table.Td>
                      <Anchor component={Link} to={`/clusters/${cluster.metadata.uid}`}>
                        {cluster.metadata.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ClusterStatusBadge cluster={cluster} />
                    </Table.Td>
                    <Table.Td>
                      {cluster.spec.category} / {cluster.spec.type}
                    </Table.Td>
                    <Table.Td>{cluster.status.kubernetesVersion ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      {fleetId ? (
                        <Anchor component={Link} to={`/fleets/${fleetId}`}>
                          {fleetNames.get(fleetId) ?? fleetId}
                        </Anchor>
                      ) : (
                        <Text span c="dimmed">
                          {t('clusters.notInFleet')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <UcsDate value={cluster.metadata.creationTimestamp} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

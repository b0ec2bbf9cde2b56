import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fleetQueries } from '../../api/queries/fleets';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { FederationBadge } from './FederationBadge';

export function FleetsPage() {
  const { t } = useTranslation();
  const fleets = useQuery(fleetQueries.list());

  return (
    <>
      <PageHeader title={t('fleets.title')} description={t('fleets.description')} />
      {fleets.isPending ? (
        <TableSkeleton />
      ) : fleets.isError ? (
        <ErrorState error={fleets.error} onRetry={() => void fleets.refetch()} />
      ) : fleets.data.items.length === 0 ? (
        <EmptyState message={t('fleets.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Caption>{t('common.total', { count: fleets.data.total })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fleets.columns.name')}</Table.Th>
                <Table.Th>{t('fleets.columns.description')}</Table.Th>
                <Table.Th>{t('fleets.columns.federation')}</Table.Th>
                <Table.Th>{t('fleets.columns.created')}</Table.Th>
                <Table.Th>{t('fleets.columns.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fleets.data.items.map((fleet) => (
                <Table.Tr key={fleet.metadata.uid}>
                  <Table.Td>
                    <Anchor component={Link} to={`/fleets/${fleet.metadata.uid}`}>
                      {fleet.metadata.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {fleet.spec.description || t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <FederationBadge fleet={fleet} />
                  </Table.Td>
                  <Table.Td>
                    <UcsDate value={fleet.metadata.creationTimestamp} />
                  </Table.Td>
                  <Table.Td>
                    <UcsDate value={fleet.metadata.updateTimestamp} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

import { Alert, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fleetQueries } from '../../api/queries/fleets';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PropertyList } from '../../components/PropertyList';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { FederationBadge } from './FederationBadge';

export function FleetPage() {
  const { t } = useTranslation();
  const { fleetId = '' } = useParams();
  const fleet = useQuery(fleetQueries.detail(fleetId));

  if (fleet.isPending) return <TableSkeleton rows={4} />;
  if (fleet.isError) return <ErrorState error={fleet.error} onRetry={() => void fleet.refetch()} />;
  const { metadata, spec } = fleet.data;

  return (
    <>
      <PageHeader
        title={t('fleets.detailTitle', { name: metadata.name })}
        description={spec.description}
        actions={<FederationBadge fleet={fleet.data} />}
      />
      <Alert variant="light" mb="lg">
        {t('common.comingSoon')}
      </Alert>
      <Paper withBorder p="lg" radius="md">
        <PropertyList
          properties={[
            { label: 'ID', value: metadata.uid },
            {
              label: t('fleets.columns.created'),
              value: <UcsDate value={metadata.creationTimestamp} />,
            },
            {
              label: t('fleets.columns.updated'),
              value: <UcsDate value={metadata.updateTimestamp} />,
            },
          ]}
        />
      </Paper>
    </>
  );
}

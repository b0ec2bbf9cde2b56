import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { TableSkeleton } from '@/components/TableSkeleton';
import { FederationJobView } from './FederationJobView';
import { SectionCard } from './SectionCard';
import { isNoFederationJob, useFederationJob } from './useFederationJob';

/** The fleet's last enabling job, or a line saying there never was one. */
export function FederationLastJob({ fleetId }: { fleetId: string }) {
  const { t } = useTranslation();
  const job = useFederationJob(fleetId);
  return (
    <SectionCard title={t('fleets.federationTab.job')} gap="sm">
      {job.isPending ? (
        <TableSkeleton rows={4} />
      ) : job.isError ? (
        isNoFederationJob(job.error) ? (
          <Text size="sm" c="dimmed">
            {t('fleets.federationTab.jobNone')}
          </Text>
        ) : (
          <ErrorState error={job.error} onRetry={() => void job.refetch()} />
        )
      ) : (
        <FederationJobView job={job.data} />
      )}
    </SectionCard>
  );
}

import { Paper, SimpleGrid, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clusterQueries } from '../../api/queries/clusters';
import { fleetQueries } from '../../api/queries/fleets';
import { ruleQueries } from '../../api/queries/rules';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';

interface CountCardProps {
  label: string;
  to: string;
  count?: number;
  detail?: string;
  error?: unknown;
}

function CountCard({ label, to, count, detail, error }: CountCardProps) {
  if (error) return <ErrorState error={error} />;
  return (
    <UnstyledButton component={Link} to={to} aria-label={`${label}: ${count ?? ''}`}>
      <Paper withBorder p="lg" radius="md">
        <Stack gap={4}>
          <Text c="dimmed" size="sm">
            {label}
          </Text>
          {count === undefined ? (
            <Skeleton height={36} width={60} />
          ) : (
            <Text fz={32} fw={700} lh={1.1}>
              {count}
            </Text>
          )}
          {detail && <Text size="sm">{detail}</Text>}
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const clusters = useQuery(clusterQueries.list());
  const fleets = useQuery(fleetQueries.list());
  const rules = useQuery(ruleQueries.list());
  const available = clusters.data?.items.filter((c) => c.status.phase === 'Available').length;

  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CountCard
          label={t('overview.clusters')}
          to="/clusters"
          count={clusters.data?.total}
          detail={
            available === undefined ? undefined : t('overview.available', { count: available })
          }
          error={clusters.error}
        />
        <CountCard
          label={t('overview.fleets')}
          to="/fleets"
          count={fleets.data?.total}
          error={fleets.error}
        />
        <CountCard
          label={t('overview.policies')}
          to="/permissions"
          count={rules.data?.total}
          error={rules.error}
        />
      </SimpleGrid>
    </>
  );
}

import { SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '@/api/query';
import { ucsCountries } from '@/api/reference/locations';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { AttentionList } from './AttentionList';
import { BreakdownCard, type BreakdownItem } from './BreakdownCard';
import {
  attentionItems,
  countBy,
  defaultQuotas,
  minorVersionOf,
  phaseOf,
  type Bucket,
} from './overviewData';
import { StatCard } from './StatCard';
import { federationStateOf } from '@/api/facts/federationState';
import { paths } from '@/paths';

const phaseColors: Record<string, string> = {
  Available: 'green.6',
  Unavailable: 'red.6',
  Failed: 'red.9',
  Pending: 'yellow.6',
};
const federationColors: Record<string, string> = {
  enabled: 'teal.6',
  enabling: 'blue.5',
  disabling: 'indigo.4',
  failed: 'red.6',
  unhealthy: 'orange.6',
  notEnabled: 'gray.5',
};
const palette = [
  'blue.6',
  'cyan.6',
  'teal.6',
  'grape.6',
  'indigo.5',
  'pink.6',
  'lime.7',
  'orange.6',
];

function colored(buckets: Bucket[], colorOf: (key: string, index: number) => string) {
  return buckets.map((bucket, index) => ({ ...bucket, color: colorOf(bucket.key, index) }));
}

/** The landing page: totals, quota use, what needs attention, and where the clusters are. */
export function OverviewPage() {
  const { t } = useTranslation();
  const clusters = useQuery(apiQuery('listClusters'));
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const rules = useQuery(apiQuery('listRules'));
  const versions = useQuery(apiQuery('listRegisteredClusterVersions'));

  const clusterItems = clusters.data?.items ?? [];
  const fleetItems = fleets.data?.items ?? [];
  const supported = new Set(versions.data ?? []);
  // Only a known version can be unsupported; a cluster that never connected has none yet.
  const isUnsupported = (version: string) =>
    Boolean(versions.data) && version !== 'unknown' && !supported.has(version);
  const inventory = (param: string, value: string) => paths.clusters({ [param]: value });

  const byStatus: BreakdownItem[] = colored(
    countBy(clusterItems, phaseOf),
    (key) => phaseColors[key] ?? 'gray.5',
  ).map((bucket) => ({ ...bucket, label: bucket.key, to: inventory('status', bucket.key) }));
  /** A breakdown in the neutral palette whose items open the inventory filtered by `param`. */
  const paletteBreakdown = (buckets: Bucket[], param: string, labelOf = (key: string) => key) =>
    colored(buckets, (_key, index) => palette[index % palette.length] ?? 'blue.6').map(
      (bucket) => ({ ...bucket, label: labelOf(bucket.key), to: inventory(param, bucket.key) }),
    );
  const byCategory = paletteBreakdown(
    countBy(clusterItems, (cluster) => cluster.spec.category ?? 'unknown'),
    'category',
  );
  const byProvider = paletteBreakdown(
    countBy(clusterItems, (cluster) => cluster.spec.provider ?? 'unknown'),
    'provider',
  );
  const byCountry = paletteBreakdown(
    countBy(clusterItems, (cluster) => cluster.spec.country ?? 'unknown'),
    'country',
    (code) => ucsCountries[code] ?? code,
  );
  const byVersion: BreakdownItem[] = paletteBreakdown(
    countBy(clusterItems, minorVersionOf).sort((a, b) =>
      a.key.localeCompare(b.key, 'en', { numeric: true }),
    ),
    'version',
  ).map((item) =>
    isUnsupported(item.key)
      ? { ...item, color: 'red.7', note: t('overview.charts.unsupported') }
      : item,
  );
  const fleetsByFederation: BreakdownItem[] = colored(
    countBy(fleetItems, (fleet) => federationStateOf(fleet).kind),
    (key) => federationColors[key] ?? 'gray.5',
  ).map((bucket) => ({
    ...bucket,
    label: t(`overview.federationStates.${bucket.key as 'enabled'}`),
  }));

  const available = clusterItems.filter((cluster) => phaseOf(cluster) === 'Available').length;
  const federated = fleetItems.filter(
    (fleet) => federationStateOf(fleet).kind === 'enabled',
  ).length;
  const failure = clusters.error ?? fleets.error ?? rules.error;

  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      <Stack gap="lg">
        {failure && <ErrorState error={failure} onRetry={() => void clusters.refetch()} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <StatCard
            label={t('overview.clusters')}
            to={paths.clusters()}
            count={clusters.data?.total}
            detail={clusters.data ? t('overview.available', { count: available }) : undefined}
            quota={defaultQuotas.clusters}
          />
          <StatCard
            label={t('overview.fleets')}
            to={paths.fleets()}
            count={fleets.data?.total}
            detail={fleets.data ? t('overview.federated', { count: federated }) : undefined}
            quota={defaultQuotas.fleets}
          />
          <StatCard
            label={t('overview.policies')}
            to={paths.policies()}
            count={rules.data?.total}
            quota={defaultQuotas.policies}
          />
        </SimpleGrid>
        {clusters.isPending || fleets.isPending ? (
          <TableSkeleton rows={4} />
        ) : (
          <>
            <AttentionList items={attentionItems(clusterItems, fleetItems)} />
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              <BreakdownCard title={t('overview.charts.byStatus')} items={byStatus} />
              <BreakdownCard title={t('overview.charts.byVersion')} items={byVersion} />
              <BreakdownCard
                title={t('overview.charts.fleetsByFederation')}
                items={fleetsByFederation}
              />
              <BreakdownCard title={t('overview.charts.byCategory')} items={byCategory} />
              <BreakdownCard title={t('overview.charts.byProvider')} items={byProvider} />
              <BreakdownCard title={t('overview.charts.byCountry')} items={byCountry} />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </>
  );
}

import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster } from '@/api/normalize';
import { apiQuery } from '@/api/query';
import { fleetHealth, healthOfFleet, type FleetHealth } from './fleetHealth';
import { fleetHealthQuery } from './fleetListState';

/** The fleet page's summary, from the fleet's own member list (which its Clusters tab shares). */
export function FleetHealthSummary({ fleetId }: { fleetId: string }) {
  const members = useQuery(apiQuery('listClusters', { clustergroupid: fleetId }));
  return (
    <FleetHealthText
      health={members.data && fleetHealth(members.data.items)}
      failed={members.isError}
    />
  );
}

/** The clusters of a list that are in some fleet, as `managetype=grouped` would list them. */
function inAnyFleet(list: { items: NormalizedCluster[] } | undefined) {
  if (!list) return undefined;
  const items = list.items.filter((cluster) => cluster.spec.clusterGroupID);
  return { items, total: items.length };
}

/**
 * A row of the fleet list: every row reads the one list of clusters in any fleet (the same
 * query, so one request for the page, however many rows) and counts its own fleet's members.
 * Each row subscribes itself, so the answer re-renders the health cells, not the table.
 */
export function FleetListHealth({ fleetId }: { fleetId: string }) {
  const queryClient = useQueryClient();
  const everyCluster = apiQuery('listClusters').queryKey;
  const health = useQuery({
    ...apiQuery('listClusters', fleetHealthQuery),
    // The overview's list of every cluster holds these clusters too: opened from there, the
    // fleet list counts at once, and asks again only once that list would have been stale.
    initialData: () => inAnyFleet(queryClient.getQueryData(everyCluster)),
    initialDataUpdatedAt: () => queryClient.getQueryState(everyCluster)?.dataUpdatedAt,
    select: (answer) => healthOfFleet(answer.items, fleetId),
  });
  return <FleetHealthText health={health.data} failed={health.isError} />;
}

/**
 * "7 clusters, all available" or "2 of 7 unavailable", from counts however they were fetched.
 * Without counts it says they are coming, or, once the request `failed`, that they are unknown.
 */
export function FleetHealthText({ health, failed }: { health?: FleetHealth; failed: boolean }) {
  const { t } = useTranslation();
  if (!health)
    return (
      <Text size="sm" c="dimmed">
        {t(failed ? 'fleets.health.unknown' : 'fleets.health.loading')}
      </Text>
    );
  const { total, unavailable, unknown } = health;
  if (total === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('fleets.health.none')}
      </Text>
    );
  // Members without a known phase are neither counted as available nor as unavailable.
  if (unavailable === 0 && unknown > 0)
    return <Text size="sm">{t('fleets.health.total', { count: total })}</Text>;
  const healthy = unavailable === 0;
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon size="sm" variant="transparent" color={healthy ? 'teal' : 'orange'}>
        {healthy ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
      </ThemeIcon>
      <Text size="sm">
        {healthy
          ? t('fleets.health.allAvailable', { count: total })
          : t('fleets.health.unavailable', { unavailable, total })}
      </Text>
    </Group>
  );
}

import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '@/api/query';
import { fleetHealth } from './fleetHealth';

/** "7 clusters, all available" or "2 of 7 unavailable", from the fleet's own member list. */
export function FleetHealthSummary({ fleetId }: { fleetId: string }) {
  const { t } = useTranslation();
  const members = useQuery(apiQuery('listClusters', { clustergroupid: fleetId }));
  if (members.isPending)
    return (
      <Text size="sm" c="dimmed">
        {t('fleets.health.loading')}
      </Text>
    );
  if (members.isError)
    return (
      <Text size="sm" c="dimmed">
        {t('fleets.health.unknown')}
      </Text>
    );
  const { total, unavailable } = fleetHealth(members.data.items);
  if (total === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('fleets.health.none')}
      </Text>
    );
  const healthy = unavailable === 0;
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon size="sm" variant="transparent" color={healthy ? 'teal' : 'orange'}>
        {healthy ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
      </ThemeIcon>
      <Text size="sm">
        {healthy
          ? t('fleets.health.allAvailable', { total })
          : t('fleets.health.unavailable', { unavailable, total })}
      </Text>
    </Group>
  );
}

import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconPlayerPlay, IconQuestionMark, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { TableSkeleton } from '@/components/TableSkeleton';
import {
  preflightChecks,
  preflightPasses,
  type PreflightCheck,
  type PreflightStatus,
} from './preflight';
import { trackFederation } from './runningFederations';
import { SectionCard } from '../SectionCard';
import { paths } from '@/paths';
import { ApiText, apiSentence } from '@/components/ApiText';

const statusLook: Record<PreflightStatus, { color: string; icon: typeof IconCheck }> = {
  pass: { color: 'teal', icon: IconCheck },
  fail: { color: 'red', icon: IconX },
  unknown: { color: 'gray', icon: IconQuestionMark },
};

/** Step 1: what UCS will check, checked first; Enable only when it passes or is overridden. */
export function PreflightStep({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const members = useQuery(apiQuery('listClusters', { clustergroupid: fleetId }));
  const versions = useQuery(apiQuery('listRegisteredClusterVersions'));
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const enable = useApiMutation('enableFederation');
  const [override, setOverride] = useState(false);

  const failed = members.error ?? versions.error ?? fleets.error;
  if (failed)
    return (
      <ErrorState
        error={failed}
        onRetry={() => {
          void members.refetch();
          void versions.refetch();
          void fleets.refetch();
        }}
      />
    );
  if (!members.data || !versions.data || !fleets.data) return <TableSkeleton rows={4} />;

  const checks = preflightChecks({
    members: members.data.items,
    registeredVersions: versions.data,
    fleets: fleets.data.items,
  });
  const passes = preflightPasses(checks);

  return (
    <SectionCard
      title={t('fleets.wizard.preflight.title')}
      intro={t('fleets.wizard.preflight.intro')}
    >
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {checks.map((check) => (
          <PreflightRow key={check.id} check={check} />
        ))}
      </Stack>
      {!passes && (
        <Checkbox
          checked={override}
          onChange={(event) => setOverride(event.currentTarget.checked)}
          label={t('fleets.wizard.preflight.override')}
          description={t('fleets.wizard.preflight.overrideHint')}
        />
      )}
      {enable.isError && <ErrorState error={enable.error} />}
      <Group>
        <Button
          leftSection={<IconPlayerPlay size={16} aria-hidden />}
          disabled={!passes && !override}
          loading={enable.isPending}
          onClick={() =>
            enable.mutate(
              { clustergroupid: fleetId },
              { onSuccess: () => trackFederation(fleetId) },
            )
          }
        >
          {t('fleets.wizard.preflight.enable')}
        </Button>
        {!passes && !override && (
          <Text size="sm" c="dimmed">
            {t('fleets.wizard.preflight.blocked')}
          </Text>
        )}
      </Group>
    </SectionCard>
  );
}

function PreflightRow({ check }: { check: PreflightCheck }) {
  const { t } = useTranslation();
  const look = statusLook[check.status];
  const Icon = look.icon;
  const statusText = t(`fleets.wizard.preflight.status.${check.status}`);
  return (
    <Group component="li" gap="sm" align="flex-start" wrap="nowrap">
      <ThemeIcon color={look.color} variant="light" radius="xl" size="md">
        <Icon size={16} aria-hidden />
      </ThemeIcon>
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t(`fleets.wizard.preflight.checks.${check.id}`)}
          <Text span size="sm" c="dimmed">
            {' · '}
            {statusText}
          </Text>
        </Text>
        <Text size="sm" c="dimmed">
          {check.id === 'quota'
            ? t('fleets.wizard.preflight.quotaDetail', { count: check.federatedFleets ?? 0 })
            : t(`fleets.wizard.preflight.details.${check.id}`)}
        </Text>
        {check.clusters.length > 0 && (
          <List size="sm" spacing={2} aria-label={t('fleets.wizard.preflight.atFault')}>
            {check.clusters.map((cluster) => (
              <List.Item key={cluster.id}>
                <Anchor component={Link} to={paths.cluster({ clusterId: cluster.id })} size="sm">
                  <ApiText lines={1} focusable={false}>
                    {cluster.name}
                  </ApiText>
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {apiSentence({ detail: cluster.detail || t('common.none') }, (slots) =>
                    t(`fleets.wizard.preflight.fault.${check.id as 'available'}`, slots),
                  )}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Group>
  );
}

import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import {
  federationStateOf,
  jobProgress,
  type FederationStateKind,
} from '@/api/facts/federationState';
import { ApiText } from '@/components/ApiText';
import { useFederationJob } from './useFederationJob';

const colors: Record<FederationStateKind, string> = {
  notEnabled: 'gray',
  enabling: 'blue',
  enabled: 'teal',
  unhealthy: 'orange',
  failed: 'red',
  disabling: 'orange',
};

/**
 * The fleet's federation in a word or two: not enabled, enabling with its progress, enabled with
 * its version, unhealthy, failed, disabling. The condition's message is one Tab away.
 */
export function FederationStateBadge({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const state = federationStateOf(fleet);
  const version = fleet.spec.federationVersion;
  const label =
    state.kind === 'enabled' && version
      ? t('fleets.federation.enabledVersion', { version })
      : t(`fleets.federation.${state.kind}`);
  const message = state.condition?.message;
  const badge = (
    <Badge
      variant="dot"
      color={colors[state.kind]}
      tt="none"
      tabIndex={message ? 0 : undefined}
      data-federation-state={state.kind}
    >
      {label}
    </Badge>
  );
  return (
    <Stack gap={4}>
      {message ? (
        <Tooltip
          // The fleet's Federation tab shows the whole message; a tooltip cannot be scrolled.
          label={
            <ApiText lines={8} focusable={false}>
              {message}
            </ApiText>
          }
          multiline
          maw={320}
          withArrow
        >
          {badge}
        </Tooltip>
      ) : (
        badge
      )}
      {state.kind === 'enabling' && <EnablingProgress fleetId={fleet.metadata.uid} />}
    </Stack>
  );
}

function EnablingProgress({ fleetId }: { fleetId: string }) {
  const { t } = useTranslation();
  const job = useFederationJob(fleetId);
  if (!job.data) return null;
  const { done, total, percent } = jobProgress(job.data);
  const text = t('fleets.federation.enablingProgress', { done, count: total });
  return (
    <Group gap={6} wrap="nowrap">
      <Progress value={percent} size="sm" w={80} aria-label={text} animated />
      <Text size="xs" c="dimmed">
        {done}/{total}
      </Text>
    </Group>
  );
}

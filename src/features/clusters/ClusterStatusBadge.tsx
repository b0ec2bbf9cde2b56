import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { RowTooltip } from '@/components/RowTooltip';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster } from '@/api/normalize';
import { clusterPhases, phaseColors } from '@/api/facts/clusterFacts';

/**
 * The cluster's phase, with the reason UCS gave for it on hover (and on keyboard focus): the
 * status message, else the reason of the Ready condition.
 */
export function ClusterStatusBadge({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const { color, label, frozen, reason } = clusterStatus(cluster, t);
  const badge = (
    <Badge
      variant="dot"
      color={color}
      tabIndex={reason ? 0 : undefined}
      tt="none"
      // Never cut to "A…": the phase is the point of the badge.
      style={{ minWidth: 'max-content' }}
    >
      {label}
      {frozen}
    </Badge>
  );
  return reason ? (
    <RowTooltip label={reason} multiline maw={320} withArrow>
      {badge}
    </RowTooltip>
  ) : (
    badge
  );
}

/**
 * What the badge shows: the phase's colour and name, ` · Frozen` or nothing, and the reason
 * for the phase.
 */
export function clusterStatus(cluster: NormalizedCluster, t: TFunction) {
  const phase = cluster.status.phase ?? 'Unknown';
  const ready = cluster.status.conditions.find((condition) => condition.type === 'Ready');
  const reason =
    cluster.status.message ??
    cluster.status.reason ??
    (phase !== 'Available' ? (ready?.message ?? ready?.reason) : undefined);
  const frozen = cluster.status.arrearFreeze === 'true' || cluster.status.policeFreeze === 'true';
  return {
    color: phaseColors[phase] ?? 'gray',
    label: (clusterPhases as readonly string[]).includes(phase)
      ? t(`clusters.phase.${phase as (typeof clusterPhases)[number]}`)
      : phase,
    frozen: frozen ? ` · ${t('clusters.frozen')}` : '',
    reason,
  };
}

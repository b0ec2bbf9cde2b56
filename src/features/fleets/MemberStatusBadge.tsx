import { Badge, Tooltip } from '@mantine/core';
import { phaseColors } from '@/api/facts/clusterFacts';
import type { NormalizedCluster } from '@/api/normalize';

/** A member cluster's own phase, with UCS's reason one hover or Tab away. */
export function MemberStatusBadge({ cluster }: { cluster: NormalizedCluster }) {
  const phase = cluster.status.phase ?? 'Unknown';
  const reason = cluster.status.message ?? cluster.status.reason;
  const badge = (
    <Badge
      variant="dot"
      color={phaseColors[phase] ?? 'gray'}
      tt="none"
      tabIndex={reason ? 0 : undefined}
    >
      {phase}
    </Badge>
  );
  return reason ? (
    <Tooltip label={reason} multiline maw={320} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

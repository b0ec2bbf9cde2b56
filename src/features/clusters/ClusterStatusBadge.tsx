import { Badge, Tooltip } from '@mantine/core';
import type { NormalizedCluster } from '../../api/normalize';

const phaseColors: Record<string, string> = {
  Available: 'green',
  Unavailable: 'red',
  Failed: 'red',
  Deleting: 'orange',
  Pending: 'yellow',
  Waiting: 'yellow',
};

/** The cluster's phase, with the reason UCS gave for it on hover. */
export function ClusterStatusBadge({ cluster }: { cluster: NormalizedCluster }) {
  const phase = cluster.status.phase ?? 'Unknown';
  const reason = cluster.status.message ?? cluster.status.reason;
  const badge = (
    <Badge variant="dot" color={phaseColors[phase] ?? 'gray'} tabIndex={reason ? 0 : undefined}>
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

import { ActionIcon, Anchor, Badge, Text, Tooltip } from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NormalizedCluster } from '@/api/normalize';
import { ApiText } from '@/components/ApiText';
import type { DataColumn } from '@/components/table/DataTable';
import { paths } from '@/paths';
import { MemberStatusBadge } from './MemberStatusBadge';

const membershipColors: Record<string, string> = {
  Federalized: 'teal',
  Federalizing: 'blue',
  FederalizeFailed: 'red',
};

/** The columns of a fleet's member list. */
export function useMemberColumns(
  onRemove: (cluster: NormalizedCluster) => void,
): DataColumn<NormalizedCluster>[] {
  const { t } = useTranslation();
  return [
    {
      id: 'name',
      header: t('fleets.members.columns.name'),
      cell: ({ row: { original: cluster } }) => (
        <Anchor component={Link} to={paths.cluster({ clusterId: cluster.metadata.uid })}>
          <ApiText lines={1} focusable={false}>
            {cluster.metadata.name}
          </ApiText>
        </Anchor>
      ),
    },
    {
      id: 'status',
      header: t('fleets.members.columns.status'),
      cell: ({ row }) => <MemberStatusBadge cluster={row.original} />,
    },
    {
      id: 'membership',
      header: t('fleets.members.columns.membership'),
      cell: ({ row }) => <FederationMembership cluster={row.original} />,
    },
    {
      id: 'version',
      header: t('fleets.members.columns.version'),
      cell: ({ row }) => (
        <ApiText lines={1} maxWidth="10rem">
          {row.original.status.kubernetesVersion ?? t('common.none')}
        </ApiText>
      ),
    },
    {
      id: 'provider',
      header: t('fleets.members.columns.provider'),
      cell: ({ row }) => (
        <ApiText lines={1} maxWidth="10rem">
          {row.original.spec.provider ?? t('common.none')}
        </ApiText>
      ),
    },
    {
      id: 'actions',
      header: t('fleets.members.columns.actions'),
      meta: { hiddenHeader: true },
      cell: ({ row: { original: cluster } }) => {
        const label = t('fleets.members.remove', { name: cluster.metadata.name });
        return (
          <Tooltip label={label}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={label}
              onClick={() => onRemove(cluster)}
            >
              <IconUnlink size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        );
      },
    },
  ];
}

/** The cluster's own Federation condition: whether it has joined the fleet's federation. */
function FederationMembership({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const condition = cluster.status.conditions.find((item) => item.type === 'Federation');
  const status = condition?.status;
  if (!status || !(status in membershipColors))
    return (
      <Text size="sm" c="dimmed">
        {t('fleets.members.membership.none')}
      </Text>
    );
  const badge = (
    <Badge
      variant="light"
      color={membershipColors[status]}
      tt="none"
      tabIndex={condition.message ? 0 : undefined}
    >
      {t(`fleets.members.membership.${status as 'Federalized'}`)}
    </Badge>
  );
  return condition.message ? (
    // The whole message is on the cluster's Status tab; a tooltip cannot be scrolled.
    <Tooltip
      label={
        <ApiText lines={8} focusable={false}>
          {condition.message}
        </ApiText>
      }
      multiline
      maw={320}
    >
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

import { ActionIcon, Anchor, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { namespacesByRule } from '@/api/bindings';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { ApiText, apiList } from '@/components/ApiText';
import type { DataColumn, DataColumnMeta } from '@/components/table/DataTable';
import { UcsDate } from '@/components/UcsDate';
import { paths } from '@/paths';
import { FederationStateBadge } from './FederationStateBadge';
import { FleetListHealth } from './FleetHealthSummary';
import type { SortField, useFleetListParams } from './useFleetListParams';

type FleetList = ReturnType<typeof useFleetListParams>;

/** The columns of the fleet list; the two dates order the list (UCS sorts on them). */
export function useFleetColumns(
  list: FleetList,
  onDelete: (fleet: NormalizedClusterGroup) => void,
): DataColumn<NormalizedClusterGroup>[] {
  const { t } = useTranslation();
  return [
    {
      id: 'name',
      header: t('fleets.columns.name'),
      meta: { cellProps: { maw: 320 } },
      cell: ({ row: { original: fleet } }) => (
        <>
          <Anchor component={Link} to={paths.fleet({ fleetId: fleet.metadata.uid })} fw={600}>
            <ApiText lines={1} focusable={false}>
              {fleet.metadata.name}
            </ApiText>
          </Anchor>
          <Text size="xs" c="dimmed">
            {fleet.spec.description ? (
              <ApiText lines={2}>{fleet.spec.description}</ApiText>
            ) : (
              t('fleets.list.noDescription')
            )}
          </Text>
        </>
      ),
    },
    {
      id: 'clusters',
      header: t('fleets.columns.clusters'),
      cell: ({ row }) => <FleetListHealth fleetId={row.original.metadata.uid} />,
    },
    {
      id: 'federation',
      header: t('fleets.columns.federation'),
      // Wide enough that "Enabled · v1.7.0-t1109" is never cut short.
      meta: { cellProps: { miw: 200, style: { whiteSpace: 'nowrap' } } },
      cell: ({ row }) => <FederationStateBadge fleet={row.original} />,
    },
    {
      id: 'policies',
      header: t('fleets.columns.policies'),
      // The first to go on a narrow screen (the fleet's page lists them), so that the name and
      // the health keep their room; the dates stay, as the list is ordered by them.
      meta: { cellProps: { maw: 220 }, hideBelow: 1100 },
      cell: ({ row }) => <BoundPolicies fleet={row.original} />,
    },
    {
      id: 'created',
      header: () => (
        <SortHeader field="create_at" label={t('fleets.columns.created')} list={list} />
      ),
      meta: sortMeta('create_at', list),
      cell: ({ row }) => <UcsDate value={row.original.metadata.creationTimestamp} />,
    },
    {
      id: 'updated',
      header: () => (
        <SortHeader field="update_at" label={t('fleets.columns.updated')} list={list} />
      ),
      meta: sortMeta('update_at', list),
      cell: ({ row }) => <UcsDate value={row.original.metadata.updateTimestamp} />,
    },
    {
      id: 'actions',
      header: t('fleets.columns.actions'),
      meta: { hiddenHeader: true },
      cell: ({ row: { original: fleet } }) => (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('fleets.list.deleteFleet', { name: fleet.metadata.name })}
          onClick={() => onDelete(fleet)}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      ),
    },
  ];
}

/** The names of the policies bound to a fleet, each once. */
function BoundPolicies({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const policies = fleet.spec.ruleNamespaces?.flatMap((entry) => entry.rules ?? []) ?? [];
  const names = [
    ...new Map(policies.map((rule) => [rule.ruleID, rule.ruleName || rule.ruleID])).values(),
  ];
  const bound = namespacesByRule(fleet.spec.ruleNamespaces).size > 0;
  return (
    <Text size="sm" c={bound ? undefined : 'dimmed'}>
      {bound ? (
        <ApiText lines={2} maxWidth="14rem">
          {apiList(names)}
        </ApiText>
      ) : (
        t('fleets.list.noPolicies')
      )}
    </Text>
  );
}

/** The order a sortable column's header announces. */
function sortMeta(field: SortField, list: FleetList): DataColumnMeta {
  const active = list.sort === field;
  return {
    headerProps: {
      'aria-sort': active ? (list.order === 'asc' ? 'ascending' : 'descending') : undefined,
    },
  };
}

/** A column header that orders the list by one of the fields UCS can sort on. */
function SortHeader({ field, label, list }: { field: SortField; label: string; list: FleetList }) {
  const { t } = useTranslation();
  const active = list.sort === field;
  const nextOrder = active && list.order === 'desc' ? 'asc' : 'desc';
  const Icon = !active ? IconArrowsSort : list.order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <UnstyledButton
      onClick={() => list.setSort(field, nextOrder)}
      aria-label={t(
        nextOrder === 'asc' ? 'fleets.list.sortAscending' : 'fleets.list.sortDescending',
        { column: label },
      )}
    >
      <Group gap={4} wrap="nowrap">
        <Text fw={700} size="sm">
          {label}
        </Text>
        <Icon size={14} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

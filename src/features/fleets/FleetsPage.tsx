import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconArrowsSort,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { namespacesByRule } from '../../api/bindings';
import type { NormalizedClusterGroup } from '../../api/normalize';
import { apiQuery } from '@/api/query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { CreateFleetModal } from './CreateFleetModal';
import { DeleteFleetModal } from './DeleteFleetModal';
import { FederationStateBadge } from './FederationStateBadge';
import { FleetHealthSummary } from './FleetHealthSummary';
import { pageSizes, useFleetListParams, type SortField } from './useFleetListParams';

/** `?create=1` opens the dialog, so the command palette and links can start a new fleet. */
const createParam = parseAsStringLiteral(['1']).withOptions({ shallow: false });

export function FleetsPage() {
  const { t } = useTranslation();
  const list = useFleetListParams();
  const fleets = useQuery({
    ...apiQuery('listClusterGroups', list.query),
    placeholderData: keepPreviousData,
  });
  const [create, setCreate] = useQueryState('create', createParam);
  const creating = create === '1';
  const setCreating = (open: boolean) =>
    void setCreate(open ? '1' : null, { history: open ? 'push' : 'replace' });
  const [deleting, setDeleting] = useState<NormalizedClusterGroup | null>(null);

  const createButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {t('fleets.create.open')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('fleets.title')}
        description={t('fleets.description')}
        actions={createButton}
      />
      {fleets.isPending ? (
        <TableSkeleton />
      ) : fleets.isError ? (
        <ErrorState error={fleets.error} onRetry={() => void fleets.refetch()} />
      ) : fleets.data.total === 0 ? (
        <EmptyState message={t('fleets.empty')} action={createButton} />
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption>
                {t('fleets.list.caption', {
                  from: (list.page - 1) * list.size + 1,
                  to: (list.page - 1) * list.size + fleets.data.items.length,
                  total: fleets.data.total,
                })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fleets.columns.name')}</Table.Th>
                  <Table.Th>{t('fleets.columns.clusters')}</Table.Th>
                  <Table.Th>{t('fleets.columns.federation')}</Table.Th>
                  <Table.Th>{t('fleets.columns.policies')}</Table.Th>
                  <SortableTh field="create_at" label={t('fleets.columns.created')} list={list} />
                  <SortableTh field="update_at" label={t('fleets.columns.updated')} list={list} />
                  <Table.Th>
                    <VisuallyHidden>{t('fleets.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fleets.data.items.map((fleet) => (
                  <FleetRow key={fleet.metadata.uid} fleet={fleet} onDelete={setDeleting} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Select
              label={t('fleets.list.pageSize')}
              data={pageSizes.map(String)}
              value={String(list.size)}
              onChange={(value) => value && list.setSize(Number(value))}
              allowDeselect={false}
              w={140}
            />
            <Pagination
              total={Math.max(1, Math.ceil(fleets.data.total / list.size))}
              value={list.page}
              onChange={list.setPage}
              getControlProps={(control) => ({
                'aria-label': t(`fleets.list.${control}`),
              })}
              getItemProps={(page) => ({ 'aria-label': t('fleets.list.pageN', { page }) })}
              aria-label={t('fleets.list.pagination')}
            />
          </Group>
        </Stack>
      )}
      <CreateFleetModal opened={creating} onClose={() => setCreating(false)} />
      <DeleteFleetModal fleet={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

function FleetRow({
  fleet,
  onDelete,
}: {
  fleet: NormalizedClusterGroup;
  onDelete: (fleet: NormalizedClusterGroup) => void;
}) {
  const { t } = useTranslation();
  const id = fleet.metadata.uid;
  const policies = fleet.spec.ruleNamespaces?.flatMap((entry) => entry.rules ?? []) ?? [];
  const policyNames = [
    ...new Map(policies.map((rule) => [rule.ruleID, rule.ruleName || rule.ruleID])).values(),
  ];
  const boundCount = namespacesByRule(fleet.spec.ruleNamespaces).size;
  return (
    <Table.Tr>
      <Table.Td maw={320}>
        <Anchor component={Link} to={`/fleets/${id}`} fw={600}>
          {fleet.metadata.name}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {fleet.spec.description || t('fleets.list.noDescription')}
        </Text>
      </Table.Td>
      <Table.Td>
        <FleetHealthSummary fleetId={id} />
      </Table.Td>
      {/* Wide enough that "Enabled · v1.7.0-t1109" is never cut short. */}
      <Table.Td miw={200} style={{ whiteSpace: 'nowrap' }}>
        <FederationStateBadge fleet={fleet} />
      </Table.Td>
      <Table.Td maw={220}>
        <Text size="sm" lineClamp={2} c={boundCount ? undefined : 'dimmed'}>
          {boundCount ? policyNames.join(', ') : t('fleets.list.noPolicies')}
        </Text>
      </Table.Td>
      <Table.Td>
        <UcsDate value={fleet.metadata.creationTimestamp} />
      </Table.Td>
      <Table.Td>
        <UcsDate value={fleet.metadata.updateTimestamp} />
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('fleets.list.deleteFleet', { name: fleet.metadata.name })}
          onClick={() => onDelete(fleet)}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** A column header that orders the list by one of the fields UCS can sort on. */
function SortableTh({
  field,
  label,
  list,
}: {
  field: SortField;
  label: string;
  list: ReturnType<typeof useFleetListParams>;
}) {
  const { t } = useTranslation();
  const active = list.sort === field;
  const nextOrder = active && list.order === 'desc' ? 'asc' : 'desc';
  const Icon = !active ? IconArrowsSort : list.order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (list.order === 'asc' ? 'ascending' : 'descending') : undefined}>
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
    </Table.Th>
  );
}

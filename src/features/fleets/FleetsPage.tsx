import { useState } from 'react';
import { Button, Group, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery } from '@/api/query';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPager } from '@/components/list/ListPager';
import { PageHeader } from '@/components/PageHeader';
import { DataTable } from '@/components/table/DataTable';
import { TableSkeleton } from '@/components/TableSkeleton';
import { CreateFleetModal } from './CreateFleetModal';
import { DeleteFleetModal } from './DeleteFleetModal';
import { useFleetColumns } from './fleetColumns';
import { pageSizes, useFleetListParams } from './useFleetListParams';

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
  const columns = useFleetColumns(list, setDeleting);

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
          <DataTable
            rows={fleets.data.items}
            columns={columns}
            rowKey={(fleet) => fleet.metadata.uid}
            minWidth={960}
            caption={t('fleets.list.caption', {
              from: (list.page - 1) * list.size + 1,
              to: (list.page - 1) * list.size + fleets.data.items.length,
              total: fleets.data.total,
            })}
          />
          <Group justify="space-between">
            <Select
              label={t('fleets.list.pageSize')}
              data={pageSizes.map(String)}
              value={String(list.size)}
              onChange={(value) => value && list.setSize(Number(value))}
              allowDeselect={false}
              w={140}
            />
            <ListPager
              label={t('fleets.list.pagination')}
              page={list.page}
              pages={Math.ceil(fleets.data.total / list.size)}
              onChange={list.setPage}
            />
          </Group>
        </Stack>
      )}
      <CreateFleetModal opened={creating} onClose={() => setCreating(false)} />
      <DeleteFleetModal fleet={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

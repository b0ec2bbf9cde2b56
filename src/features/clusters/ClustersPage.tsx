import { useMemo, useState } from 'react';
import { Alert, Box, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiQuery } from '@/api/query';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { BulkActions } from './inventory/BulkActions';
import { ClusterFilters } from './inventory/ClusterFilters';
import { ClusterTable } from './inventory/ClusterTable';
import { ColumnChooser, useVisibleColumns } from './inventory/ColumnChooser';
import type { ColumnContext } from './inventory/columns';
import { clustersToCsv, downloadText } from './inventory/exportCsv';
import { filterClusters } from './inventory/filterClusters';
import {
  anyFilterActive,
  listSearchString,
  pageSizes,
  clearedFilters,
} from './inventory/listState';
import { useClusterListState } from './inventory/useClusterListState';
import { RefreshStatus } from './inventory/RefreshStatus';
import { SavedViews } from './inventory/SavedViews';
import { useClusterInventory } from './inventory/useClusterInventory';
import { paths } from '@/paths';
import { ListPager } from '@/components/list/ListPager';
import { DeregisteredAlert } from './inventory/DeregisteredAlert';
import { useClusterSelection } from './inventory/useClusterSelection';

/** What the cluster page hands over after a deregistration, to show the cleanup step here. */
export function ClustersPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { state, update, apply } = useClusterListState();
  const [autoRefresh, setAutoRefresh] = useLocalStorage({
    key: 'ucs:clusters:auto-refresh',
    defaultValue: true,
    getInitialValueInEffect: false,
  });
  const inventory = useClusterInventory(state, autoRefresh);
  const { list, rows, total } = inventory;
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const versions = useQuery(apiQuery('listRegisteredClusterVersions'));
  const { columns, ids, setIds } = useVisibleColumns();
  const selection = useClusterSelection(rows);
  const selectedIds = useMemo(() => new Set(selection.selected.keys()), [selection.selected]);
  const [exporting, setExporting] = useState(false);

  const fleetItems = useMemo(() => fleets.data?.items ?? [], [fleets.data]);
  const context: ColumnContext = useMemo(
    () => ({
      t,
      language: i18n.language,
      fleetNames: new Map(
        fleetItems.map((fleet) => [fleet.metadata.uid, fleet.metadata.name ?? '']),
      ),
      supportedVersions: versions.data,
    }),
    [t, i18n.language, fleetItems, versions.data],
  );

  const shownState = inventory.shownState;
  const pages = total === undefined ? 1 : Math.max(1, Math.ceil(total / shownState.pageSize));
  const firstRow = (shownState.page - 1) * shownState.pageSize;

  /** Every row of the current view, not just this page: fetched when the server pages. */
  const exportCsv = async () => {
    setExporting(true);
    try {
      const all =
        inventory.allMatching ??
        filterClusters(
          (await queryClient.fetchQuery(apiQuery('listClusters', inventory.serverQuery))).items,
          shownState,
        );
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      downloadText(`clusters-${stamp}.csv`, clustersToCsv(all, columns, context), 'text/csv');
    } finally {
      setExporting(false);
    }
  };

  let content;
  if (list.isPending) {
    content = <TableSkeleton rows={8} />;
  } else if (list.isError && !list.data) {
    content = (
      <Stack gap="xs">
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        <Text size="sm" c="dimmed">
          {t('clusters.loadErrorHint')}
        </Text>
      </Stack>
    );
  } else if (rows && rows.length === 0) {
    content = anyFilterActive(shownState) ? (
      <EmptyState
        message={t('clusters.emptyFiltered')}
        action={
          <Button variant="light" onClick={() => update(clearedFilters)}>
            {t('clusters.filters.clear')}
          </Button>
        }
      />
    ) : shownState.page > 1 ? (
      <EmptyState
        message={t('clusters.emptyPage')}
        action={
          <Button variant="light" onClick={() => update({ page: 1 })}>
            {t('clusters.firstPage')}
          </Button>
        }
      />
    ) : (
      <EmptyState message={t('clusters.empty')} action={<RegisterClusterButton />} />
    );
  } else if (rows) {
    content = (
      <ClusterTable
        rows={rows}
        columns={columns}
        context={context}
        selected={selectedIds}
        onToggle={selection.toggle}
        onToggleAll={selection.toggleAll}
        sortBy={shownState.sortBy}
        order={shownState.order}
        firstRowIndex={firstRow}
        totalRows={total ?? rows.length}
        busy={inventory.stale}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t('clusters.title')}
        description={t('clusters.description')}
        actions={
          <>
            <SavedViews current={listSearchString(state)} onApply={apply} />
            <ColumnChooser ids={ids} onChange={setIds} context={context} />
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void exportCsv()}
              loading={exporting}
              disabled={!rows?.length}
            >
              {t('clusters.exportCsv')}
            </Button>
            <RegisterClusterButton />
          </>
        }
      />
      <DeregisteredAlert />
      <ClusterFilters
        state={state}
        update={update}
        fleets={fleetItems}
        onIntent={inventory.prefetchAll}
      />
      <Group justify="space-between" mb="xs" gap="sm">
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {total === undefined
            ? t('common.loading')
            : t('clusters.shownOfTotal', {
                from: total === 0 ? 0 : firstRow + 1,
                to: Math.min(firstRow + shownState.pageSize, total),
                count: total,
              })}
        </Text>
        <Group gap="md" wrap="nowrap">
          <Select
            label={t('clusters.pageSize')}
            size="xs"
            data={pageSizes.map((size) => String(size))}
            value={String(state.pageSize)}
            onChange={(value) =>
              update({ pageSize: pageSizes.find((size) => String(size) === value) ?? null })
            }
            allowDeselect={false}
            // Options only while open: a kept-mounted list is positioned as the page first
            // renders, a style pass over the whole inventory.
            comboboxProps={{ keepMounted: false }}
            w={190}
            styles={{
              root: { display: 'flex', alignItems: 'center', gap: 8 },
              label: { whiteSpace: 'nowrap' },
            }}
          />
          <RefreshStatus
            updatedAt={list.dataUpdatedAt}
            fetching={list.isFetching}
            autoRefresh={autoRefresh}
            onAutoRefreshChange={setAutoRefresh}
            onRefresh={() => void list.refetch()}
          />
        </Group>
      </Group>
      {list.isError && list.data && (
        <Alert color="orange" variant="light" mb="sm">
          {t('clusters.refreshFailed')}
        </Alert>
      )}
      {selection.selected.size > 0 && (
        <BulkActions
          selected={[...selection.selected.values()]}
          fleets={fleetItems}
          onDone={selection.keepFailed}
          onClear={selection.clear}
        />
      )}
      {content}
      {total !== undefined && total > 0 && (
        <Box mt="md">
          <ListPager
            label={t('clusters.pagination.label')}
            page={state.page}
            pages={pages}
            onChange={(page) => update({ page })}
          />
        </Box>
      )}
    </>
  );
}

function RegisterClusterButton() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={paths.registerCluster()} leftSection={<IconPlus size={16} />}>
      {t('clusters.register')}
    </Button>
  );
}

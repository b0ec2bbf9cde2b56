import { memo, useCallback, useMemo, useState } from 'react';
import { Alert, Box, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useCallbackRef, useLocalStorage } from '@mantine/hooks';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiQuery } from '@/api/query';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { useFollowLink } from '@/components/useFollowLink';
import { BulkActions } from './inventory/BulkActions';
import { ClusterFilters } from './inventory/ClusterFilters';
import { ClusterTable } from './inventory/ClusterTable';
import { ColumnChooser, useVisibleColumns } from './inventory/ColumnChooser';
import type { ColumnContext } from './inventory/columns';
import { downloadText } from '@/components/export/download';
import { clustersToCsv } from './inventory/exportCsv';
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
import { rememberingT } from '@/i18n/rememberingT';
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
  const { columns, ids, setIds, fit, setFit } = useVisibleColumns();
  // The chosen columns the table leaves out for want of width, for the column chooser to say so.
  const [hiddenColumns, setHiddenColumns] = useState<readonly string[]>([]);
  const selection = useClusterSelection(rows);
  const selectedIds = useMemo(() => new Set(selection.selected.keys()), [selection.selected]);
  const [exporting, setExporting] = useState(false);

  const fleetItems = useMemo(() => fleets.data?.items ?? [], [fleets.data]);
  const followLink = useFollowLink();
  const context: ColumnContext = useMemo(
    () => ({
      t: rememberingT(t),
      language: i18n.language,
      fleetNames: new Map(
        fleetItems.map((fleet) => [fleet.metadata.uid, fleet.metadata.name ?? '']),
      ),
      supportedVersions: versions.data,
      followLink,
    }),
    [t, i18n.language, fleetItems, versions.data, followLink],
  );

  const shownState = inventory.shownState;
  const pages = total === undefined ? 1 : Math.max(1, Math.ceil(total / shownState.pageSize));
  const firstRow = (shownState.page - 1) * shownState.pageSize;

  /** Every row of the current view, not just this page: fetched when the server pages. */
  // One function for the page's life (it reads the latest view when called), so the header
  // does not render again on every keystroke of a search.
  const exportCsv = useCallbackRef(async () => {
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
  });
  const refresh = useCallbackRef(() => void list.refetch());
  const currentView = useCallbackRef(() => listSearchString(state));
  const changePage = useCallback((page: number) => update({ page }), [update]);
  const changePageSize = useCallback(
    (pageSize: (typeof pageSizes)[number]) => update({ pageSize }),
    [update],
  );

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
        fit={fit}
        onHiddenColumnsChange={setHiddenColumns}
      />
    );
  }

  return (
    <>
      <InventoryHeader
        currentView={currentView}
        onApply={apply}
        columnIds={ids}
        onColumnsChange={setIds}
        fitColumns={fit}
        onFitColumnsChange={setFit}
        hiddenColumns={hiddenColumns}
        context={context}
        canExport={Boolean(rows?.length)}
        exporting={exporting}
        onExport={exportCsv}
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
          <PageSizePicker value={state.pageSize} onChange={changePageSize} />
          <RefreshStatus
            updatedAt={list.dataUpdatedAt}
            fetching={list.isFetching}
            autoRefresh={autoRefresh}
            onAutoRefreshChange={setAutoRefresh}
            onRefresh={refresh}
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
            onChange={changePage}
          />
        </Box>
      )}
    </>
  );
}

interface InventoryHeaderProps {
  currentView: () => string;
  onApply: (search: string) => void;
  columnIds: string[];
  onColumnsChange: (ids: string[]) => void;
  fitColumns: boolean;
  onFitColumnsChange: (fit: boolean) => void;
  hiddenColumns: readonly string[];
  context: ColumnContext;
  canExport: boolean;
  exporting: boolean;
  onExport: () => Promise<void>;
}

/**
 * The title and the list's actions. Memoised, with stable callbacks only: typing a search
 * renders none of it.
 */
const InventoryHeader = memo(function InventoryHeader(props: InventoryHeaderProps) {
  const { t } = useTranslation();
  return (
    <PageHeader
      title={t('clusters.title')}
      description={t('clusters.description')}
      actions={
        <>
          <SavedViews currentView={props.currentView} onApply={props.onApply} />
          <ColumnChooser
            ids={props.columnIds}
            onChange={props.onColumnsChange}
            context={props.context}
            fit={props.fitColumns}
            onFitChange={props.onFitColumnsChange}
            hidden={props.hiddenColumns}
          />
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void props.onExport()}
            loading={props.exporting}
            disabled={!props.canExport}
          >
            {t('clusters.exportCsv')}
          </Button>
          <RegisterClusterButton />
        </>
      }
    />
  );
});

/** Rows per page; memoised, so a search does not render the picker again. */
const PageSizePicker = memo(function PageSizePicker({
  value,
  onChange,
}: {
  value: (typeof pageSizes)[number];
  onChange: (size: (typeof pageSizes)[number]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('clusters.pageSize')}
      size="xs"
      data={pageSizes.map((size) => String(size))}
      value={String(value)}
      onChange={(next) => {
        const size = pageSizes.find((candidate) => String(candidate) === next);
        if (size) onChange(size);
      }}
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
  );
});

function RegisterClusterButton() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={paths.registerCluster()} leftSection={<IconPlus size={16} />}>
      {t('clusters.register')}
    </Button>
  );
}

import { useMemo, useState } from 'react';
import { Alert, Button, Code, Group, Pagination, Select, Stack, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { BulkResult } from '../../api/bulk';
import type { NormalizedCluster } from '../../api/normalize';
import { apiQuery } from '@/api/query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/TableSkeleton';
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
  useClusterListState,
  clearedFilters,
} from './inventory/listState';
import { RefreshStatus } from './inventory/RefreshStatus';
import { SavedViews } from './inventory/SavedViews';
import { useClusterInventory } from './inventory/useClusterInventory';

/** What the cluster page hands over after a deregistration, to show the cleanup step here. */
export interface DeregisteredNotice {
  name: string;
  cleanup?: string;
}

export function ClustersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
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
  const [selected, setSelected] = useState<ReadonlyMap<string, NormalizedCluster>>(new Map());
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

  const notice = (location.state as { deregistered?: DeregisteredNotice } | null)?.deregistered;
  const shownState = inventory.shownState;
  const pages = total === undefined ? 1 : Math.max(1, Math.ceil(total / shownState.pageSize));
  const firstRow = (shownState.page - 1) * shownState.pageSize;

  const toggle = (cluster: NormalizedCluster) =>
    setSelected((current) => {
      const next = new Map(current);
      const uid = cluster.metadata.uid;
      if (next.has(uid)) next.delete(uid);
      else next.set(uid, cluster);
      return next;
    });
  const toggleAll = (checked: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const cluster of rows ?? []) {
        if (checked) next.set(cluster.metadata.uid, cluster);
        else next.delete(cluster.metadata.uid);
      }
      return next;
    });
  // What failed stays selected, ready for another try; what succeeded leaves the selection.
  const afterBulk = (result: BulkResult<NormalizedCluster>) =>
    setSelected(new Map(result.failed.map(({ item }) => [item.metadata.uid, item])));

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
      <EmptyState
        message={t('clusters.empty')}
        action={
          <Button component={Link} to="/clusters/register" leftSection={<IconPlus size={16} />}>
            {t('clusters.register')}
          </Button>
        }
      />
    );
  } else if (rows) {
    content = (
      <ClusterTable
        rows={rows}
        columns={columns}
        context={context}
        selected={new Set(selected.keys())}
        onToggle={toggle}
        onToggleAll={toggleAll}
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
            <Button component={Link} to="/clusters/register" leftSection={<IconPlus size={16} />}>
              {t('clusters.register')}
            </Button>
          </>
        }
      />
      {notice && (
        <Alert
          color="green"
          variant="light"
          mb="md"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => void navigate(location, { replace: true, state: null })}
          title={t('clusters.deregister.done', { name: notice.name })}
        >
          {notice.cleanup ? (
            <Stack gap={4}>
              <Text size="sm">{t('clusters.deregister.cleanupIntro')}</Text>
              <Code block>{notice.cleanup}</Code>
            </Stack>
          ) : (
            <Text size="sm">{t('clusters.deregister.noCleanup')}</Text>
          )}
        </Alert>
      )}
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
      {selected.size > 0 && (
        <BulkActions
          selected={[...selected.values()]}
          fleets={fleetItems}
          onDone={afterBulk}
          onClear={() => setSelected(new Map())}
        />
      )}
      {content}
      {total !== undefined && total > 0 && (
        <Group justify="flex-end" mt="md">
          <Pagination
            total={pages}
            value={Math.min(state.page, pages)}
            onChange={(page) => update({ page })}
            getControlProps={(control) => ({
              'aria-label': t(`clusters.pagination.${control}`),
            })}
            getItemProps={(page) => ({ 'aria-label': t('clusters.pagination.page', { page }) })}
          />
        </Group>
      )}
    </>
  );
}

import { useState } from 'react';
import { Button, Group, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiQuery } from '@/api/query';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { DeletePolicyDialog } from './DeletePolicyDialog';
import { filterPolicies, pageSize, policyListParsers, policyListUrlKeys } from './listFilters';
import { useListState } from '@/components/list/useListState';
import { policyTypes } from './policyModel';
import { usePolicyBindings } from './usePolicyBindings';
import { paths } from '@/paths';
import { ListPager } from '@/components/list/ListPager';
import { DataTable } from '@/components/table/DataTable';
import { usePolicyColumns } from './policyColumns';
import { ListSearch } from '@/components/list/ListSearch';

export function PermissionsPage() {
  const { t } = useTranslation();
  const rules = useQuery(apiQuery('listRules'));
  const { bindings, error: bindingsError } = usePolicyBindings();
  const { state: filters, update } = useListState(policyListParsers, policyListUrlKeys);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const columns = usePolicyColumns({
    bindings,
    bindingsFailed: Boolean(bindingsError),
    onDelete: setDeleting,
  });

  const createButton = (
    <Button
      component={Link}
      to={paths.newPolicy()}
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      {t('permissions.create')}
    </Button>
  );

  const matching = rules.data ? filterPolicies(rules.data.items, filters) : [];
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(filters.page, pages);
  const shown = matching.slice((page - 1) * pageSize, page * pageSize);
  const filtered = Boolean(filters.search || filters.type);

  return (
    <>
      <PageHeader
        title={t('permissions.title')}
        description={t('permissions.description')}
        actions={createButton}
      />
      <Group mb="md" gap="sm" align="flex-end">
        <ListSearch
          label={t('permissions.list.search')}
          placeholder={t('permissions.list.searchPlaceholder')}
          value={filters.search}
          onChange={(search) => update({ search }, { replace: true })}
          w={280}
        />
        <Select
          label={t('permissions.list.typeFilter')}
          data={[
            { value: '', label: t('permissions.list.allTypes') },
            ...policyTypes.map((type) => ({ value: type, label: t(`permissions.types.${type}`) })),
          ]}
          value={filters.type ?? ''}
          onChange={(value) =>
            update({ type: policyTypes.find((type) => type === value) ?? null }, { replace: true })
          }
          allowDeselect={false}
          w={200}
        />
      </Group>
      {rules.isPending ? (
        <TableSkeleton />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data.items.length === 0 ? (
        <EmptyState message={t('permissions.empty')} action={createButton} />
      ) : matching.length === 0 ? (
        <EmptyState
          message={t('permissions.list.noMatch')}
          action={
            <Button
              variant="light"
              onClick={() => update({ search: null, type: null }, { replace: true })}
            >
              {t('permissions.list.clearFilters')}
            </Button>
          }
        />
      ) : (
        <Stack gap="sm">
          <DataTable
            rows={shown}
            columns={columns}
            rowKey={(rule) => rule.metadata.uid}
            minWidth={960}
            caption={
              filtered
                ? t('permissions.list.shown', {
                    from: (page - 1) * pageSize + 1,
                    to: (page - 1) * pageSize + shown.length,
                    count: matching.length,
                  })
                : t('common.total', { count: rules.data.items.length })
            }
          />
          <ListPager
            label={t('permissions.list.pages')}
            page={page}
            pages={pages}
            onChange={(next) => update({ page: next })}
          />
        </Stack>
      )}
      <DeletePolicyDialog
        policy={deleting}
        bindings={
          deleting ? (bindings?.get(deleting.id) ?? (bindings ? [] : undefined)) : undefined
        }
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

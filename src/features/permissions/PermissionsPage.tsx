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
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiQuery } from '@/api/query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { BindingList } from './BindingList';
import { DeletePolicyDialog } from './DeletePolicyDialog';
import { filterPolicies, pageSize, policyListParsers, policyListUrlKeys } from './listFilters';
import { useListState } from '../../components/list/useListState';
import { policyTypes } from './policyModel';
import { PolicyTypeBadge } from './PolicyTypeBadge';
import { usePolicyBindings } from './usePolicyBindings';

export function PermissionsPage() {
  const { t } = useTranslation();
  const rules = useQuery(apiQuery('listRules'));
  const { bindings, error: bindingsError } = usePolicyBindings();
  const { state: filters, update } = useListState(policyListParsers, policyListUrlKeys);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);

  const createButton = (
    <Button component={Link} to="/permissions/new" leftSection={<IconPlus size={16} aria-hidden />}>
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
        <TextInput
          label={t('permissions.list.search')}
          placeholder={t('permissions.list.searchPlaceholder')}
          data-list-search
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filters.search}
          onChange={(event) => update({ search: event.currentTarget.value }, { replace: true })}
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
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption>
                {filtered
                  ? t('permissions.list.shown', {
                      from: (page - 1) * pageSize + 1,
                      to: (page - 1) * pageSize + shown.length,
                      count: matching.length,
                    })
                  : t('common.total', { count: rules.data.items.length })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('permissions.columns.name')}</Table.Th>
                  <Table.Th>{t('permissions.columns.type')}</Table.Th>
                  <Table.Th>{t('permissions.columns.description')}</Table.Th>
                  <Table.Th>{t('permissions.columns.users')}</Table.Th>
                  <Table.Th>{t('permissions.columns.boundTo')}</Table.Th>
                  <Table.Th>{t('permissions.columns.created')}</Table.Th>
                  <Table.Th>{t('permissions.columns.updated')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('permissions.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((rule) => {
                  const id = rule.metadata.uid;
                  const name = rule.metadata.name ?? id;
                  return (
                    <Table.Tr key={id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/permissions/${id}`} fw={600}>
                          {name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <PolicyTypeBadge type={rule.spec.type} />
                      </Table.Td>
                      <Table.Td maw={280}>
                        <Text size="sm" lineClamp={2}>
                          {rule.spec.description || t('common.none')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{rule.spec.iamUserIDs?.length ?? 0}</Table.Td>
                      <Table.Td>
                        {bindings ? (
                          <BindingList bindings={bindings.get(id) ?? []} />
                        ) : bindingsError ? (
                          <Text size="sm" c="dimmed">
                            {t('permissions.list.bindingsUnknown')}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('common.loading')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <UcsDate value={rule.metadata.creationTimestamp} />
                      </Table.Td>
                      <Table.Td>
                        <UcsDate value={rule.metadata.updateTimestamp} />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('permissions.list.delete', { name })}
                          onClick={() => setDeleting({ id, name })}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <nav aria-label={t('permissions.list.pages')}>
              <Pagination total={pages} value={page} onChange={(next) => update({ page: next })} />
            </nav>
          )}
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

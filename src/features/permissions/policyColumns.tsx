import { ActionIcon, Anchor, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NormalizedRule } from '@/api/normalize';
import { ApiText } from '@/components/ApiText';
import type { DataColumn } from '@/components/table/DataTable';
import { UcsDate } from '@/components/UcsDate';
import { paths } from '@/paths';
import { BindingList } from './BindingList';
import type { PolicyBinding } from './policyBindings';
import { PolicyTypeBadge } from './PolicyTypeBadge';

interface PolicyColumnsOptions {
  /** Where each policy is bound; undefined while loading. */
  bindings: ReadonlyMap<string, PolicyBinding[]> | undefined;
  bindingsFailed: boolean;
  onDelete: (policy: { id: string; name: string }) => void;
}

/** The columns of the policy list. */
export function usePolicyColumns({
  bindings,
  bindingsFailed,
  onDelete,
}: PolicyColumnsOptions): DataColumn<NormalizedRule>[] {
  const { t } = useTranslation();
  const nameOf = (rule: NormalizedRule) => rule.metadata.name ?? rule.metadata.uid;
  return [
    {
      id: 'name',
      header: t('permissions.columns.name'),
      cell: ({ row: { original: rule } }) => (
        <Anchor component={Link} to={paths.policy({ ruleId: rule.metadata.uid })} fw={600}>
          <ApiText lines={1} focusable={false}>
            {nameOf(rule)}
          </ApiText>
        </Anchor>
      ),
    },
    {
      id: 'type',
      header: t('permissions.columns.type'),
      cell: ({ row }) => <PolicyTypeBadge type={row.original.spec.type} />,
    },
    {
      id: 'description',
      header: t('permissions.columns.description'),
      meta: { cellProps: { maw: 280 } },
      cell: ({ row }) => (
        <Text size="sm">
          {row.original.spec.description ? (
            <ApiText lines={2} maxWidth="20rem">
              {row.original.spec.description}
            </ApiText>
          ) : (
            t('common.none')
          )}
        </Text>
      ),
    },
    {
      id: 'users',
      header: t('permissions.columns.users'),
      cell: ({ row }) => row.original.spec.iamUserIDs?.length ?? 0,
    },
    {
      id: 'boundTo',
      header: t('permissions.columns.boundTo'),
      cell: ({ row }) =>
        bindings ? (
          <BindingList bindings={bindings.get(row.original.metadata.uid) ?? []} />
        ) : (
          <Text size="sm" c="dimmed">
            {bindingsFailed ? t('permissions.list.bindingsUnknown') : t('common.loading')}
          </Text>
        ),
    },
    {
      id: 'created',
      header: t('permissions.columns.created'),
      cell: ({ row }) => <UcsDate value={row.original.metadata.creationTimestamp} />,
    },
    {
      id: 'updated',
      header: t('permissions.columns.updated'),
      // The first to go on a narrow screen: the policy's page shows it.
      meta: { hideBelow: 1100 },
      cell: ({ row }) => <UcsDate value={row.original.metadata.updateTimestamp} />,
    },
    {
      id: 'actions',
      header: t('permissions.columns.actions'),
      meta: { hiddenHeader: true },
      cell: ({ row: { original: rule } }) => (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('permissions.list.delete', { name: nameOf(rule) })}
          onClick={() => onDelete({ id: rule.metadata.uid, name: nameOf(rule) })}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      ),
    },
  ];
}

import { useState, type ReactNode } from 'react';
import { ActionIcon, Anchor, Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ruleBindingProposal } from '@/api/access/proposals';
import type { BulkResult } from '@/api/bulk';
import { ruleBindingPlan, useBulkWrites, type RuleBindingTarget } from '@/api/bulkWrites';
import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';
import { ApiText, apiSentence } from '@/components/ApiText';
import { BulkResultSummary } from '@/components/BulkResultSummary';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { TableSkeleton } from '@/components/TableSkeleton';
import { BindTargetsForm } from './BindTargetsForm';
import { NamespaceBadges, useNamespacesText } from './BindingList';
import { targetKey, targetPath, type PolicyBinding } from './policyBindings';
import { usePolicyBindings } from './usePolicyBindings';
import { DataTable, type DataColumn } from '@/components/table/DataTable';

interface LastRun {
  title: ReactNode;
  result: BulkResult<RuleBindingTarget>;
}

/**
 * Where a policy is bound, and binding or unbinding it on clusters and fleets. Each target is
 * its own `associatedrules` call; the outcome of a run is one summary, per target.
 */
export function PolicyBindingsPanel({ ruleId, ruleName }: { ruleId: string; ruleName: string }) {
  const { t } = useTranslation();
  const namespacesText = useNamespacesText();
  const { bindings, clusters, fleets, isPending, error, refetch } = usePolicyBindings();
  const apply = useBulkWrites<RuleBindingTarget>();
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [unbinding, setUnbinding] = useState<PolicyBinding | null>(null);
  const current = bindings?.get(ruleId) ?? [];
  // What the target holds now: unbinding sends it back without this policy.
  const ruleNamespacesOf = (target: PolicyBinding) =>
    (target.kind === 'cluster' ? clusters : fleets)?.find((item) => item.metadata.uid === target.id)
      ?.spec.ruleNamespaces;

  const run = async (title: ReactNode, targets: RuleBindingTarget[], namespaces: string[]) => {
    setLastRun(null);
    const result = await apply.mutateAsync({
      items: targets,
      plan: ruleBindingPlan(ruleId, namespaces),
    });
    setLastRun({ title, result });
    return result.succeeded;
  };

  const kindLabel = (target: RuleBindingTarget) => t(`permissions.binding.${target.kind}`);
  const columns: DataColumn<PolicyBinding>[] = [
    {
      id: 'target',
      header: t('permissions.bindings.target'),
      cell: ({ row: { original: binding } }) => (
        <Anchor component={Link} to={targetPath(binding)} fw={600}>
          <ApiText lines={1} focusable={false}>
            {binding.name}
          </ApiText>
        </Anchor>
      ),
    },
    {
      id: 'kind',
      header: t('permissions.bindings.kind'),
      cell: ({ row }) => kindLabel(row.original),
    },
    {
      id: 'namespaces',
      header: t('permissions.bindings.namespaces'),
      cell: ({ row }) => (
        <Stack gap={4} align="flex-start">
          <NamespaceBadges namespaces={row.original.namespaces} />
          {row.original.inactiveFollowing && (
            <Badge variant="outline" color="gray" tt="none">
              <ApiText lines={1}>
                {apiSentence({ fleet: row.original.inactiveFollowing }, (slots) =>
                  t('effectiveAccess.slice.inactiveReason', slots),
                )}
              </ApiText>
            </Badge>
          )}
        </Stack>
      ),
    },
    {
      id: 'actions',
      header: t('permissions.columns.actions'),
      meta: { hiddenHeader: true, cellProps: { ta: 'right' } },
      cell: ({ row: { original: binding } }) => (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('permissions.bindings.unbind', { name: binding.name })}
          onClick={() => setUnbinding(binding)}
          disabled={apply.isPending}
        >
          <IconUnlink size={18} aria-hidden />
        </ActionIcon>
      ),
    },
  ];

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="policy-bindings">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="policy-bindings">
            {t('permissions.bindings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('permissions.bindings.description')}
          </Text>
        </div>
        {lastRun && (
          <BulkResultSummary
            title={lastRun.title}
            result={lastRun.result}
            label={(target) => `${kindLabel(target)} ${target.name}`}
            itemKey={targetKey}
          />
        )}
        {isPending ? (
          <TableSkeleton rows={3} />
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {current.length === 0 ? (
              <EmptyState message={t('permissions.bindings.empty')} />
            ) : (
              <DataTable
                rows={current}
                columns={columns}
                rowKey={targetKey}
                minWidth={520}
                striped={false}
                highlightOnHover={false}
                aria-labelledby="policy-bindings"
              />
            )}
            <BindTargetsForm
              ruleId={ruleId}
              clusters={clusters ?? []}
              fleets={fleets ?? []}
              current={current}
              busy={apply.isPending}
              onBind={(targets, namespaces) =>
                run(
                  apiSentence({ name: ruleName }, (slots) =>
                    t('permissions.bindings.resultTitle', slots),
                  ),
                  targets,
                  namespaces,
                )
              }
            />
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={unbinding !== null}
        onClose={() => setUnbinding(null)}
        title={
          unbinding
            ? apiSentence({ name: unbinding.name }, (slots) =>
                t('permissions.bindings.unbindTitle', slots),
              )
            : ''
        }
        size="lg"
        confirmLabel={t('permissions.bindings.unbindConfirm')}
        pending={apply.isPending}
        onConfirm={() => {
          if (!unbinding) return;
          const target = unbinding;
          void run(
            apiSentence({ name: target.name }, (slots) =>
              t('permissions.bindings.unbindResult', slots),
            ),
            [{ kind: target.kind, id: target.id, name: target.name }],
            [],
          ).then(() => setUnbinding(null));
        }}
      >
        {unbinding && (
          <Text size="sm">
            {apiSentence(
              { name: unbinding.name, namespaces: namespacesText(unbinding.namespaces) },
              (slots) =>
                t('permissions.bindings.unbindBody', { ...slots, kind: kindLabel(unbinding) }),
            )}
          </Text>
        )}
        <AccessImpactPreview
          proposal={
            unbinding
              ? ruleBindingProposal(
                  [{ ...unbinding, ruleNamespaces: ruleNamespacesOf(unbinding) }],
                  ruleId,
                  [],
                )
              : null
          }
        />
      </ConfirmDialog>
    </Paper>
  );
}

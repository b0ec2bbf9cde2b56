import { useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BulkResult } from '@/api/bulk';
import { ruleBindingPlan, useBulkWrites, type RuleBindingTarget } from '@/api/bulkWrites';
import { BulkResultSummary } from '@/components/BulkResultSummary';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { TableSkeleton } from '@/components/TableSkeleton';
import { BindTargetsForm } from './BindTargetsForm';
import { NamespaceBadges, useNamespacesText } from './BindingList';
import { targetKey, targetPath, type PolicyBinding } from './policyBindings';
import { usePolicyBindings } from './usePolicyBindings';

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
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing="xs" aria-labelledby="policy-bindings">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('permissions.bindings.target')}</Table.Th>
                      <Table.Th>{t('permissions.bindings.kind')}</Table.Th>
                      <Table.Th>{t('permissions.bindings.namespaces')}</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>{t('permissions.columns.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {current.map((binding) => (
                      <Table.Tr key={targetKey(binding)}>
                        <Table.Td>
                          <Anchor component={Link} to={targetPath(binding)} fw={600}>
                            {binding.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{kindLabel(binding)}</Table.Td>
                        <Table.Td>
                          <NamespaceBadges namespaces={binding.namespaces} />
                        </Table.Td>
                        <Table.Td ta="right">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('permissions.bindings.unbind', { name: binding.name })}
                            onClick={() => setUnbinding(binding)}
                            disabled={apply.isPending}
                          >
                            <IconUnlink size={18} aria-hidden />
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <BindTargetsForm
              clusters={clusters ?? []}
              fleets={fleets ?? []}
              current={current}
              busy={apply.isPending}
              onBind={(targets, namespaces) =>
                run(t('permissions.bindings.resultTitle', { name: ruleName }), targets, namespaces)
              }
            />
          </>
        )}
      </Stack>
      <Modal
        opened={unbinding !== null}
        onClose={() => setUnbinding(null)}
        title={unbinding ? t('permissions.bindings.unbindTitle', { name: unbinding.name }) : ''}
      >
        {unbinding && (
          <Stack gap="md">
            <Text size="sm">
              {t('permissions.bindings.unbindBody', {
                kind: kindLabel(unbinding),
                name: unbinding.name,
                namespaces: namespacesText(unbinding.namespaces),
              })}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setUnbinding(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                onClick={() => {
                  const target = unbinding;
                  setUnbinding(null);
                  void run(
                    t('permissions.bindings.unbindResult', { name: target.name }),
                    [{ kind: target.kind, id: target.id, name: target.name }],
                    [],
                  );
                }}
              >
                {t('permissions.bindings.unbindConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

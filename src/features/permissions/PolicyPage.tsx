import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { apiQuery } from '@/api/query';
import { ApiText, apiSentence, isolate } from '@/components/ApiText';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { UcsDate } from '@/components/UcsDate';
import { NotFoundPage } from '@/components/NotFoundPage';
import { DeletePolicyDialog } from './DeletePolicyDialog';
import { PolicyBindingsPanel } from './PolicyBindingsPanel';
import { PolicyEditor } from './PolicyEditor';
import { draftFromRule } from './policyModel';
import { PolicyTypeBadge } from './PolicyTypeBadge';
import { usePolicyBindings } from './usePolicyBindings';
import { paths } from '@/paths';

export function PolicyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { ruleId = '' } = useParams();
  const rules = useQuery(apiQuery('listRules'));
  const { bindings } = usePolicyBindings();
  const [deleting, setDeleting] = useState(false);

  if (rules.isPending) return <TableSkeleton rows={8} />;
  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  const rule = rules.data?.items.find((item) => item.metadata.uid === ruleId);
  // Right after creating, the cached list may predate the new policy: wait for the refetch.
  if (!rule && rules.isFetching) return <TableSkeleton rows={8} />;
  if (!rule) return <NotFoundPage />;
  const name = rule.metadata.name ?? ruleId;

  return (
    <>
      <PageHeader
        title={
          <ApiText lines={2}>
            {apiSentence({ name }, (slots) => t('permissions.detailTitle', slots))}
          </ApiText>
        }
        documentTitle={t('permissions.detailTitle', { name: isolate(name) })}
        actions={
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDeleting(true)}
          >
            {t('permissions.delete.confirm')}
          </Button>
        }
      />
      <Group gap="md" mt={-8} mb="lg">
        <PolicyTypeBadge type={rule.spec.type} />
        <Text span size="sm" c="dimmed">
          {t('permissions.columns.created')}: <UcsDate value={rule.metadata.creationTimestamp} />
        </Text>
        <Text span size="sm" c="dimmed">
          {t('permissions.columns.updated')}: <UcsDate value={rule.metadata.updateTimestamp} />
        </Text>
      </Group>
      <Stack gap="xl">
        {/* Keyed by policy so moving between policies starts a fresh form. */}
        <PolicyEditor key={ruleId} mode="edit" ruleId={ruleId} initial={draftFromRule(rule)} />
        <PolicyBindingsPanel ruleId={ruleId} ruleName={name} />
      </Stack>
      <DeletePolicyDialog
        policy={deleting ? { id: ruleId, name } : null}
        bindings={bindings ? (bindings.get(ruleId) ?? []) : undefined}
        onClose={() => setDeleting(false)}
        onDeleted={() => void navigate(paths.policies())}
        onPolicyPage
      />
    </>
  );
}

import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cleanupCommand } from '@/api/facts/clusterFacts';
import type { BulkResult } from '@/api/bulk';
import type { NormalizedCluster } from '@/api/normalize';
import { BulkResultSummary } from '@/components/BulkResultSummary';

interface BulkOutcomeProps {
  /** The action deregistered the clusters: their agents' leftovers need cleaning up. */
  deregistered: boolean;
  title: string;
  result: BulkResult<NormalizedCluster>;
  onClose: () => void;
}

/** What succeeded and what failed; after a deregistration, how to clean up the clusters. */
export function BulkOutcome({ deregistered, title, result, onClose }: BulkOutcomeProps) {
  const { t } = useTranslation();
  const cleanup = result.succeeded.some((cluster) => cleanupCommand(cluster));
  return (
    <Stack>
      <BulkResultSummary
        title={title}
        result={result}
        label={(cluster) => cluster.metadata.name}
        itemKey={(cluster) => cluster.metadata.uid}
      />
      {deregistered && cleanup && (
        <Stack gap={4}>
          <Text size="sm">{t('clusters.deregister.cleanupIntro')}</Text>
          <Code block>{cleanupCommand({ spec: { category: 'attachedcluster' } })}</Code>
        </Stack>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

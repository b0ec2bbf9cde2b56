import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { apiSentence } from '@/components/ApiText';
import { TableSkeleton } from '@/components/TableSkeleton';
import { paths } from '@/paths';
import { ConnectPanel, useClusterDetail } from '../cluster/ConnectPanel';

/** Step 4: the new cluster's access information and status, as on its own page. */
export function ConnectStep({
  clusterId,
  onAnother,
}: {
  clusterId: string;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const cluster = useClusterDetail(clusterId);
  if (cluster.isPending) return <TableSkeleton rows={4} />;
  if (cluster.isError)
    return <ErrorState error={cluster.error} onRetry={() => void cluster.refetch()} />;
  const name = cluster.data.metadata.name;
  return (
    <Stack gap="md" maw={860}>
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
        {apiSentence({ name }, (slots) => t('clusters.wizard.registered', slots))}
      </Alert>
      <Paper withBorder p="lg" radius="md">
        <ConnectPanel cluster={cluster.data} />
      </Paper>
      <Text size="sm" c="dimmed">
        {t('clusters.wizard.leaveHint')}
      </Text>
      <Group>
        <Button component={Link} to={paths.cluster({ clusterId })} variant="light">
          {t('clusters.wizard.openCluster')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('clusters.wizard.registerAnother')}
        </Button>
      </Group>
    </Stack>
  );
}

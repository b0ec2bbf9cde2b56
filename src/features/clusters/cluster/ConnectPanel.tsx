import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconCircleCheck,
  IconCopy,
  IconDownload,
  IconKey,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster } from '@/api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { ClusterStatusBadge } from '../ClusterStatusBadge';
import { needsAgent } from '@/api/facts/clusterFacts';
import { downloadText } from '@/components/export/download';

/** How often a cluster waiting for its agent is asked for its status. */
export const pendingPollMs = 3000;

/** The detail query, polled while the cluster is on its way somewhere (Pending, Deleting). */
export function useClusterDetail(clusterId: string) {
  return useQuery({
    ...apiQuery('showCluster', { clusterid: clusterId }),
    refetchInterval: (query) => {
      const phase = query.state.data?.status.phase;
      return phase === 'Pending' || phase === 'Deleting' ? pendingPollMs : false;
    },
  });
}

const applyCommand = 'kubectl apply -f ucs-agent.yaml';

/**
 * Connecting a third-party cluster: fetch the one-time agent manifest (copy it, download it),
 * apply it in the cluster, then watch the status until the agent connects — with a retry
 * (activation) when it does not. The wizard's last step and the cluster page both show this,
 * so leaving the wizard loses nothing but the manifest, which UCS hands out only once.
 */
export function ConnectPanel({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const clusterId = cluster.metadata.uid;
  const accessInfo = useApiMutation('showClusterAccessInfo');
  const activate = useApiMutation('activateCluster');

  if (!needsAgent(cluster)) {
    return (
      <Alert variant="light" color="blue" icon={<IconCircleCheck aria-hidden />}>
        {t('clusters.access.cceNoAgent')}
      </Alert>
    );
  }

  const answer = accessInfo.data?.[0];
  const manifest = answer && answer !== 'Downloaded' ? answer : undefined;
  const downloaded = !manifest && (cluster.spec.isDownloadedCert || answer === 'Downloaded');
  const phase = cluster.status.phase;

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('clusters.access.heading')}
      </Title>
      {manifest ? (
        <Stack gap="sm">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('clusters.access.onceWarning')}
          </Alert>
          <Text size="sm">{t('clusters.access.apply')}</Text>
          <Code block>{applyCommand}</Code>
          <Group gap="xs">
            <CopyButton value={manifest}>
              {({ copied, copy }) => (
                <Button
                  variant="light"
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
            <Button
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => downloadText('ucs-agent.yaml', manifest, 'application/yaml')}
            >
              {t('clusters.access.download')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah={280} type="auto">
            <Code block aria-label={t('clusters.access.manifest')}>
              {manifest}
            </Code>
          </ScrollArea.Autosize>
        </Stack>
      ) : downloaded ? (
        <Alert
          variant="light"
          color="gray"
          icon={<IconKey aria-hidden />}
          title={t('clusters.access.downloadedTitle')}
        >
          {t('clusters.access.downloaded')}
        </Alert>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('clusters.access.onceWarning')}
          </Alert>
          <Button
            leftSection={<IconKey size={16} aria-hidden />}
            loading={accessInfo.isPending}
            onClick={() => accessInfo.mutate({ clusterid: clusterId })}
          >
            {t('clusters.access.fetch')}
          </Button>
        </Stack>
      )}
      {accessInfo.isError && <ErrorState error={accessInfo.error} />}

      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('clusters.access.status')}
        </Text>
        <ClusterStatusBadge cluster={cluster} />
      </Group>
      <div role="status" aria-live="polite">
        {phase === 'Available' ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
            {t('clusters.access.connected')}
          </Alert>
        ) : phase === 'Pending' && (manifest || downloaded) ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('clusters.access.waiting')}</Text>
          </Group>
        ) : phase === 'Failed' || phase === 'Unavailable' ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {t('clusters.access.failed', {
                  reason: cluster.status.message ?? cluster.status.reason ?? phase,
                })}
              </Text>
              <Button
                size="xs"
                color="red"
                variant="light"
                loading={activate.isPending}
                onClick={() => activate.mutate({ clusterid: clusterId })}
              >
                {t('clusters.access.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
      </div>
      {activate.isError && <ErrorState error={activate.error} />}
    </Stack>
  );
}

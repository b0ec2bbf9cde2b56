import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BulkResult } from '@/api/bulk';
import { useBulkWrites } from '@/api/bulkWrites';
import type { NormalizedCluster } from '@/api/normalize';
import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';
import { apiList, apiSentence } from '@/components/ApiText';
import { BulkResultSummary } from '@/components/BulkResultSummary';
import { paths } from '@/paths';

/**
 * What keeps a fleet from being deleted (member clusters, federation) and the way out of each:
 * the delete dialog shows it while its delete button waits.
 */
export function DeleteFleetBlocked({
  fleetId,
  fleetName,
  clusters,
  federated,
  onLeave,
}: {
  fleetId: string;
  fleetName: string;
  clusters: NormalizedCluster[];
  federated: boolean;
  /** Closes the dialog when the operator follows the link to the federation tab. */
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('fleets.delete.blocked')}
      >
        <Text size="sm">{t('fleets.delete.blockedWhy')}</Text>
      </Alert>
      {clusters.length > 0 && <RemoveMembers fleetName={fleetName} clusters={clusters} />}
      {federated && (
        <Stack gap="xs">
          <Text size="sm">{t('fleets.delete.hasFederation')}</Text>
          <Button
            component={Link}
            to={paths.fleet({ fleetId }, 'federation')}
            variant="light"
            w="fit-content"
            onClick={onLeave}
          >
            {t('fleets.delete.disableFederation')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

/** The way out of "still contains clusters": take them all out, with one summary of the result. */
function RemoveMembers({
  fleetName,
  clusters,
}: {
  fleetName: string;
  clusters: NormalizedCluster[];
}) {
  const { t } = useTranslation();
  const leave = useBulkWrites<NormalizedCluster>();
  const [result, setResult] = useState<BulkResult<NormalizedCluster> | null>(null);
  const names = apiList(clusters.map((cluster) => cluster.metadata.name));

  const removeAll = async () =>
    setResult(
      await leave.mutateAsync({
        items: clusters,
        plan: (cluster) => ({
          id: 'unjoinClusterGroup',
          vars: { clusterid: cluster.metadata.uid },
        }),
      }),
    );

  return (
    <Stack gap="xs">
      <Text size="sm">
        {apiSentence({ names }, (slots) =>
          t('fleets.delete.hasClusters', { ...slots, count: clusters.length }),
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {t('fleets.delete.removeClustersNote')}
      </Text>
      {/* The button below takes them out at once: whose access that moves, before it is pressed. */}
      <AccessImpactPreview
        proposal={{
          kind: 'moveClusters',
          clusterIds: clusters.map((cluster) => cluster.metadata.uid),
          fleetId: null,
        }}
      />
      <Button
        variant="light"
        w="fit-content"
        loading={leave.isPending}
        onClick={() => void removeAll()}
      >
        {t('fleets.delete.removeClusters', { count: clusters.length })}
      </Button>
      {result && result.failed.length > 0 && (
        <BulkResultSummary
          title={apiSentence({ name: fleetName }, (slots) =>
            t('fleets.delete.removedTitle', slots),
          )}
          result={result}
          label={(cluster) => cluster.metadata.name}
          itemKey={(cluster) => cluster.metadata.uid}
        />
      )}
    </Stack>
  );
}

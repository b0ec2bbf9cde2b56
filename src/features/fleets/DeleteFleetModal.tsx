import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BulkResult } from '@/api/bulk';
import { useBulkWrites } from '@/api/bulkWrites';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { BulkResultSummary } from '@/components/BulkResultSummary';
import { ErrorState } from '@/components/ErrorState';
import { TableSkeleton } from '@/components/TableSkeleton';
import { federationStateOf } from '@/api/facts/federationState';
import { paths } from '@/paths';

interface DeleteFleetModalProps {
  /** The fleet to delete; the dialog is open while it is set. */
  fleet: NormalizedClusterGroup | null;
  onClose: () => void;
  onDeleted?: () => void;
}

/**
 * Deleting a fleet. UCS deletes only an empty fleet without federation, so the dialog checks
 * first and, when something is in the way, says what and offers the way out instead of letting
 * the delete fail.
 */
export function DeleteFleetModal({ fleet, onClose, onDeleted }: DeleteFleetModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={fleet !== null}
      onClose={onClose}
      title={t('fleets.delete.title', { name: fleet?.metadata.name })}
      size="lg"
    >
      {fleet && (
        <DeleteFleetBody fleetId={fleet.metadata.uid} onClose={onClose} onDeleted={onDeleted} />
      )}
    </Modal>
  );
}

function DeleteFleetBody({
  fleetId,
  onClose,
  onDeleted,
}: {
  fleetId: string;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const { t } = useTranslation();
  // Fresh reads: the list row the dialog was opened from may be out of date.
  const fleet = useQuery({
    ...apiQuery('showClusterGroup', { clustergroupid: fleetId }),
    staleTime: 0,
  });
  const members = useQuery({
    ...apiQuery('listClusters', { clustergroupid: fleetId }),
    staleTime: 0,
  });
  const remove = useApiMutation('deleteClusterGroup');

  if (fleet.isPending || members.isPending)
    return (
      <Stack gap="xs">
        <Text size="sm">{t('fleets.delete.checking')}</Text>
        <TableSkeleton rows={2} />
      </Stack>
    );
  if (fleet.isError) return <ErrorState error={fleet.error} onRetry={() => void fleet.refetch()} />;
  if (members.isError)
    return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;

  const name = fleet.data.metadata.name ?? '';
  const clusters = members.data.items;
  const federated = federationStateOf(fleet.data).kind !== 'notEnabled';

  if (clusters.length > 0 || federated) {
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
        {clusters.length > 0 && <RemoveMembers fleetName={name} clusters={clusters} />}
        {federated && (
          <Stack gap="xs">
            <Text size="sm">{t('fleets.delete.hasFederation')}</Text>
            <Button
              component={Link}
              to={paths.fleet({ fleetId }, 'federation')}
              variant="light"
              w="fit-content"
              onClick={onClose}
            >
              {t('fleets.delete.disableFederation')}
            </Button>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text>{t('fleets.delete.confirm', { name })}</Text>
      {remove.isError && <ErrorState error={remove.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={remove.isPending}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(
              { clustergroupid: fleetId },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    message: t('fleets.delete.deleted', { name }),
                  });
                  onClose();
                  onDeleted?.();
                },
              },
            )
          }
        >
          {t('fleets.delete.submit')}
        </Button>
      </Group>
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
  const names = clusters.map((cluster) => cluster.metadata.name).join(', ');

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
      <Text size="sm">{t('fleets.delete.hasClusters', { count: clusters.length, names })}</Text>
      <Text size="xs" c="dimmed">
        {t('fleets.delete.removeClustersNote')}
      </Text>
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
          title={t('fleets.delete.removedTitle', { name: fleetName })}
          result={result}
          label={(cluster) => cluster.metadata.name}
          itemKey={(cluster) => cluster.metadata.uid}
        />
      )}
    </Stack>
  );
}

import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { apiSentence } from '@/components/ApiText';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorState } from '@/components/ErrorState';
import { TableSkeleton } from '@/components/TableSkeleton';
import { federationStateOf } from '@/api/facts/federationState';
import { DeleteFleetBlocked } from './DeleteFleetBlocked';

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
  // Mounted per opening, so every opening reads the fleet afresh and starts without an error.
  return fleet ? <DeleteFleetDialog fleet={fleet} onClose={onClose} onDeleted={onDeleted} /> : null;
}

function DeleteFleetDialog({
  fleet: listed,
  onClose,
  onDeleted,
}: {
  fleet: NormalizedClusterGroup;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const { t } = useTranslation();
  const fleetId = listed.metadata.uid;
  // Fresh reads: the list row the dialog was opened from may be out of date.
  const fleet = useQuery({
    ...apiQuery('showClusterGroup', { clustergroupid: fleetId }),
    staleTime: 0,
  });
  // Only the members' names and IDs are shown and used (to take them out): no status asked for.
  const members = useQuery({
    ...apiQuery('listClusters', { clustergroupid: fleetId, enablestatus: false }),
    staleTime: 0,
  });
  const remove = useApiMutation('deleteClusterGroup');

  const name = fleet.data?.metadata.name ?? listed.metadata.name ?? '';
  const clusters = members.data?.items ?? [];
  const federated = fleet.data ? federationStateOf(fleet.data).kind !== 'notEnabled' : false;
  const checked = fleet.isSuccess && members.isSuccess;
  const ready = checked && clusters.length === 0 && !federated;

  const deleteFleet = () =>
    remove.mutate(
      { clustergroupid: fleetId },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: apiSentence({ name }, (slots) => t('fleets.delete.deleted', slots)),
          });
          onClose();
          onDeleted?.();
        },
      },
    );

  return (
    <ConfirmDialog
      opened
      title={apiSentence({ name: listed.metadata.name }, (slots) =>
        t('fleets.delete.title', slots),
      )}
      confirmLabel={t('fleets.delete.submit')}
      onConfirm={deleteFleet}
      onClose={onClose}
      pending={remove.isPending}
      error={remove.error}
      ready={ready}
      size="lg"
    >
      {fleet.isPending || members.isPending ? (
        <Stack gap="xs">
          <Text size="sm">{t('fleets.delete.checking')}</Text>
          <TableSkeleton rows={2} />
        </Stack>
      ) : fleet.isError ? (
        <ErrorState error={fleet.error} onRetry={() => void fleet.refetch()} />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : ready ? (
        <Text>{apiSentence({ name }, (slots) => t('fleets.delete.confirm', slots))}</Text>
      ) : (
        <DeleteFleetBlocked
          fleetId={fleetId}
          fleetName={name}
          clusters={clusters}
          federated={federated}
          onLeave={onClose}
        />
      )}
    </ConfirmDialog>
  );
}

import { useState } from 'react';
import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorState } from '@/components/ErrorState';
import { DiscreteClusterPicker } from './DiscreteClusterPicker';
import { FormActions } from '@/components/FormActions';

export function AddClustersModal({
  fleet,
  opened,
  onClose,
}: {
  fleet: NormalizedClusterGroup;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = fleet.metadata.name;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('fleets.members.addTitle', { name })}
      size="xl"
    >
      {opened && <AddClustersForm fleet={fleet} onDone={onClose} />}
    </Modal>
  );
}

function AddClustersForm({ fleet, onDone }: { fleet: NormalizedClusterGroup; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useApiMutation('updateClusterGroupAssociatedClusters');
  const [clusterIds, setClusterIds] = useState<string[]>([]);
  const name = fleet.metadata.name;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('fleets.create.clustersHint')}
      </Text>
      <DiscreteClusterPicker value={clusterIds} onChange={setClusterIds} disabled={add.isPending} />
      {add.isError && <ErrorState error={add.error} />}
      <FormActions
        submitLabel={t('fleets.members.addSubmit', { count: clusterIds.length })}
        onCancel={onDone}
        disabled={clusterIds.length === 0}
        pending={add.isPending}
        onSubmit={() =>
          add.mutate(
            { clustergroupid: fleet.metadata.uid, clusterIds },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'teal',
                  message: t('fleets.members.added', { count: clusterIds.length, name }),
                });
                onDone();
              },
            },
          )
        }
      />
    </Stack>
  );
}

export function RemoveClusterModal({
  fleet,
  cluster,
  federated,
  onClose,
}: {
  fleet: NormalizedClusterGroup;
  cluster: NormalizedCluster | null;
  federated: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const leave = useApiMutation('unjoinClusterGroup');
  const name = cluster?.metadata.name;
  const fleetName = fleet.metadata.name;
  const close = () => {
    leave.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={cluster !== null}
      title={t('fleets.members.removeTitle', { name, fleet: fleetName })}
      confirmLabel={t('fleets.members.removeSubmit')}
      pending={leave.isPending}
      error={leave.error}
      onClose={close}
      onConfirm={() =>
        cluster &&
        leave.mutate(
          { clusterid: cluster.metadata.uid },
          {
            onSuccess: () => {
              notifications.show({
                color: 'teal',
                message: t('fleets.members.removed', { name, fleet: fleetName }),
              });
              close();
            },
          },
        )
      }
    >
      <Text size="sm">{t('fleets.members.removeBody')}</Text>
      {federated && <Text size="sm">{t('fleets.members.removeFederated')}</Text>}
    </ConfirmDialog>
  );
}

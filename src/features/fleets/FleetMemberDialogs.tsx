import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormModal, FormShell } from '@/components/form/FormShell';
import { DiscreteClusterPicker } from './DiscreteClusterPicker';

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
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('fleets.members.addTitle', { name })}
      size="xl"
    >
      <AddClustersForm fleet={fleet} onDone={onClose} />
    </FormModal>
  );
}

interface AddClustersValues {
  clusterIds: string[];
}

function AddClustersForm({ fleet, onDone }: { fleet: NormalizedClusterGroup; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useApiMutation('updateClusterGroupAssociatedClusters');
  const form = useForm<AddClustersValues>({ initialValues: { clusterIds: [] } });
  const { clusterIds } = form.values;
  const name = fleet.metadata.name;

  const submit = (values: AddClustersValues) =>
    add.mutate(
      { clustergroupid: fleet.metadata.uid, clusterIds: values.clusterIds },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('fleets.members.added', { count: values.clusterIds.length, name }),
          });
          onDone();
        },
      },
    );

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={t('fleets.members.addSubmit', { count: clusterIds.length })}
      // Nothing chosen is not an error to explain, just nothing to send yet.
      disabled={clusterIds.length === 0}
      request={add}
    >
      <Text size="sm" c="dimmed">
        {t('fleets.create.clustersHint')}
      </Text>
      <DiscreteClusterPicker
        value={clusterIds}
        onChange={(ids) => form.setFieldValue('clusterIds', ids)}
        disabled={add.isPending}
      />
    </FormShell>
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

import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';
import { apiSentence } from '@/components/ApiText';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormModal, FormShell } from '@/components/form/FormShell';
import { DiscreteClusterPicker } from './DiscreteClusterPicker';
import { MembersReview } from './MembersReview';

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
      title={apiSentence({ name }, (slots) => t('fleets.members.addTitle', slots))}
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
  // Choosing, then reviewing whose access the change moves; the choice is kept between the two.
  const [reviewing, setReviewing] = useState(false);
  const { clusterIds } = form.values;
  const name = fleet.metadata.name;

  const submit = (values: AddClustersValues) => {
    if (!reviewing) {
      setReviewing(true);
      return;
    }
    add.mutate(
      { clustergroupid: fleet.metadata.uid, clusterIds: values.clusterIds },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: apiSentence({ name }, (slots) =>
              t('fleets.members.added', { ...slots, count: values.clusterIds.length }),
            ),
          });
          onDone();
        },
      },
    );
  };

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={
        reviewing
          ? t('fleets.members.addSubmit', { count: clusterIds.length })
          : t('fleets.review.next')
      }
      // Nothing chosen is not an error to explain, just nothing to send yet.
      disabled={clusterIds.length === 0}
      request={add}
    >
      {/* The picker stays mounted while the review shows: Back returns to it as it was. */}
      <div hidden={reviewing}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('fleets.create.clustersHint')}
          </Text>
          <DiscreteClusterPicker
            value={clusterIds}
            onChange={(ids) => form.setFieldValue('clusterIds', ids)}
            disabled={add.isPending}
          />
        </Stack>
      </div>
      {reviewing && (
        <MembersReview
          clusterIds={clusterIds}
          intro={apiSentence({ name }, (slots) => t('fleets.members.reviewIntro', slots))}
          proposal={{ kind: 'moveClusters', clusterIds, fleetId: fleet.metadata.uid }}
          onBack={() => {
            add.reset();
            setReviewing(false);
          }}
          disabled={add.isPending}
        />
      )}
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
      title={apiSentence({ name, fleet: fleetName }, (slots) =>
        t('fleets.members.removeTitle', slots),
      )}
      confirmLabel={t('fleets.members.removeSubmit')}
      pending={leave.isPending}
      error={leave.error}
      onClose={close}
      size="lg"
      onConfirm={() =>
        cluster &&
        leave.mutate(
          { clusterid: cluster.metadata.uid },
          {
            onSuccess: () => {
              notifications.show({
                color: 'teal',
                message: apiSentence({ name, fleet: fleetName }, (slots) =>
                  t('fleets.members.removed', slots),
                ),
              });
              close();
            },
          },
        )
      }
    >
      <Text size="sm">{t('fleets.members.removeBody')}</Text>
      {federated && <Text size="sm">{t('fleets.members.removeFederated')}</Text>}
      <AccessImpactPreview
        proposal={
          cluster && { kind: 'moveClusters', clusterIds: [cluster.metadata.uid], fleetId: null }
        }
      />
    </ConfirmDialog>
  );
}

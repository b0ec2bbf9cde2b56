import { useState } from 'react';
import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import type { NormalizedCluster } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { LocationFields, locationSpec, type LocationValue } from '../LocationFields';
import { FormActions } from '@/components/FormActions';

interface EditLocationDialogProps {
  cluster: NormalizedCluster;
  opened: boolean;
  onClose: () => void;
}

/** Country and city of an attached or on-premises cluster (`updateCluster`, 3.1.4). */
export function EditLocationDialog({ cluster, opened, onClose }: EditLocationDialogProps) {
  const { t } = useTranslation();
  const update = useApiMutation('updateCluster');
  const initial = {
    country: cluster.spec.country ?? '',
    city: cluster.spec.country === 'CN' ? (cluster.spec.city ?? '') : '',
  };
  const [value, setValue] = useState<LocationValue>(initial);
  const missingCity = value.country === 'CN' && !value.city;
  // A 400 naming spec.city or spec.country belongs at that field.
  const serverMessage = isApiError(update.error) ? update.error.message : '';
  const errors = {
    country: serverMessage.startsWith('spec.country') ? serverMessage : undefined,
    city: serverMessage.startsWith('spec.city') ? serverMessage : undefined,
  };
  const fieldError = Boolean(errors.country || errors.city);

  return (
    <Modal opened={opened} onClose={onClose} title={t('clusters.actions.editLocation')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!value.country || missingCity) return;
          update.mutate(
            {
              clusterid: cluster.metadata.uid,
              body: { kind: 'Cluster', apiVersion: 'v1', spec: locationSpec(value) },
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('clusters.actions.locationSaved') });
                onClose();
              },
            },
          );
        }}
      >
        <Stack>
          <LocationFields value={value} onChange={setValue} errors={errors} />
          {update.isError && !fieldError && <ErrorState error={update.error} />}
          <FormActions
            submitLabel={t('clusters.actions.saveLocation')}
            onCancel={onClose}
            disabled={!value.country || missingCity}
            pending={update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}

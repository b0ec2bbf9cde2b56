import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import type { NormalizedCluster } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { FormModal, FormShell } from '@/components/form/FormShell';
import {
  LocationFields,
  locationInputProps,
  locationRules,
  locationSpec,
  type LocationValue,
} from '../LocationFields';

interface EditLocationDialogProps {
  cluster: NormalizedCluster;
  opened: boolean;
  onClose: () => void;
}

/** Country and city of an attached or on-premises cluster (`updateCluster`, 3.1.4). */
export function EditLocationDialog({ cluster, opened, onClose }: EditLocationDialogProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('clusters.actions.editLocation')}>
      <EditLocationForm cluster={cluster} onDone={onClose} />
    </FormModal>
  );
}

/** The field a 400 is about when its message names `spec.country` or `spec.city`. */
function fieldOfError(error: unknown): keyof LocationValue | undefined {
  if (!isApiError(error)) return undefined;
  if (error.message.startsWith('spec.country')) return 'country';
  if (error.message.startsWith('spec.city')) return 'city';
  return undefined;
}

function EditLocationForm({ cluster, onDone }: { cluster: NormalizedCluster; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useApiMutation('updateCluster');
  const form = useForm<LocationValue>({
    initialValues: {
      country: cluster.spec.country ?? '',
      city: cluster.spec.country === 'CN' ? (cluster.spec.city ?? '') : '',
    },
    validate: locationRules(t),
  });

  const submit = (values: LocationValue) =>
    update.mutate(
      {
        clusterid: cluster.metadata.uid,
        body: { kind: 'Cluster', apiVersion: 'v1', spec: locationSpec(values) },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('clusters.actions.locationSaved') });
          onDone();
        },
        onError: (error) => {
          // A 400 naming spec.city or spec.country belongs at that field.
          const field = fieldOfError(error);
          if (field && isApiError(error)) form.setFieldError(field, error.message);
        },
      },
    );

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={t('clusters.actions.saveLocation')}
      request={update}
      errorAtField={(error) => Boolean(fieldOfError(error))}
    >
      <LocationFields {...locationInputProps(form)} />
    </FormShell>
  );
}

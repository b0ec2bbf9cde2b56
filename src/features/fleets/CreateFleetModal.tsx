import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import { useApiMutation } from '@/api/query';
import { FormModal, FormShell } from '@/components/form/FormShell';
import { DiscreteClusterPicker } from './DiscreteClusterPicker';
import { fleetDescriptionMaxLength } from '@/api/reference/names';
import { fleetNameProblem } from './fleetName';

/** UCS's answer to a name that is taken (409). */
const nameTakenCode = 'UCS.01100004';
const isNameTaken = (error: unknown) => isApiError(error) && error.code === nameTakenCode;

interface CreateFleetValues {
  name: string;
  description: string;
  clusterIds: string[];
}

export function CreateFleetModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('fleets.create.title')} size="xl">
      <CreateFleetForm onDone={onClose} />
    </FormModal>
  );
}

function CreateFleetForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('createClusterGroup');
  const form = useForm<CreateFleetValues>({
    initialValues: { name: '', description: '', clusterIds: [] },
    // The name is checked as it is typed; "required" waits until the operator has left it.
    validateInputOnChange: ['name', 'description'],
    validateInputOnBlur: ['name'],
    validate: {
      name: (name) => {
        const problem = fleetNameProblem(name);
        return problem ? t(`fleets.create.${problem.key}`, problem) : null;
      },
      description: (description) =>
        description.length > fleetDescriptionMaxLength
          ? t('fleets.create.descriptionTooLong', { max: fleetDescriptionMaxLength })
          : null,
    },
  });
  const { description, clusterIds } = form.values;

  const submit = (values: CreateFleetValues) => {
    const trimmed = values.description.trim();
    create.mutate(
      {
        body: {
          metadata: { name: values.name },
          spec: {
            ...(trimmed ? { description: trimmed } : {}),
            ...(values.clusterIds.length ? { clusterIds: values.clusterIds } : {}),
          },
        },
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('fleets.create.created', {
              name: values.name,
              count: values.clusterIds.length,
            }),
          });
          onDone();
        },
        onError: (error) => {
          // The input stays as typed; the reason shows at the field it is about.
          if (isNameTaken(error))
            form.setFieldError('name', t('fleets.create.nameTaken', { name: values.name }));
        },
      },
    );
  };

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={t('fleets.create.submit')}
      request={create}
      errorAtField={isNameTaken}
    >
      <TextInput
        label={t('fleets.create.name')}
        description={t('fleets.create.nameHint')}
        {...form.getInputProps('name')}
        required
        data-autofocus
        autoComplete="off"
        spellCheck={false}
      />
      <Textarea
        label={t('fleets.create.description')}
        {...form.getInputProps('description')}
        autosize
        minRows={2}
        maxRows={5}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={
          <Text
            span
            size="xs"
            c={description.length > fleetDescriptionMaxLength ? 'red' : 'dimmed'}
            aria-live="polite"
          >
            {t('fleets.create.descriptionCounter', {
              count: description.length,
              max: fleetDescriptionMaxLength,
            })}
          </Text>
        }
      />
      <Stack gap={4}>
        <Text fw={500} size="sm">
          {t('fleets.create.clusters')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('fleets.create.clustersHint')}
        </Text>
        <DiscreteClusterPicker
          value={clusterIds}
          onChange={(ids) => form.setFieldValue('clusterIds', ids)}
          disabled={create.isPending}
        />
      </Stack>
    </FormShell>
  );
}

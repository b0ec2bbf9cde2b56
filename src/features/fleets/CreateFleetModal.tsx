import { useState } from 'react';
import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import { useApiMutation } from '@/api/query';
import { FormModal, FormShell } from '@/components/form/FormShell';
import { DiscreteClusterPicker } from './DiscreteClusterPicker';
import { fleetDescriptionMaxLength } from '@/api/reference/names';
import { fleetNameProblem } from './fleetName';
import { MembersReview } from './MembersReview';

/** Stands for the fleet's id in the impact preview: UCS assigns the real one on creation. */
const newFleetId = 'new-fleet';

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
  const { clusterIds } = form.values;
  // With clusters chosen, a review of whose access moves comes before the fleet is created.
  const [reviewing, setReviewing] = useState(false);

  const submit = (values: CreateFleetValues) => {
    if (!reviewing && values.clusterIds.length > 0) {
      setReviewing(true);
      return;
    }
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
          if (isNameTaken(error)) {
            setReviewing(false);
            form.setFieldError('name', t('fleets.create.nameTaken', { name: values.name }));
          }
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
        reviewing || clusterIds.length === 0 ? t('fleets.create.submit') : t('fleets.review.next')
      }
      request={create}
      errorAtField={isNameTaken}
    >
      {/* The fields stay mounted while the review shows: Back returns to them as they were. */}
      <div hidden={reviewing}>
        <Stack gap="md">
          <CreateFleetFields form={form} disabled={create.isPending} />
        </Stack>
      </div>
      {reviewing && (
        <MembersReview
          clusterIds={clusterIds}
          intro={t('fleets.create.reviewIntro')}
          proposal={{
            kind: 'createFleet',
            fleetId: newFleetId,
            name: form.values.name,
            clusterIds,
          }}
          onBack={() => {
            create.reset();
            setReviewing(false);
          }}
          disabled={create.isPending}
        />
      )}
    </FormShell>
  );
}

function CreateFleetFields({
  form,
  disabled,
}: {
  form: UseFormReturnType<CreateFleetValues>;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { description, clusterIds } = form.values;
  return (
    <>
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
          disabled={disabled}
        />
      </Stack>
    </>
  );
}

import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { DiscreteClusterPicker } from './DiscreteClusterPicker';
import { fleetDescriptionMaxLength } from '@/api/reference/names';
import { fleetNameProblem } from './fleetName';

/** UCS's answer to a name that is taken (409). */
const nameTakenCode = 'UCS.01100004';

export function CreateFleetModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('fleets.create.title')} size="xl">
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {opened && <CreateFleetForm onDone={onClose} />}
    </Modal>
  );
}

function CreateFleetForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('createClusterGroup');
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [takenName, setTakenName] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [clusterIds, setClusterIds] = useState<string[]>([]);

  const problem = fleetNameProblem(name);
  // Checked as you type, but "required" only once the operator has been in the field.
  const showProblem = problem && (problem.key !== 'nameRequired' || nameTouched);
  const nameError =
    takenName === name
      ? t('fleets.create.nameTaken', { name })
      : showProblem
        ? t(`fleets.create.${problem.key}`, problem)
        : undefined;
  const descriptionTooLong = description.length > fleetDescriptionMaxLength;
  const otherError =
    create.error && !(isApiError(create.error) && create.error.code === nameTakenCode);

  const submit = () => {
    setNameTouched(true);
    if (problem || descriptionTooLong) return;
    create.mutate(
      {
        body: {
          metadata: { name },
          spec: {
            ...(description.trim() ? { description: description.trim() } : {}),
            ...(clusterIds.length ? { clusterIds } : {}),
          },
        },
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('fleets.create.created', { name, count: clusterIds.length }),
          });
          onDone();
        },
        onError: (error) => {
          // The input stays as typed; the reason shows at the field it is about.
          if (isApiError(error) && error.code === nameTakenCode) setTakenName(name);
        },
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('fleets.create.name')}
          description={t('fleets.create.nameHint')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          onBlur={() => setNameTouched(true)}
          error={nameError}
          required
          data-autofocus
          autoComplete="off"
          spellCheck={false}
        />
        <Textarea
          label={t('fleets.create.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={5}
          error={
            descriptionTooLong
              ? t('fleets.create.descriptionTooLong', { max: fleetDescriptionMaxLength })
              : undefined
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          description={
            <Text span size="xs" c={descriptionTooLong ? 'red' : 'dimmed'} aria-live="polite">
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
            onChange={setClusterIds}
            disabled={create.isPending}
          />
        </Stack>
        {otherError && <ErrorState error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('fleets.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Group, Text, Textarea, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '@/api/query';
import { ApiText } from '@/components/ApiText';
import { InlineEdit } from './InlineEdit';
import { fleetDescriptionMaxLength } from '@/api/reference/names';

/** The fleet's description, edited where it is shown (PUT description). */
export function FleetDescription({
  fleetId,
  description,
}: {
  fleetId: string;
  description: string;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);

  if (editing)
    return (
      <DescriptionEditor
        fleetId={fleetId}
        description={description}
        onDone={() => setEditing(false)}
      />
    );

  return (
    <Group
      gap={4}
      align="flex-start"
      wrap="nowrap"
      role="group"
      aria-label={t('fleets.page.description')}
    >
      <Text c={description ? undefined : 'dimmed'} miw={0}>
        {description ? <ApiText lines={3}>{description}</ApiText> : t('fleets.list.noDescription')}
      </Text>
      <Tooltip label={t('fleets.page.editDescription')}>
        <ActionIcon
          variant="subtle"
          aria-label={t('fleets.page.editDescription')}
          onClick={() => setEditing(true)}
        >
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

interface DescriptionValues {
  description: string;
}

/** Mounted per edit, so each edit starts from the saved text and without the last error. */
function DescriptionEditor({
  fleetId,
  description,
  onDone,
}: {
  fleetId: string;
  description: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useApiMutation('updateClusterGroupDescription');
  const form = useForm<DescriptionValues>({
    initialValues: { description },
    // The limit is told as it is crossed, next to the counter.
    validateInputOnChange: true,
    validate: {
      description: (value) =>
        value.length > fleetDescriptionMaxLength
          ? t('fleets.create.descriptionTooLong', { max: fleetDescriptionMaxLength })
          : null,
    },
  });
  const field = useRef<HTMLTextAreaElement>(null);
  // Editing starts with the cursor in the field.
  useEffect(() => field.current?.focus(), []);
  const draft = form.values.description;

  return (
    <InlineEdit
      form={form}
      request={update}
      toRequest={(values) => ({ clustergroupid: fleetId, description: values.description.trim() })}
      savedMessage={t('fleets.page.descriptionSaved')}
      onDone={onDone}
      maw={640}
      disabled={draft.length > fleetDescriptionMaxLength}
    >
      <Textarea
        label={t('fleets.page.description')}
        {...form.getInputProps('description')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onDone();
          }
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
            event.currentTarget.form?.requestSubmit();
        }}
        autosize
        minRows={2}
        ref={field}
        disabled={update.isPending}
        description={`${t('fleets.create.descriptionCounter', {
          count: draft.length,
          max: fleetDescriptionMaxLength,
        })} · ${t('fleets.page.descriptionKeys')}`}
      />
    </InlineEdit>
  );
}

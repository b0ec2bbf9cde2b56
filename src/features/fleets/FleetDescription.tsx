import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
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
  const update = useApiMutation('updateClusterGroupDescription');
  const [draft, setDraft] = useState<string | null>(null);

  if (draft === null)
    return (
      <Group
        gap={4}
        align="flex-start"
        wrap="nowrap"
        role="group"
        aria-label={t('fleets.page.description')}
      >
        <Text c={description ? undefined : 'dimmed'}>
          {description || t('fleets.list.noDescription')}
        </Text>
        <Tooltip label={t('fleets.page.editDescription')}>
          <ActionIcon
            variant="subtle"
            aria-label={t('fleets.page.editDescription')}
            onClick={() => {
              update.reset();
              setDraft(description);
            }}
          >
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    );

  return <DescriptionEditor fleetId={fleetId} draft={draft} setDraft={setDraft} update={update} />;
}

function DescriptionEditor({
  fleetId,
  draft,
  setDraft,
  update,
}: {
  fleetId: string;
  draft: string;
  setDraft: (draft: string | null) => void;
  update: ReturnType<typeof useApiMutation<'updateClusterGroupDescription'>>;
}) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  // Editing starts with the cursor in the field.
  useEffect(() => field.current?.focus(), []);
  const tooLong = draft.length > fleetDescriptionMaxLength;
  const save = () => {
    if (tooLong) return;
    update.mutate(
      { clustergroupid: fleetId, description: draft.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('fleets.page.descriptionSaved') });
          setDraft(null);
        },
      },
    );
  };

  return (
    <Stack gap="xs" maw={640}>
      <Textarea
        label={t('fleets.page.description')}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            setDraft(null);
          }
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
        }}
        autosize
        minRows={2}
        ref={field}
        disabled={update.isPending}
        error={
          tooLong
            ? t('fleets.create.descriptionTooLong', { max: fleetDescriptionMaxLength })
            : undefined
        }
        description={`${t('fleets.create.descriptionCounter', {
          count: draft.length,
          max: fleetDescriptionMaxLength,
        })} · ${t('fleets.page.descriptionKeys')}`}
      />
      {update.isError && <ErrorState error={update.error} />}
      <Group gap="xs">
        <Button size="xs" onClick={save} loading={update.isPending} disabled={tooLong}>
          {t('fleets.page.save')}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => setDraft(null)}
          disabled={update.isPending}
        >
          {t('fleets.page.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

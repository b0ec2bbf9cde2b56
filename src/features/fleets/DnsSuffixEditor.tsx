import { useId, useState } from 'react';
import { Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';

const dnsName =
  /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

/** The fleet's DNS suffixes, edited in place once the fleet is federated. */
export function DnsSuffixEditor({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const federated = Boolean(fleet.spec.federationId);
  const update = useApiMutation('updateClusterGroupAssociatedZones');
  const [draft, setDraft] = useState<string[] | null>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const current = fleet.spec.dnsSuffix ?? [];
  const labelId = useId();

  if (draft === null)
    return (
      <Stack gap={4} role="group" aria-labelledby={labelId}>
        <Text size="sm" c="dimmed" id={labelId}>
          {t('fleets.federationTab.dns')}
        </Text>
        <Group gap="sm">
          <Text>{current.length ? current.join(', ') : t('common.none')}</Text>
          {federated ? (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => {
                update.reset();
                setRejected(null);
                setDraft(current);
              }}
            >
              {t('fleets.federationTab.dnsEdit')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {t('fleets.federationTab.dnsOnlyFederated')}
            </Text>
          )}
        </Group>
      </Stack>
    );

  return (
    <Stack gap="xs" maw={560}>
      <TagsInput
        label={t('fleets.federationTab.dnsLabel')}
        description={t('fleets.federationTab.dnsHint')}
        value={draft}
        onChange={(names) => {
          const invalid = names.find((name) => !dnsName.test(name));
          setRejected(invalid ?? null);
          setDraft(names.filter((name) => dnsName.test(name)));
        }}
        acceptValueOnBlur
        disabled={update.isPending}
        error={rejected ? t('fleets.federationTab.dnsInvalid', { name: rejected }) : undefined}
      />
      {update.isError && <ErrorState error={update.error} />}
      {/* Save first and small, as in the fleet's description: both are edits in place, not a form. */}
      <Group gap="xs">
        <Button
          size="xs"
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { clustergroupid: fleet.metadata.uid, dnsSuffix: draft },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    message: t('fleets.federationTab.dnsSaved'),
                  });
                  setDraft(null);
                },
              },
            )
          }
        >
          {t('fleets.page.save')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setDraft(null)}>
          {t('fleets.page.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

import { useId, useState } from 'react';
import { Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { InlineEdit } from './InlineEdit';
import { dnsDomainPattern } from '@/api/reference/names';

/** The fleet's DNS suffixes, edited in place once the fleet is federated. */
export function DnsSuffixEditor({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const federated = Boolean(fleet.spec.federationId);
  const [editing, setEditing] = useState(false);
  const current = fleet.spec.dnsSuffix ?? [];
  const labelId = useId();

  if (editing)
    return <DnsSuffixForm fleet={fleet} current={current} onDone={() => setEditing(false)} />;

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
            onClick={() => setEditing(true)}
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
}

interface DnsSuffixValues {
  dnsSuffix: string[];
}

/** Mounted per edit, so each edit starts from the saved suffixes and without the last error. */
function DnsSuffixForm({
  fleet,
  current,
  onDone,
}: {
  fleet: NormalizedClusterGroup;
  current: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useApiMutation('updateClusterGroupAssociatedZones');
  const form = useForm<DnsSuffixValues>({ initialValues: { dnsSuffix: current } });

  // A name that is not a domain never becomes a tag: it is dropped, and the field says why.
  const change = (names: string[]) => {
    const invalid = names.find((name) => !dnsDomainPattern.test(name));
    form.setFieldValue(
      'dnsSuffix',
      names.filter((name) => dnsDomainPattern.test(name)),
    );
    form.setFieldError(
      'dnsSuffix',
      invalid ? t('fleets.federationTab.dnsInvalid', { name: invalid }) : null,
    );
  };

  return (
    <InlineEdit
      form={form}
      request={update}
      toRequest={(values) => ({ clustergroupid: fleet.metadata.uid, dnsSuffix: values.dnsSuffix })}
      savedMessage={t('fleets.federationTab.dnsSaved')}
      onDone={onDone}
      maw={560}
    >
      <TagsInput
        label={t('fleets.federationTab.dnsLabel')}
        description={t('fleets.federationTab.dnsHint')}
        {...form.getInputProps('dnsSuffix')}
        onChange={change}
        acceptValueOnBlur
        disabled={update.isPending}
      />
    </InlineEdit>
  );
}

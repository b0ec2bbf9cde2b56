import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { policyTypes, isPolicyType, type PolicyType } from './policyModel';

interface PolicyTypeFieldProps {
  value: PolicyType;
  /** Whether switching away would throw away contents the operator ticked or UCS stored. */
  switchLosesContents: (next: PolicyType) => boolean;
  onChange: (next: PolicyType) => void;
  error?: string;
}

/**
 * The policy type, with what its template allows in words. Switching to a template replaces the
 * contents, so when that would lose ticked verbs the operator is asked first.
 */
export function PolicyTypeField({
  value,
  switchLosesContents,
  onChange,
  error,
}: PolicyTypeFieldProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PolicyType | null>(null);

  const request = (next: string) => {
    if (!isPolicyType(next) || next === value) return;
    if (switchLosesContents(next)) setPending(next);
    else onChange(next);
  };

  return (
    <>
      <Radio.Group
        label={t('permissions.form.type')}
        value={value}
        onChange={request}
        error={error}
      >
        <Group gap="lg" mt={6}>
          {policyTypes.map((type) => (
            <Radio key={type} value={type} label={t(`permissions.types.${type}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t(`permissions.templates.${value}`)}
      </Text>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('permissions.switchType.title')}
      >
        {pending && (
          <Stack gap="md">
            <Text size="sm">
              {t('permissions.switchType.body', { type: t(`permissions.types.${pending}`) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`permissions.templates.${pending}`)}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setPending(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="orange"
                onClick={() => {
                  onChange(pending);
                  setPending(null);
                }}
              >
                {t('permissions.switchType.confirm', { type: t(`permissions.types.${pending}`) })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

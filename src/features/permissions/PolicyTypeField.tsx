import { memo, useState, type ReactNode } from 'react';
import { Group, Radio, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { policyTypes, isPolicyType, type PolicyType } from './policyModel';

interface PolicyTypeFieldProps {
  value: PolicyType;
  /** Whether switching away would throw away contents the operator ticked or UCS stored. */
  switchLosesContents: boolean;
  onChange: (next: PolicyType) => void;
  error?: ReactNode;
}

/**
 * The policy type, with what its template allows in words. Switching to a template replaces the
 * contents, so when that would lose ticked verbs the operator is asked first. Memoised: typing
 * in another field of the editor does not redraw it.
 */
export const PolicyTypeField = memo(function PolicyTypeField({
  value,
  switchLosesContents,
  onChange,
  error,
}: PolicyTypeFieldProps) {
  const { t } = useTranslation();
  // The type waiting for the operator's confirmation: the dialog's state, not the form's.
  const [pending, setPending] = useState<PolicyType | null>(null);

  const request = (next: string) => {
    if (!isPolicyType(next) || next === value) return;
    if (switchLosesContents) setPending(next);
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
      <ConfirmDialog
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('permissions.switchType.title')}
        confirmLabel={
          pending &&
          t('permissions.switchType.confirm', { type: t(`permissions.types.${pending}`) })
        }
        onConfirm={() => {
          if (pending) onChange(pending);
          setPending(null);
        }}
      >
        {pending && (
          <>
            <Text size="sm">
              {t('permissions.switchType.body', { type: t(`permissions.types.${pending}`) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`permissions.templates.${pending}`)}
            </Text>
          </>
        )}
      </ConfirmDialog>
    </>
  );
});

import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface FormActionsProps {
  submitLabel: ReactNode;
  onCancel: () => void;
  /** The request is running: the submit button is busy and Cancel waits for it. */
  pending?: boolean;
  /** The form is not ready to send (a required field is empty, a name not typed). */
  disabled?: boolean;
  /** Red for what deletes or takes something away. */
  destructive?: boolean;
  /** Without it the button submits the surrounding form, so Enter sends it too. */
  onSubmit?: () => void;
  submitIcon?: ReactNode;
}

/** The one row of Cancel and submit buttons at the foot of every form and dialog. */
export function FormActions({
  submitLabel,
  onCancel,
  pending = false,
  disabled = false,
  destructive = false,
  onSubmit,
  submitIcon,
}: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button
        type={onSubmit ? 'button' : 'submit'}
        onClick={onSubmit}
        color={destructive ? 'red' : undefined}
        disabled={disabled}
        loading={pending}
        leftSection={submitIcon}
      >
        {submitLabel}
      </Button>
    </Group>
  );
}

import type { ReactNode } from 'react';
import { Box } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormShell } from '@/components/form/FormShell';

interface InlineEditProps<Values extends object> {
  form: UseFormReturnType<Values>;
  onSave: (values: Values) => void;
  /** Leaves the edit: after Cancel, and once saved. */
  onDone: () => void;
  saving: boolean;
  error: unknown;
  disabled?: boolean;
  maw: number;
  children: ReactNode;
}

/** An edit in place on the fleet page (description, DNS suffixes): the field, Cancel and Save. */
export function InlineEdit<Values extends object>({
  form,
  onSave,
  onDone,
  saving,
  error,
  disabled,
  maw,
  children,
}: InlineEditProps<Values>) {
  const { t } = useTranslation();
  return (
    <Box maw={maw}>
      <FormShell
        form={form}
        onSubmit={onSave}
        onCancel={onDone}
        submitLabel={t('fleets.page.save')}
        pending={saving}
        disabled={disabled}
        error={error}
      >
        {children}
      </FormShell>
    </Box>
  );
}

/** The request options of an in-place save: say it is saved, then leave the edit. */
export function closeWhenSaved(message: string, onDone: () => void) {
  return {
    onSuccess: () => {
      notifications.show({ color: 'teal', message });
      onDone();
    },
  };
}

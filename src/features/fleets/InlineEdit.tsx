import type { ReactNode } from 'react';
import { Box } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormShell } from '@/components/form/FormShell';

interface InlineEditProps<Values extends object, Vars> {
  form: UseFormReturnType<Values>;
  /** The save request; its pending state and error show in the form. */
  request: UseMutationResult<unknown, unknown, Vars>;
  /** The request's variables for valid values. */
  toRequest: (values: Values) => Vars;
  /** Told once the request succeeded, as the edit closes. */
  savedMessage: string;
  /** Leaves the edit: after Cancel, and once saved. */
  onDone: () => void;
  disabled?: boolean;
  maw: number;
  children: ReactNode;
}

/**
 * An edit in place on the fleet page (description, DNS suffixes): the field, Cancel and Save.
 * A failed save keeps the edit open with the input as typed; a successful one closes it.
 */
export function InlineEdit<Values extends object, Vars>({
  request,
  toRequest,
  savedMessage,
  onDone,
  maw,
  children,
  ...shell
}: InlineEditProps<Values, Vars>) {
  const { t } = useTranslation();
  const save = (values: Values) =>
    request.mutate(toRequest(values), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: savedMessage });
        onDone();
      },
    });
  return (
    <Box maw={maw}>
      <FormShell
        {...shell}
        onSubmit={save}
        onCancel={onDone}
        submitLabel={t('fleets.page.save')}
        request={request}
      >
        {children}
      </FormShell>
    </Box>
  );
}

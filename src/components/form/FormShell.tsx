import type { ReactNode } from 'react';
import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { ErrorState } from '@/components/ErrorState';
import { FormActions, type FormActionsProps } from './FormActions';

/** The running request, when one mutation is what the form sends. */
type FormRequest = Pick<UseMutationResult<unknown, unknown, never>, 'isPending' | 'error'>;

interface FormShellProps<Values extends object> extends Omit<
  FormActionsProps,
  'onSubmit' | 'pending'
> {
  /** A `useForm` from `@mantine/form`: its `validate` rules run before `onSubmit`. */
  form: UseFormReturnType<Values>;
  /** Called with valid values only; a failed rule puts its message at the field instead. */
  onSubmit: (values: Values) => void;
  /** The mutation the form sends: busy while it runs, its error shown under the fields. */
  request?: FormRequest;
  /**
   * Whether a field shows this error already (a taken name, set with `form.setFieldError`), so
   * the message is not shown twice.
   */
  errorAtField?: (error: unknown) => boolean;
  /** Busy without a single `request` (several requests, a pre-check). */
  pending?: boolean;
  /** A failed request no field owns, when the form has no single `request`. */
  error?: unknown;
  children: ReactNode;
}

/**
 * Every form's frame: fields, then the request's error, then Cancel and submit. Enter submits,
 * rules are checked first, and the browser's own validation bubbles stay off so each message
 * reads the same as the field's.
 */
export function FormShell<Values extends object>({
  form,
  onSubmit,
  request,
  errorAtField,
  pending = request?.isPending ?? false,
  error = request?.error,
  children,
  ...actions
}: FormShellProps<Values>) {
  const shownError = error && !errorAtField?.(error) ? error : null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        // A dialog's form is rendered in a portal but React bubbles its submit up the component
        // tree: without this, confirming a dialog opened from inside a form would submit that too.
        event.stopPropagation();
        form.onSubmit(onSubmit)(event);
      }}
    >
      <Stack gap="md">
        {children}
        {shownError ? <ErrorState error={shownError} /> : null}
        <FormActions {...actions} pending={pending} />
      </Stack>
    </form>
  );
}

type FormModalProps = Pick<ModalProps, 'opened' | 'onClose' | 'title' | 'size'> & {
  children: ReactNode;
};

/**
 * A dialog around one form. The form is mounted only while the dialog is open, so each opening
 * starts from its initial values and no half-typed input from a cancelled attempt comes back.
 */
export function FormModal({ opened, onClose, title, size = 'lg', children }: FormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      {opened && children}
    </Modal>
  );
}

import type { ReactNode } from 'react';
import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ErrorState } from '@/components/ErrorState';
import { FormActions } from './FormActions';

interface FormShellProps<Values extends object> {
  /** A `useForm` from `@mantine/form`: its `validate` rules run before `onSubmit`. */
  form: UseFormReturnType<Values>;
  /** Called with valid values only; a failed rule puts its message at the field instead. */
  onSubmit: (values: Values) => void;
  onCancel: () => void;
  submitLabel: ReactNode;
  submitIcon?: ReactNode;
  pending?: boolean;
  /** Not ready to send although every rule passes (a step not taken, nothing chosen). */
  disabled?: boolean;
  destructive?: boolean;
  /**
   * A failed request no field owns. A form that can place an error at its field (a taken name)
   * does so with `form.setFieldError` and leaves this unset, so no message shows twice.
   */
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
  onCancel,
  submitLabel,
  submitIcon,
  pending = false,
  disabled = false,
  destructive = false,
  error,
  children,
}: FormShellProps<Values>) {
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
        {error ? <ErrorState error={error} /> : null}
        <FormActions
          submitLabel={submitLabel}
          submitIcon={submitIcon}
          onCancel={onCancel}
          pending={pending}
          disabled={disabled}
          destructive={destructive}
        />
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

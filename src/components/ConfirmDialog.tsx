import type { ReactNode } from 'react';
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from './form/FormShell';

export interface ConfirmDialogProps {
  opened: boolean;
  title: ReactNode;
  /** What will happen, and what stops working; or, while `ready` is false, what is in the way. */
  children: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
  /** The request's state: the button is busy while it runs, its error shows above the buttons. */
  pending?: boolean;
  error?: unknown;
  /** A destructive action (the default) confirms in red. */
  destructive?: boolean;
  /**
   * False while a check before the action has not passed (still reading, or something in the
   * way that the dialog explains): the confirm button stays disabled.
   */
  ready?: boolean;
  /**
   * For what cannot be undone: the operator types `word` (the object's name) before the button
   * enables. `label` says so, e.g. "Type web-prod to deregister it".
   */
  typed?: { word: string; label?: ReactNode };
  size?: 'md' | 'lg';
}

/**
 * The one confirmation of the console: a dialog that says what will happen, shows the request's
 * error in place (nothing is lost when it fails) and confirms with the Enter key or the button.
 */
export function ConfirmDialog({
  opened,
  title,
  onClose,
  size = 'md',
  ...body
}: ConfirmDialogProps) {
  return (
    <FormModal opened={opened} onClose={onClose} title={title} size={size}>
      <ConfirmForm onClose={onClose} {...body} />
    </FormModal>
  );
}

type ConfirmFormProps = Omit<ConfirmDialogProps, 'opened' | 'title' | 'size'>;

function ConfirmForm({
  children,
  confirmLabel,
  onConfirm,
  onClose,
  pending = false,
  error,
  destructive = true,
  ready = true,
  typed,
}: ConfirmFormProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { entered: '' } });
  const wordTyped = !typed || form.values.entered.trim() === typed.word;

  return (
    <FormShell
      form={form}
      onSubmit={() => {
        if (ready && wordTyped && !pending) onConfirm();
      }}
      onCancel={onClose}
      submitLabel={confirmLabel}
      destructive={destructive}
      disabled={!ready || !wordTyped}
      pending={pending}
      error={error}
    >
      {children}
      {typed && (
        <TextInput
          label={typed.label ?? t('confirm.typeToConfirm', { word: typed.word })}
          {...form.getInputProps('entered')}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
      )}
    </FormShell>
  );
}

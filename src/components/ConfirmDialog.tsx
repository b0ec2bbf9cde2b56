import { useState, type ReactNode } from 'react';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './ErrorState';
import { FormActions } from './FormActions';

export interface ConfirmDialogProps {
  opened: boolean;
  title: ReactNode;
  /** What will happen, and what stops working. */
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
   * For what cannot be undone: the operator types `word` (the object's name) before the button
   * enables. `label` says so, e.g. "Type web-prod to deregister it".
   */
  typed?: { word: string; label?: string };
}

/**
 * The one confirmation of the console: a dialog that says what will happen, shows the request's
 * error in place (nothing is lost when it fails) and confirms with the Enter key or the button.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  pending = false,
  error,
  destructive = true,
  typed,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [entered, setEntered] = useState('');
  const ready = !typed || entered.trim() === typed.word;
  const close = () => {
    setEntered('');
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && !pending) onConfirm();
        }}
      >
        <Stack gap="md">
          {children}
          {typed && (
            <TextInput
              label={typed.label ?? t('confirm.typeToConfirm', { word: typed.word })}
              value={entered}
              onChange={(event) => setEntered(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
          )}
          {error ? <ErrorState error={error} /> : null}
          <FormActions
            submitLabel={confirmLabel}
            onCancel={close}
            destructive={destructive}
            disabled={!ready}
            pending={pending}
          />
        </Stack>
      </form>
    </Modal>
  );
}

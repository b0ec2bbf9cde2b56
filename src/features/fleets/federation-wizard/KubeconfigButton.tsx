import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ConnectStepState } from './connectStepState';

/**
 * A button that fetches a kubeconfig for the chosen validity. It waits while another of the
 * step's requests runs, and while the validity is not a valid number of days.
 */
export function KubeconfigButton({
  step,
  pending,
  onDays,
  variant,
  children,
}: {
  step: ConnectStepState;
  /** This button's own request runs. */
  pending: boolean;
  onDays: (days: number) => void;
  variant?: 'default';
  children: ReactNode;
}) {
  const { days } = step;
  return (
    <Button
      variant={variant}
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={pending}
      disabled={(step.busy && !pending) || days === null}
      onClick={() => days !== null && onDays(days)}
    >
      {children}
    </Button>
  );
}

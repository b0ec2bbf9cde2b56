import type { ReactNode } from 'react';
import { Paper, Stack, Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';

export function EmptyState({ message, action }: { message: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="sm">
        <IconInbox size={32} stroke={1.4} aria-hidden />
        <Text c="dimmed">{message}</Text>
        {action}
      </Stack>
    </Paper>
  );
}

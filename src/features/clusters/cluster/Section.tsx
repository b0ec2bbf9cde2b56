import type { ReactNode } from 'react';
import { Paper, Title } from '@mantine/core';

/** One titled card of the cluster page. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

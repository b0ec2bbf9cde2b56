import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title, type MantineSpacing } from '@mantine/core';

/** A bordered card of the fleet pages: a level-2 heading, an optional dimmed intro, its content. */
export function SectionCard({
  title,
  intro,
  gap = 'md',
  maw,
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  gap?: MantineSpacing;
  maw?: number;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={gap} maw={maw}>
        <Title order={2} size="h4">
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from './usePageTitle';

interface PageHeaderProps {
  title: ReactNode;
  /** The browser tab's title, when `title` is not plain text. */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The heading every page starts with: one h1, what the page is for, its main actions. */
export function PageHeader({ title, documentTitle, description, actions }: PageHeaderProps) {
  usePageTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="md">
      {/* Shrinks below its content's width: a title quoting a long API name wraps or is cut. */}
      <Stack gap={4} miw={0} flex="1 1 20rem">
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

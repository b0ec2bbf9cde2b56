import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { CopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The equivalent ClusterRole, read-only, updated as the form changes, with a copy button. */
export function ClusterRolePreview({ yaml }: { yaml: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="cluster-role-preview">
      <Stack gap="xs">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h4" id="cluster-role-preview">
            {t('permissions.preview.title')}
          </Title>
          <CopyButton value={yaml}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="light"
                color={copied ? 'teal' : undefined}
                leftSection={
                  copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                }
                onClick={copy}
              >
                {copied ? t('permissions.preview.copied') : t('permissions.preview.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          {t('permissions.preview.hint')}
        </Text>
        <Code
          block
          // A named region: a focusable scrollable block must say what it is.
          role="region"
          aria-label={t('permissions.preview.label')}
          style={{ maxHeight: '60vh', overflow: 'auto', whiteSpace: 'pre' }}
          // A scrollable region must be reachable by keyboard.
          tabIndex={0}
        >
          {yaml}
        </Code>
      </Stack>
    </Paper>
  );
}

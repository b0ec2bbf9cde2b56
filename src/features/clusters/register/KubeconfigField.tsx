import { useId } from 'react';
import { Button, Code, FileButton, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { kubeconfigProblemText, kubeconfigState, type RegisterFormApi } from './registerForm';

/**
 * The attached cluster's kubeconfig, pasted or uploaded, parsed as it changes: a file that is
 * not a kubeconfig is refused with the reason; otherwise the operator picks the context
 * (current-context by default) and sees the API server it points at.
 */
export function KubeconfigField({ form }: { form: RegisterFormApi }) {
  const { t } = useTranslation();
  const state = kubeconfigState(form.values);
  // The live parse result wins while typing; otherwise what Next found or UCS sent back.
  const shown = kubeconfigProblemText(state, t) ?? form.errors.kubeconfigText;
  // A new text starts from its own current-context.
  const setText = (text: string) => {
    form.setFieldValue('kubeconfigText', text);
    form.setFieldValue('context', '');
  };
  const serverLabelId = useId();

  return (
    <Stack gap="xs">
      <Textarea
        label={t('clusters.wizard.kubeconfig')}
        description={t('clusters.wizard.kubeconfigHint')}
        value={form.values.kubeconfigText}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={6}
        maxRows={16}
        required
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        error={shown}
      />
      <FileButton
        onChange={(file) => {
          if (!file) return;
          void file.text().then(setText);
        }}
        accept=".yaml,.yml,.json,.conf,.config,text/plain,application/json,application/yaml"
      >
        {(props) => (
          <Button
            {...props}
            variant="default"
            size="xs"
            w="fit-content"
            leftSection={<IconUpload size={14} aria-hidden />}
          >
            {t('clusters.wizard.kubeconfigUpload')}
          </Button>
        )}
      </FileButton>
      {state?.parsed.ok && (
        <Group align="flex-end" gap="md">
          <Select
            label={t('clusters.wizard.context')}
            description={t('clusters.wizard.contextHint')}
            data={state.parsed.contexts.map((context) => context.name)}
            value={state.contextName ?? null}
            onChange={(context) => {
              form.setFieldValue('context', context ?? '');
              // Another context may be the fix for what was said about the kubeconfig.
              form.clearFieldError('kubeconfigText');
            }}
            allowDeselect={false}
            w={320}
          />
          {state.check?.ok && (
            <Stack gap={2} role="group" aria-labelledby={serverLabelId}>
              <Text size="sm" fw={500} id={serverLabelId}>
                {t('clusters.wizard.server')}
              </Text>
              <Code>{state.check.server}</Code>
            </Stack>
          )}
        </Group>
      )}
    </Stack>
  );
}

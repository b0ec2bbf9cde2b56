import { useId } from 'react';
import { Button, Code, FileButton, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  kubeconfigProblem,
  kubeconfigState,
  type Problem,
  type RegisterForm,
} from './registerForm';
import { useProblemText } from './problemText';

interface KubeconfigFieldProps {
  form: RegisterForm;
  change: (change: Partial<RegisterForm>) => void;
  /** A problem found on Next or sent back by UCS; the live parse result wins while typing. */
  error?: Problem;
}

/**
 * The attached cluster's kubeconfig, pasted or uploaded, parsed as it changes: a file that is
 * not a kubeconfig is refused with the reason; otherwise the operator picks the context
 * (current-context by default) and sees the API server it points at.
 */
export function KubeconfigField({ form, change, error }: KubeconfigFieldProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const state = kubeconfigState(form);
  const liveProblem =
    state && !state.parsed.ok
      ? kubeconfigProblem(state.parsed.problem)
      : state?.check && !state.check.ok
        ? kubeconfigProblem(state.check.problem)
        : undefined;
  const shown = liveProblem ?? error;
  const serverLabelId = useId();

  return (
    <Stack gap="xs">
      <Textarea
        label={t('clusters.wizard.kubeconfig')}
        description={t('clusters.wizard.kubeconfigHint')}
        value={form.kubeconfigText}
        onChange={(event) => change({ kubeconfigText: event.currentTarget.value, context: '' })}
        autosize
        minRows={6}
        maxRows={16}
        required
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        error={problemText(shown)}
      />
      <FileButton
        onChange={(file) => {
          if (!file) return;
          void file.text().then((text) => change({ kubeconfigText: text, context: '' }));
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
            onChange={(context) => change({ context: context ?? '' })}
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

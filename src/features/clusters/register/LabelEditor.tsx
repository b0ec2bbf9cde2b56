import type { ReactNode } from 'react';
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { labelProblems, type LabelProblem, type LabelRow } from './labels';

interface LabelEditorProps {
  rows: LabelRow[];
  onChange: (rows: LabelRow[]) => void;
  /**
   * A message about the labels as a whole (UCS's refusal). While a row has a problem, that row
   * says why, and this stays unshown: it would only repeat the rows.
   */
  error?: ReactNode;
}

const problemKeys = {
  keyRequired: 'clusters.wizard.labelKeyRequired',
  keyInvalid: 'clusters.wizard.labelKeyInvalid',
  valueInvalid: 'clusters.wizard.labelValueInvalid',
  duplicate: 'clusters.wizard.labelDuplicate',
} as const satisfies Record<LabelProblem, string>;

/** Key/value rows with Kubernetes syntax checked as they are typed. */
export function LabelEditor({ rows, onChange, error }: LabelEditorProps) {
  const { t } = useTranslation();
  const problems = labelProblems(rows);
  const nextId = rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
  const update = (id: number, change: Partial<LabelRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));

  return (
    <Fieldset legend={t('clusters.wizard.labels')} variant="unstyled">
      <Stack gap="xs">
        {rows.map((row, index) => {
          const problem = problems.get(row.id);
          return (
            <Group key={row.id} align="flex-start" wrap="nowrap">
              <TextInput
                label={t('clusters.wizard.labelKey')}
                aria-label={`${t('clusters.wizard.labelKey')} ${index + 1}`}
                labelProps={{ hidden: index > 0 }}
                value={row.key}
                onChange={(event) => update(row.id, { key: event.currentTarget.value })}
                error={problem?.key ? t(problemKeys[problem.key]) : undefined}
                spellCheck={false}
                style={{ flex: 1 }}
              />
              <TextInput
                label={t('clusters.wizard.labelValue')}
                aria-label={`${t('clusters.wizard.labelValue')} ${index + 1}`}
                labelProps={{ hidden: index > 0 }}
                value={row.value}
                onChange={(event) => update(row.id, { value: event.currentTarget.value })}
                error={problem?.value ? t(problemKeys[problem.value]) : undefined}
                spellCheck={false}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={index === 0 ? 25 : 0}
                aria-label={t('clusters.wizard.removeLabel', { key: row.key || index + 1 })}
                onClick={() => onChange(rows.filter((other) => other.id !== row.id))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        {error && problems.size === 0 && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...rows, { id: nextId, key: '', value: '' }])}
        >
          {t('clusters.wizard.addLabel')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

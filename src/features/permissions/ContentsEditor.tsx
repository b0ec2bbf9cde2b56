import { memo, type ReactNode } from 'react';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RuleGrid } from './RuleGrid';
import { emptyRule, type GridRule } from './policyModel';

interface ContentsEditorProps {
  rules: GridRule[];
  onChange: (rules: GridRule[]) => void;
  /** Template types show their contents but only Custom edits them. */
  readOnly: boolean;
  /** Each rule's message (it grants nothing), by index. */
  ruleErrors: readonly ReactNode[];
  /** About the contents as a whole: nothing granted, or UCS's refusal of `spec.contents`. */
  error?: ReactNode;
}

/**
 * The verbs × resources rules of a policy: one grid per rule, at least one rule. Memoised: the
 * grids are the editor's largest part, and typing a name or description leaves them as they are.
 */
export const ContentsEditor = memo(function ContentsEditor({
  rules,
  onChange,
  readOnly,
  ruleErrors,
  error,
}: ContentsEditorProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('permissions.contents.title')}
      </Title>
      {readOnly && (
        <Alert variant="light" color="gray" icon={<IconLock aria-hidden />}>
          {t('permissions.templates.lockedHint')}
        </Alert>
      )}
      {rules.map((rule, index) => (
        <RuleGrid
          key={index}
          rule={rule}
          index={index}
          readOnly={readOnly}
          onChange={(next) =>
            onChange(rules.map((existing, at) => (at === index ? next : existing)))
          }
          onRemove={
            rules.length > 1 ? () => onChange(rules.filter((_, at) => at !== index)) : undefined
          }
          error={ruleErrors[index]}
        />
      ))}
      {!readOnly && (
        <Button
          variant="light"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...rules, emptyRule()])}
        >
          {t('permissions.contents.addRule')}
        </Button>
      )}
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
});

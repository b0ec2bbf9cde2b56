import { useMemo, type RefObject } from 'react';
import { Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IamUsersField } from './IamUsersField';
import { switchLosesContents } from './policyModel';
import { PolicyTypeField } from './PolicyTypeField';
import type { PolicyMode, usePolicyForm } from './usePolicyForm';

interface PolicyBasicsFieldsProps {
  policy: ReturnType<typeof usePolicyForm>;
  mode: PolicyMode;
  /** Focused when the name is what stops a save. */
  nameInput: RefObject<HTMLInputElement | null>;
}

/** Name, type, description and IAM users: everything of a policy but its contents. */
export function PolicyBasicsFields({ policy, mode, nameInput }: PolicyBasicsFieldsProps) {
  const { t } = useTranslation();
  const { form } = policy;
  const { type, description } = form.values;
  const { rules, iamUserIDs } = policy;
  const losesContents = useMemo(() => switchLosesContents({ type, rules }), [type, rules]);

  return (
    <Stack gap="md">
      <TextInput
        label={t('permissions.form.name')}
        description={
          mode === 'create' ? t('permissions.form.nameHint') : t('permissions.form.nameFixed')
        }
        {...form.getInputProps('name')}
        ref={nameInput}
        readOnly={mode === 'edit'}
        required={mode === 'create'}
        autoComplete="off"
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <PolicyTypeField
        value={type}
        switchLosesContents={losesContents}
        onChange={policy.changeType}
        error={policy.errorAt('type')}
      />
      <Textarea
        label={t('permissions.form.description')}
        description={t('permissions.form.descriptionCounter', { length: description.length })}
        {...form.getInputProps('description')}
        autosize
        minRows={2}
        maxRows={6}
      />
      <IamUsersField
        value={iamUserIDs}
        onChange={policy.changeUsers}
        error={policy.errorAt('iamUserIDs')}
      />
    </Stack>
  );
}

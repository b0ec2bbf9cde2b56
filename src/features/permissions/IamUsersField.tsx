import { useState } from 'react';
import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isValidIamUserId } from './policyValidation';

interface IamUsersFieldProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** A server error about `spec.iamUserIDs`. */
  serverError?: string;
}

/**
 * IAM user IDs as chips. Each entry is checked when added; a malformed one is refused with the
 * reason and left in the box to be corrected.
 */
export function IamUsersField({ value, onChange, serverError }: IamUsersFieldProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [rejected, setRejected] = useState<string | null>(null);
  // IDs UCS already stores but that do not look right: shown, never silently dropped.
  const storedInvalid = value.filter((id) => !isValidIamUserId(id));

  const onEntries = (entries: string[]) => {
    const cleaned = entries.map((entry) => entry.trim()).filter(Boolean);
    const added = cleaned.filter((entry) => !value.includes(entry));
    const invalid = added.find((entry) => !isValidIamUserId(entry));
    setRejected(invalid ?? null);
    if (invalid) setSearch(invalid);
    const kept = cleaned.filter((entry) => value.includes(entry) || isValidIamUserId(entry));
    onChange([...new Set(kept.map((id) => (value.includes(id) ? id : id.toLowerCase())))]);
  };

  const error =
    rejected !== null
      ? t('permissions.users.invalid', { value: rejected, length: rejected.length })
      : storedInvalid.length > 0
        ? t('permissions.users.invalidStored', { ids: storedInvalid.join(', ') })
        : serverError;

  return (
    <TagsInput
      label={t('permissions.users.label')}
      description={t('permissions.users.hint')}
      placeholder={t('permissions.users.placeholder')}
      value={value}
      onChange={onEntries}
      searchValue={search}
      onSearchChange={(next) => {
        setSearch(next);
        setRejected(null);
      }}
      splitChars={[',', ' ', ';']}
      acceptValueOnBlur
      clearable
      error={error}
      styles={{ pill: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );
}

import { memo, useState, type ReactNode } from 'react';
import { Pill, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiText } from '@/components/ApiText';
import { isValidIamUserId } from './policyValidation';

interface IamUsersFieldProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The form's message: stored IDs that do not look right, or UCS's refusal. */
  error?: ReactNode;
}

/**
 * IAM user IDs as chips. Each entry is checked when added; a malformed one is refused with the
 * reason and left in the box to be corrected. IDs UCS already stores but that do not look right
 * are kept and named by the form's rule, never silently dropped. Memoised: typing elsewhere in
 * the editor does not redraw it.
 */
export const IamUsersField = memo(function IamUsersField({
  value,
  onChange,
  error,
}: IamUsersFieldProps) {
  const { t } = useTranslation();
  // The text being typed and the entry just refused belong to the box, not to the form's values.
  const [search, setSearch] = useState('');
  const [rejected, setRejected] = useState<string | null>(null);

  const onEntries = (entries: string[]) => {
    const cleaned = entries.map((entry) => entry.trim()).filter(Boolean);
    const added = cleaned.filter((entry) => !value.includes(entry));
    const invalid = added.find((entry) => !isValidIamUserId(entry));
    setRejected(invalid ?? null);
    if (invalid) setSearch(invalid);
    const kept = cleaned.filter((entry) => value.includes(entry) || isValidIamUserId(entry));
    onChange([...new Set(kept.map((id) => (value.includes(id) ? id : id.toLowerCase())))]);
  };

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
      error={
        rejected !== null
          ? t('permissions.users.invalid', { value: rejected, length: rejected.length })
          : error
      }
      // Stored IDs come from UCS as they are: each is isolated and cut to one line.
      renderPill={({ value: id, onRemove, disabled, reorderProps }) => (
        <Pill
          withRemoveButton={!disabled}
          onRemove={onRemove}
          disabled={disabled}
          ff="monospace"
          {...reorderProps}
        >
          <ApiText lines={1}>{id}</ApiText>
        </Pill>
      )}
    />
  );
});

import { useState } from 'react';
import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { commonResources, type GridRow } from './policyModel';
import { isValidResource } from './policyValidation';

interface ResourcesInputProps {
  /** The rule's number, as the operator reads it ("Rule 2"). */
  number: number;
  rows: readonly GridRow[];
  /** The rows for the resources now entered: known ones keep their verbs, new ones start empty. */
  onChange: (rows: GridRow[]) => void;
  readOnly?: boolean;
}

/** The resources a rule applies to, typed or picked; an invalid name is refused and kept. */
export function ResourcesInput({ number, rows, onChange, readOnly }: ResourcesInputProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [rejected, setRejected] = useState<string | null>(null);

  const change = (values: string[]) => {
    const cleaned = values.map((value) => value.trim().toLowerCase()).filter(Boolean);
    const invalid = cleaned.find((value) => !isValidResource(value));
    setRejected(invalid ?? null);
    // A rejected entry goes back into the box so it can be corrected, not retyped.
    if (invalid) setSearch(invalid);
    const valid = [...new Set(cleaned.filter(isValidResource))];
    onChange(
      valid.map(
        (resource) => rows.find((row) => row.resource === resource) ?? { resource, verbs: [] },
      ),
    );
  };

  return (
    <TagsInput
      style={{ flex: 1 }}
      label={t('permissions.contents.resources', { index: number })}
      description={t('permissions.contents.resourcesHint')}
      placeholder={t('permissions.contents.resourcesPlaceholder')}
      data={[...commonResources]}
      value={rows.map((row) => row.resource)}
      onChange={change}
      searchValue={search}
      onSearchChange={(value) => {
        setSearch(value);
        setRejected(null);
      }}
      splitChars={[',', ' ']}
      acceptValueOnBlur
      clearable
      readOnly={readOnly}
      error={
        rejected !== null
          ? t('permissions.contents.invalidResource', { value: rejected })
          : undefined
      }
    />
  );
}

import { useState, type KeyboardEvent } from 'react';
import { Checkbox, Group, Radio, Stack, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { allNamespaces, commonNamespaces, normalizeNamespaces } from '@/api/bindings';
import { isNamespaceName } from '@/api/reference/names';

interface NamespaceScopeFieldProps {
  /** `['*']` for all namespaces, else the chosen names. */
  value: string[];
  onChange: (namespaces: string[]) => void;
  disabled?: boolean;
}

/**
 * Where a permission policy applies: all namespaces, or chosen ones (the common names as
 * checkboxes plus any typed name, each checked against Kubernetes' naming rule).
 */
export function NamespaceScopeField({ value, onChange, disabled }: NamespaceScopeFieldProps) {
  const { t } = useTranslation();
  const everywhere = value.includes(allNamespaces);
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('bindings.scope')}
        value={everywhere ? 'all' : 'chosen'}
        onChange={(scope) => onChange(scope === 'all' ? [allNamespaces] : ['default'])}
      >
        <Group gap="lg" mt={4}>
          <Radio value="all" label={t('bindings.allNamespaces')} disabled={disabled} />
          <Radio value="chosen" label={t('bindings.chosenNamespaces')} disabled={disabled} />
        </Group>
      </Radio.Group>
      {!everywhere && (
        <ChosenNamespaces namespaces={value} disabled={disabled} onChange={onChange} />
      )}
    </Stack>
  );
}

const common: readonly string[] = commonNamespaces;
const splitChars = [',', ' '];

function ChosenNamespaces({
  namespaces,
  disabled,
  onChange,
}: {
  namespaces: string[];
  disabled?: boolean;
  onChange: (namespaces: string[]) => void;
}) {
  const { t } = useTranslation();
  // The typed name is controlled so an invalid one stays in the field, with the reason, to fix.
  const [search, setSearch] = useState('');
  const [rejected, setRejected] = useState<string | null>(null);
  const picked = namespaces.filter((name) => common.includes(name));
  const typed = namespaces.filter((name) => !common.includes(name));

  const onTyped = (names: string[]) => {
    const trimmed = names.map((name) => name.trim());
    const invalid = trimmed.find((name) => !isNamespaceName(name));
    if (invalid !== undefined) {
      setRejected(invalid);
      setSearch(invalid);
    }
    onChange(normalizeNamespaces([...picked, ...trimmed.filter(isNamespaceName)]));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const name = search.trim();
    if ((event.key === 'Enter' || splitChars.includes(event.key)) && name) {
      if (isNamespaceName(name)) return;
      // Stops TagsInput from accepting (and clearing) a name Kubernetes would refuse.
      event.preventDefault();
      event.stopPropagation();
      setRejected(name);
    }
  };

  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('bindings.commonNamespaces')}
        value={picked}
        onChange={(next) => onChange(normalizeNamespaces([...next, ...typed]))}
        error={namespaces.length === 0 ? t('bindings.namespacesRequired') : undefined}
      >
        <Group gap="lg" mt={4}>
          {common.map((name) => (
            <Checkbox key={name} value={name} label={name} disabled={disabled} />
          ))}
        </Group>
      </Checkbox.Group>
      <TagsInput
        label={t('bindings.otherNamespaces')}
        description={t('bindings.otherNamespacesHint')}
        value={typed}
        onChange={onTyped}
        searchValue={search}
        onSearchChange={(next) => {
          setSearch(next);
          if (next) setRejected(null);
        }}
        onKeyDown={onKeyDown}
        splitChars={splitChars}
        acceptValueOnBlur
        disabled={disabled}
        error={rejected !== null ? t('bindings.invalidNamespace', { name: rejected }) : undefined}
      />
    </Stack>
  );
}

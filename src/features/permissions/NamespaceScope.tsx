import { useState } from 'react';
import { Checkbox, Group, Radio, Stack, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { allNamespaces, commonNamespaces, normalizeNamespaces } from '../../api/bindings';
import { isValidNamespaceName } from '../../components/RuleBindingsEditor';

const common: readonly string[] = commonNamespaces;

interface NamespaceScopeProps {
  /** `['*']` for all namespaces, else the chosen names. */
  value: string[];
  onChange: (namespaces: string[]) => void;
  disabled?: boolean;
}

/** All namespaces, or chosen ones: common names as checkboxes plus any typed name. */
export function NamespaceScope({ value, onChange, disabled }: NamespaceScopeProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [rejected, setRejected] = useState<string | null>(null);
  const everywhere = value.includes(allNamespaces);
  const picked = value.filter((name) => common.includes(name));
  const typed = value.filter((name) => !common.includes(name) && name !== allNamespaces);

  const onTyped = (names: string[]) => {
    const cleaned = names.map((name) => name.trim());
    const invalid = cleaned.find((name) => !isValidNamespaceName(name));
    setRejected(invalid ?? null);
    if (invalid) setSearch(invalid);
    onChange(normalizeNamespaces([...picked, ...cleaned.filter(isValidNamespaceName)]));
  };

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('permissions.bindings.scope')}
        value={everywhere ? 'all' : 'chosen'}
        onChange={(scope) => onChange(scope === 'all' ? [allNamespaces] : ['default'])}
      >
        <Group gap="lg" mt={4}>
          <Radio value="all" label={t('permissions.bindings.allNamespaces')} disabled={disabled} />
          <Radio
            value="chosen"
            label={t('permissions.bindings.chosenNamespaces')}
            disabled={disabled}
          />
        </Group>
      </Radio.Group>
      {!everywhere && (
        <>
          <Checkbox.Group
            label={t('permissions.bindings.commonNamespaces')}
            value={picked}
            onChange={(next) => onChange(normalizeNamespaces([...next, ...typed]))}
            error={value.length === 0 ? t('permissions.bindings.namespacesRequired') : undefined}
          >
            <Group gap="lg" mt={4}>
              {common.map((name) => (
                <Checkbox key={name} value={name} label={name} disabled={disabled} />
              ))}
            </Group>
          </Checkbox.Group>
          <TagsInput
            label={t('permissions.bindings.otherNamespaces')}
            description={t('permissions.bindings.otherNamespacesHint')}
            value={typed}
            onChange={onTyped}
            searchValue={search}
            onSearchChange={(next) => {
              setSearch(next);
              setRejected(null);
            }}
            splitChars={[',', ' ']}
            acceptValueOnBlur
            disabled={disabled}
            error={
              rejected !== null
                ? t('permissions.bindings.invalidNamespace', { name: rejected })
                : undefined
            }
          />
        </>
      )}
    </Stack>
  );
}

import {
  ActionIcon,
  Anchor,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Stack,
  Text,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RuleIDNamespaces } from '@/api/bindings';
import { apiQuery } from '@/api/query';
import { NamespaceScopeField } from './NamespaceScopeField';
import { paths } from '@/paths';

/** True when every binding names at least one policy and one namespace, i.e. it can be sent. */
export function isCompleteBindings(value: readonly RuleIDNamespaces[]): boolean {
  return value.every((entry) => entry.ruleIDs.length > 0 && entry.namespaces.length > 0);
}

interface RuleBindingsEditorProps {
  /** The target's bindings, e.g. `toRuleIDNamespaces(fleet.spec.ruleNamespaces)`. */
  value: RuleIDNamespaces[];
  onChange: (value: RuleIDNamespaces[]) => void;
  disabled?: boolean;
}

/**
 * Edits one target's (a cluster's or a fleet's) permission-policy bindings: rows of policies ×
 * namespaces, where namespaces are "all namespaces" or chosen ones. Controlled and stateless
 * about the data, so the page decides when to send `associatedrules` (which replaces the whole
 * list) and can offer Save and Cancel around it.
 */
export function RuleBindingsEditor({ value, onChange, disabled }: RuleBindingsEditorProps) {
  const { t } = useTranslation();
  const rules = useQuery(apiQuery('listRules'));
  const options = (rules.data?.items ?? []).flatMap((rule) =>
    rule.metadata.uid ? [{ value: rule.metadata.uid, label: rule.metadata.name ?? '' }] : [],
  );

  const replaceRow = (index: number, row: RuleIDNamespaces) =>
    onChange(value.map((entry, at) => (at === index ? row : entry)));

  return (
    <Stack gap="md">
      {rules.isError && (
        <Text size="sm" c="red" role="alert">
          {t('bindings.policiesError')}
        </Text>
      )}
      {rules.isSuccess && options.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('bindings.noPolicies')}
        </Text>
      )}
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('bindings.empty')}
        </Text>
      )}
      {value.map((row, index) => (
        <BindingRow
          key={index}
          index={index}
          row={row}
          options={options}
          loading={rules.isPending}
          disabled={disabled}
          onChange={(next) => replaceRow(index, next)}
          onRemove={() => onChange(value.filter((_, at) => at !== index))}
        />
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        w="fit-content"
        disabled={disabled}
        // A new binding starts at the narrowest useful scope; widening it is a deliberate choice.
        onClick={() => onChange([...value, { ruleIDs: [], namespaces: ['default'] }])}
      >
        {t('bindings.add')}
      </Button>
    </Stack>
  );
}

interface BindingRowProps {
  index: number;
  row: RuleIDNamespaces;
  options: { value: string; label: string }[];
  loading: boolean;
  disabled?: boolean;
  onChange: (row: RuleIDNamespaces) => void;
  onRemove: () => void;
}

function BindingRow({
  index,
  row,
  options,
  loading,
  disabled,
  onChange,
  onRemove,
}: BindingRowProps) {
  const { t } = useTranslation();
  const label = t('bindings.row', { index: index + 1 });
  // A policy bound earlier may have been deleted since; keep it visible (and removable).
  const known = new Set(options.map((option) => option.value));
  const data = [
    ...options,
    ...row.ruleIDs
      .filter((id) => !known.has(id) && !loading)
      .map((id) => ({ value: id, label: t('bindings.unknownPolicy', { id }) })),
  ];
  const nameOf = (id: string) => data.find((option) => option.value === id)?.label ?? id;

  return (
    <Fieldset legend={label} disabled={disabled} styles={{ legend: { fontWeight: 600 } }}>
      <Stack gap="sm">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <MultiSelect
            style={{ flex: 1 }}
            label={t('bindings.policies')}
            placeholder={row.ruleIDs.length ? undefined : t('bindings.policiesPlaceholder')}
            data={data}
            value={row.ruleIDs}
            onChange={(ruleIDs) => onChange({ ...row, ruleIDs })}
            searchable
            disabled={disabled}
            nothingFoundMessage={loading ? t('bindings.policiesLoading') : t('bindings.noPolicies')}
            error={row.ruleIDs.length === 0 ? t('bindings.policiesRequired') : undefined}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            size="lg"
            aria-label={t('bindings.remove', { index: index + 1 })}
            disabled={disabled}
            onClick={onRemove}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
        {row.ruleIDs.length > 0 && (
          <Group gap="xs">
            {row.ruleIDs.map((id) => (
              <Anchor
                key={id}
                component={Link}
                to={paths.policy({ ruleId: id })}
                size="sm"
                aria-label={t('bindings.openPolicy', { name: nameOf(id) })}
              >
                {nameOf(id)}
              </Anchor>
            ))}
          </Group>
        )}
        <NamespaceScopeField
          value={row.namespaces}
          disabled={disabled}
          onChange={(namespaces) => onChange({ ...row, namespaces })}
        />
      </Stack>
    </Fieldset>
  );
}

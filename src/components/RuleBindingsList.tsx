import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allNamespaces } from '@/api/bindings';
import type { NormalizedRuleNamespace } from '@/api/normalize';
import { paths } from '@/paths';
import { ApiText } from './ApiText';

/**
 * A target's bindings as UCS reports them: one row per policy and the namespaces it applies to,
 * each policy linking to its page. Read-only; `RuleBindingsEditor` changes them.
 */
export function RuleBindingsList({
  ruleNamespaces = [],
  caption,
  inactiveReason,
}: {
  ruleNamespaces?: readonly NormalizedRuleNamespace[];
  caption?: ReactNode;
  /** Why none of these bindings applies (shown on each): "Inactive: follows fleet F's policies". */
  inactiveReason?: ReactNode;
}) {
  const { t } = useTranslation();
  const rows = ruleNamespaces.flatMap((entry, entryIndex) => {
    const namespaces = entry.namespaces ?? [];
    const rules = entry.rules?.length ? entry.rules : [undefined];
    return rules.map((rule, ruleIndex) => ({
      key: `${entryIndex}-${ruleIndex}`,
      rule,
      namespaces,
    }));
  });
  if (rows.length === 0) return <Text c="dimmed">{t('bindings.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs">
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bindings.policyColumn')}</Table.Th>
            <Table.Th>{t('bindings.namespacesColumn')}</Table.Th>
            {inactiveReason && <Table.Th>{t('bindings.statusColumn')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, rule, namespaces }) => (
            <Table.Tr key={key}>
              <Table.Td>
                {rule?.ruleID ? (
                  <Anchor component={Link} to={paths.policy({ ruleId: rule.ruleID ?? '' })}>
                    <ApiText lines={1} focusable={false}>
                      {rule.ruleName || rule.ruleID}
                    </ApiText>
                  </Anchor>
                ) : (
                  <Text span c="dimmed">
                    {t('bindings.unattributed')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {namespaces.map((namespace) => (
                    <Badge key={namespace} variant="light" color="gray" tt="none">
                      {namespace === allNamespaces ? t('bindings.allNamespaces') : namespace}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              {inactiveReason && (
                <Table.Td>
                  <Badge variant="outline" color="gray" tt="none">
                    <ApiText lines={1}>{inactiveReason}</ApiText>
                  </Badge>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allNamespaces } from '@/api/bindings';
import { ApiText, apiSentence } from '@/components/ApiText';
import { targetKey, targetPath, type PolicyBinding } from './policyBindings';

/** "All namespaces" for `*`, else the names, comma-separated. */
export function useNamespacesText() {
  const { t } = useTranslation();
  return (namespaces: readonly string[]) =>
    namespaces.includes(allNamespaces)
      ? t('permissions.binding.allNamespaces')
      : namespaces.join(', ');
}

/** One binding as a sentence: "Fleet cluster-test: default, storefront". */
export function useBindingText() {
  const { t } = useTranslation();
  const namespacesText = useNamespacesText();
  return (binding: PolicyBinding) =>
    t('permissions.binding.summary', {
      kind: t(`permissions.binding.${binding.kind}`),
      name: binding.name,
      namespaces: namespacesText(binding.namespaces),
    });
}

/** Namespaces as small badges; "All namespaces" stands out since it is the widest scope. */
export function NamespaceBadges({ namespaces }: { namespaces: readonly string[] }) {
  const { t } = useTranslation();
  if (namespaces.includes(allNamespaces))
    return (
      <Badge variant="light" color="orange" tt="none">
        {t('permissions.binding.allNamespaces')}
      </Badge>
    );
  return (
    <Group gap={4}>
      {namespaces.map((namespace) => (
        <Badge key={namespace} variant="outline" color="gray" tt="none">
          {namespace}
        </Badge>
      ))}
    </Group>
  );
}

/** A compact list of where a policy is bound, each target a link to its page. */
export function BindingList({ bindings }: { bindings: readonly PolicyBinding[] }) {
  const { t } = useTranslation();
  const namespacesText = useNamespacesText();
  if (bindings.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('permissions.list.notBound')}
      </Text>
    );
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {bindings.map((binding) => (
        <List.Item key={targetKey(binding)}>
          <Text span size="sm" c="dimmed">
            {t(`permissions.binding.${binding.kind}`)}{' '}
          </Text>
          <Anchor component={Link} to={targetPath(binding)} size="sm" underline="always">
            <ApiText lines={1} focusable={false} maxWidth="14rem">
              {binding.name}
            </ApiText>
          </Anchor>
          <Text span size="sm">
            {': '}
            {namespacesText(binding.namespaces)}
          </Text>
          {binding.inactiveFollowing && (
            <Text span size="sm" c="dimmed">
              {' · '}
              {apiSentence({ fleet: binding.inactiveFollowing }, (slots) =>
                t('effectiveAccess.slice.inactiveReason', slots),
              )}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

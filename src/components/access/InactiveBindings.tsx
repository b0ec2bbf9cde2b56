import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InactiveBinding } from '@/api/access/effectiveAccess';
import { paths } from '@/paths';
import { apiList, apiSentence, ApiText } from '../ApiText';
import { useAccessText } from './useAccessText';

/** A member cluster's own bindings, shown as inactive with the reason: it follows its fleet's. */
export function InactiveBindings({ bindings }: { bindings: readonly InactiveBinding[] }) {
  const { t } = useTranslation();
  const { namespace } = useAccessText();
  if (bindings.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">
        {t('effectiveAccess.slice.inactiveTitle')}
      </Title>
      <List size="sm" spacing={4} listStyleType="none" withPadding={false}>
        {bindings.map((binding) => (
          <List.Item key={binding.ruleId}>
            <Group gap="xs" wrap="wrap">
              <Badge color="gray" variant="outline" tt="none">
                {t('effectiveAccess.slice.inactive')}
              </Badge>
              <Anchor component={Link} to={paths.policy({ ruleId: binding.ruleId })} size="sm">
                <ApiText lines={1} focusable={false}>
                  {binding.ruleName}
                </ApiText>
              </Anchor>
              <Text span size="sm">
                {apiList(binding.namespaces.map(namespace))}
              </Text>
              <Text span size="sm" c="dimmed">
                {apiSentence({ fleet: binding.fleetName }, (slots) =>
                  t('effectiveAccess.slice.inactiveReason', slots),
                )}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

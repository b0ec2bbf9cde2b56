import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Grant } from '@/api/access/effectiveAccess';
import { paths } from '@/paths';
import { ApiText } from '../ApiText';

/**
 * Why access is granted: each policy (a link to it) and where it is bound, the fleet or the
 * cluster itself (a link to that page).
 */
export function GrantSources({
  grants,
  cluster,
}: {
  grants: readonly Grant[];
  /** The cluster the grants apply on, named for grants bound on the cluster itself. */
  cluster?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {grants.map((grant) => (
        <List.Item key={`${grant.ruleId}-${grant.source.kind}`}>
          <Anchor component={Link} to={paths.policy({ ruleId: grant.ruleId })} size="sm">
            <ApiText lines={1} focusable={false} maxWidth="14rem">
              {grant.ruleName}
            </ApiText>
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            {grant.source.kind === 'fleet'
              ? t('effectiveAccess.boundToFleet')
              : t('effectiveAccess.boundToCluster')}
          </Text>{' '}
          {grant.source.kind === 'fleet' ? (
            <Anchor component={Link} to={paths.fleet({ fleetId: grant.source.fleetId })} size="sm">
              <ApiText lines={1} focusable={false} maxWidth="14rem">
                {grant.source.fleetName}
              </ApiText>
            </Anchor>
          ) : cluster ? (
            <Anchor component={Link} to={paths.cluster({ clusterId: cluster.id })} size="sm">
              <ApiText lines={1} focusable={false} maxWidth="14rem">
                {cluster.name}
              </ApiText>
            </Anchor>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}

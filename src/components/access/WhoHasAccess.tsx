import { useMemo } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccessFacts } from '@/api/access/effectiveAccess';
import { useAccessFacts } from '@/api/access/useAccessFacts';
import { paths } from '@/paths';
import { apiSentence, ApiText } from '../ApiText';
import { EmptyState } from '../EmptyState';
import { ErrorState } from '../ErrorState';
import { TableSkeleton } from '../TableSkeleton';
import { sliceOf, type AccessTarget } from './accessModel';
import { AccessMatrix } from './AccessMatrix';
import { InactiveBindings } from './InactiveBindings';

/**
 * A cluster's or a fleet's slice of effective access: who may do what there, per namespace
 * scope, and why. For a cluster in a fleet: that it follows the fleet's policies, and its own
 * bindings as inactive. `actions` (the report's export) goes beside the intro.
 */
export function AccessSliceView({
  facts,
  target,
  actions,
  explorerLink = false,
}: {
  facts: AccessFacts;
  target: AccessTarget;
  actions?: (slice: ReturnType<typeof sliceOf>) => React.ReactNode;
  explorerLink?: boolean;
}) {
  const { t } = useTranslation();
  const { kind, id } = target;
  const slice = useMemo(() => sliceOf(facts, { kind, id }), [facts, kind, id]);
  if (slice.missing) return <EmptyState message={t('effectiveAccess.slice.notFound')} />;
  const cluster = target.kind === 'cluster' ? { id: target.id, name: slice.name } : undefined;
  const members =
    target.kind === 'fleet'
      ? facts.clusters.filter((item) => item.spec.clusterGroupID === target.id).length
      : 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {target.kind === 'cluster'
              ? apiSentence({ name: slice.name }, (slots) =>
                  t('effectiveAccess.slice.clusterIntro', slots),
                )
              : apiSentence({ name: slice.name }, (slots) =>
                  t('effectiveAccess.slice.fleetIntro', slots),
                )}
          </Text>
          {target.kind === 'fleet' && (
            <Text size="sm" c="dimmed">
              {t('effectiveAccess.slice.members', { count: members })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {actions?.(slice)}
          {explorerLink && (
            <Button
              component={Link}
              variant="subtle"
              rightSection={<IconArrowRight size={16} aria-hidden />}
              to={paths.access('targets', { [target.kind]: target.id })}
            >
              {t('effectiveAccess.slice.openExplorer')}
            </Button>
          )}
        </Group>
      </Group>
      {slice.fleet && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={apiSentence({ fleet: slice.fleet.name }, (slots) =>
            t('effectiveAccess.slice.followsFleet', slots),
          )}
        >
          <Stack gap={4} align="flex-start">
            <Text size="sm">
              {apiSentence({ name: slice.name, fleet: slice.fleet.name }, (slots) =>
                t('effectiveAccess.slice.followsFleetBody', slots),
              )}
            </Text>
            <Anchor component={Link} to={paths.fleet({ fleetId: slice.fleet.id })} size="sm">
              <ApiText lines={2} focusable={false}>
                {apiSentence({ fleet: slice.fleet.name }, (slots) =>
                  t('effectiveAccess.slice.openFleet', slots),
                )}
              </ApiText>
            </Anchor>
          </Stack>
        </Alert>
      )}
      <AccessMatrix grants={slice.grants} cluster={cluster} />
      <InactiveBindings bindings={slice.inactive} />
    </Stack>
  );
}

/** The "Who has access" tab of a cluster or fleet page. */
export function WhoHasAccess({ target }: { target: AccessTarget }) {
  const { facts, isPending, error, refetch } = useAccessFacts();
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending || !facts) return <TableSkeleton rows={4} />;
  return <AccessSliceView facts={facts} target={target} explorerLink />;
}

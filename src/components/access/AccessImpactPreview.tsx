import { useId, useMemo } from 'react';
import { Badge, Group, List, Loader, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Grant, Permission } from '@/api/access/effectiveAccess';
import { impactOf, noChange, type AccessImpact, type AccessProposal } from '@/api/access/impact';
import { useAccessFacts } from '@/api/access/useAccessFacts';
import { ErrorState } from '../ErrorState';
import { AdminBadge } from './PermissionSummary';
import { useAccessText } from './useAccessText';

/** Users shown before "and N more IAM users"; the rest stay one scroll away in the summary. */
const maxUsers = 12;
/** Changes shown per user before "and N more changes". */
const maxChangesPerUser = 6;
/** Cluster names shown in one change before "and N more". */
const maxClusterNames = 3;

/**
 * One change of one user's access: the same gains and losses on every cluster and in every
 * namespace scope named. A fleet's binding changes every member alike, in each namespace it
 * names: one line, not one per member and namespace.
 */
interface ImpactGroup {
  key: string;
  namespaces: string[];
  clusterNames: string[];
  gained: Permission[];
  lost: Permission[];
}

const permissionKey = (permissions: readonly Permission[]) =>
  permissions
    .map(({ verb, resource }) => `${verb} ${resource}`)
    .sort()
    .join(',');

/** `*` first (the widest), then by name, as the explorer orders scopes. */
const scopeOrder = (a: string, b: string) => (a === '*' ? -1 : b === '*' ? 1 : a.localeCompare(b));

function groupsOf(deltas: AccessImpact['users'][number]['deltas']): ImpactGroup[] {
  // The same change in the same namespace scope: the clusters it happens on.
  const byScope = new Map<string, ImpactGroup & { change: string; clusterIds: string[] }>();
  for (const delta of deltas) {
    const change = `${permissionKey(delta.gained)}\u0000${permissionKey(delta.lost)}`;
    const key = `${delta.namespace}\u0000${change}`;
    const group = byScope.get(key);
    if (group) {
      group.clusterIds.push(delta.clusterId);
      group.clusterNames.push(delta.clusterName);
    } else
      byScope.set(key, {
        key,
        change,
        namespaces: [delta.namespace],
        clusterIds: [delta.clusterId],
        clusterNames: [delta.clusterName],
        gained: delta.gained,
        lost: delta.lost,
      });
  }
  // The same change on the same clusters: the namespace scopes it happens in.
  const merged = new Map<string, ImpactGroup>();
  for (const group of byScope.values()) {
    const key = `${group.change}\u0000${group.clusterIds.join(',')}`;
    const same = merged.get(key);
    if (same) same.namespaces.push(...group.namespaces);
    else
      merged.set(key, {
        key,
        namespaces: [...group.namespaces],
        clusterNames: group.clusterNames,
        gained: group.gained,
        lost: group.lost,
      });
  }
  return [...merged.values()].map((group) => ({
    ...group,
    namespaces: group.namespaces.sort(scopeOrder),
  }));
}

/** Permissions as one grant, so they read as the explorer's do: "get, list on pods". */
const asGrant = (permissions: readonly Permission[]): Grant => ({
  ruleId: '',
  ruleName: '',
  contents: permissions.map(({ verb, resource }) => ({ verbs: [verb], resources: [resource] })),
  source: { kind: 'cluster' },
});

type Computed =
  { impact: AccessImpact; error?: undefined } | { impact?: undefined; error: unknown };

/**
 * What a change does to access, before the operator confirms it: per IAM user, what they gain
 * and lose on which clusters, in which namespace scopes, computed by the access module from the
 * current lists and the proposed change. Nothing for a null proposal; the operator may confirm
 * while it loads or when it could not be computed.
 */
export function AccessImpactPreview({ proposal }: { proposal: AccessProposal | null }) {
  const { facts, error, refetch } = useAccessFacts();
  // Callers build the proposal in render: compare it by value, not identity, so the impact is
  // computed once per change and not on every keystroke elsewhere in the dialog.
  const key = proposal ? JSON.stringify(proposal) : '';
  const computed = useMemo<Computed | undefined>(() => {
    if (!facts || !key) return undefined;
    try {
      return { impact: impactOf(facts, JSON.parse(key) as AccessProposal) };
    } catch (failure) {
      return { error: failure };
    }
  }, [facts, key]);

  if (!proposal) return null;
  return (
    <ImpactFrame
      impact={computed?.impact}
      failure={error ?? computed?.error}
      onRetry={error ? () => void refetch() : undefined}
    />
  );
}

/** An impact its caller computed (a whole plan's), in the same frame; it reads nothing. */
export function AccessImpactSummary({ impact }: { impact: AccessImpact }) {
  return <ImpactFrame impact={impact} />;
}

function ImpactFrame({
  impact,
  failure,
  onRetry,
}: {
  impact?: AccessImpact;
  failure?: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="sm" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h6" id={headingId}>
          {t('effectiveAccess.impact.title')}
        </Title>
        {failure ? (
          <Stack gap="xs">
            <Text size="sm">{t('effectiveAccess.impact.failed')}</Text>
            <ErrorState error={failure} onRetry={onRetry} />
          </Stack>
        ) : impact ? (
          <ImpactBody impact={impact} />
        ) : (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('effectiveAccess.impact.loading')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function ImpactBody({ impact }: { impact: AccessImpact }) {
  const { t } = useTranslation();
  const clusters = new Set(
    impact.users.flatMap((user) => user.deltas.map((delta) => delta.clusterId)),
  );
  const shown = impact.users.slice(0, maxUsers);
  return (
    <Stack gap="xs">
      {noChange(impact) ? (
        <Text size="sm" fw={500}>
          {t('effectiveAccess.impact.noChange')}
        </Text>
      ) : (
        <Text size="sm">
          {t('effectiveAccess.impact.users', {
            count: impact.users.length,
            clusters: t('effectiveAccess.impact.clusters', { count: clusters.size }),
          })}
        </Text>
      )}
      {impact.activated > 0 && (
        <Text size="sm" c="dimmed">
          {t('effectiveAccess.impact.activated', { count: impact.activated })}
        </Text>
      )}
      {impact.deactivated > 0 && (
        <Text size="sm" c="dimmed">
          {t('effectiveAccess.impact.deactivated', { count: impact.deactivated })}
        </Text>
      )}
      {shown.length > 0 && (
        <ScrollArea.Autosize
          mah={360}
          type="auto"
          offsetScrollbars
          // A scrolled list with nothing focusable in it: the keyboard scrolls it once focused.
          viewportProps={{ tabIndex: 0 }}
        >
          <Stack gap="xs">
            {shown.map((user) => (
              <UserImpact key={user.userId} user={user} />
            ))}
            {impact.users.length > shown.length && (
              <Text size="sm" c="dimmed">
                {t('effectiveAccess.impact.moreUsers', {
                  count: impact.users.length - shown.length,
                })}
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

function UserImpact({ user }: { user: AccessImpact['users'][number] }) {
  const { t } = useTranslation();
  const groups = groupsOf(user.deltas);
  const shown = groups.slice(0, maxChangesPerUser);
  const clusters = new Set(user.deltas.map((delta) => delta.clusterId)).size;
  return (
    <Stack
      component="section"
      aria-label={t('effectiveAccess.impact.userLabel', { user: user.userId })}
      gap={6}
      pt={4}
    >
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600} ff="monospace">
          {user.userId}
        </Text>
        <Text size="xs" c="dimmed">
          {t('effectiveAccess.impact.userClusters', { count: clusters })}
        </Text>
      </Group>
      <Stack gap={8} pl="sm">
        {shown.map((group) => (
          <ChangeLines key={group.key} group={group} />
        ))}
        {groups.length > shown.length && (
          <Text size="sm" c="dimmed">
            {t('effectiveAccess.impact.moreChanges', { count: groups.length - shown.length })}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}

function ChangeLines({ group }: { group: ImpactGroup }) {
  const { t } = useTranslation();
  const { namespace } = useAccessText();
  const names = group.clusterNames.slice(0, maxClusterNames).join(', ');
  const more = group.clusterNames.length - maxClusterNames;
  const [only] = group.namespaces;
  const where = t('effectiveAccess.impact.where', {
    clusters: more > 0 ? t('effectiveAccess.impact.moreClusters', { names, count: more }) : names,
    scope:
      group.namespaces.length > 1
        ? t('effectiveAccess.impact.namespaces', {
            names: group.namespaces.map(namespace).join(', '),
          })
        : only === '*'
          ? namespace(only)
          : t('effectiveAccess.impact.namespace', { name: only }),
  });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {where}
      </Text>
      {group.gained.length > 0 && <PermissionChange kind="gained" permissions={group.gained} />}
      {group.lost.length > 0 && <PermissionChange kind="lost" permissions={group.lost} />}
    </Stack>
  );
}

/** Gains and losses say so in words and with a sign, the colour only repeats it. */
function PermissionChange({
  kind,
  permissions,
}: {
  kind: 'gained' | 'lost';
  permissions: readonly Permission[];
}) {
  const { t } = useTranslation();
  const { permissionLines } = useAccessText();
  const grant = asGrant(permissions);
  const gained = kind === 'gained';
  const admin = permissions.some(({ verb, resource }) => verb === '*' && resource === '*');
  const word = gained ? t('effectiveAccess.impact.gains') : t('effectiveAccess.impact.loses');
  return (
    <Group role="group" aria-label={word} gap="xs" wrap="nowrap" align="flex-start">
      <Badge
        color={gained ? 'teal' : 'red'}
        variant="light"
        tt="none"
        miw={72}
        style={{ flexShrink: 0 }}
        leftSection={
          gained ? <IconPlus size={12} aria-hidden /> : <IconMinus size={12} aria-hidden />
        }
      >
        {word}
      </Badge>
      <Stack gap={2} align="flex-start">
        {admin && <AdminBadge />}
        <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
          {permissionLines([grant]).map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Stack>
    </Group>
  );
}

import { useState, type ReactNode } from 'react';
import {
  Button,
  Code,
  Group,
  List,
  Modal,
  Select,
  type SelectProps,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconTopologyStar3 } from '@tabler/icons-react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cleanupCommand } from '@/api/facts/clusterFacts';
import type { BulkResult } from '@/api/bulk';
import { ruleBindingPlan, useBulkWrites } from '@/api/bulkWrites';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery, type Write } from '@/api/query';
import { BulkResultSummary } from '@/components/BulkResultSummary';
import { NamespaceScopeField } from '@/components/NamespaceScopeField';
import { FormActions } from '@/components/FormActions';

export type ActionKind = 'join' | 'leave' | 'bind' | 'deregister';

interface DialogProps {
  kind: ActionKind;
  clusters: readonly NormalizedCluster[];
  fleets: readonly NormalizedClusterGroup[];
  onClose: () => void;
  onDone: (result: BulkResult<NormalizedCluster>) => void;
}

/**
 * One bulk action: choose its parameters, confirm, run it per cluster, then show the one
 * summary of what succeeded and what failed (with code and message) in the same dialog.
 */
export function BulkActionDialog({ kind, clusters, fleets, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const bulk = useBulkWrites<NormalizedCluster>();
  const rules = useQuery({ ...apiQuery('listRules'), enabled: kind === 'bind' });
  const [fleetId, setFleetId] = useState<string | null>(null);
  const [ruleId, setRuleId] = useState<string | null>(null);
  const [namespaces, setNamespaces] = useState<string[]>(['default']);
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<BulkResult<NormalizedCluster> | null>(null);

  // Leaving a fleet only applies to clusters that are in one; the rest are named, not failed.
  const inFleet = clusters.filter((cluster) => cluster.spec.clusterGroupID);
  const notInFleet = clusters.filter((cluster) => !cluster.spec.clusterGroupID);
  const actionable = kind === 'leave' ? inFleet : clusters;
  const confirmWord = String(clusters.length);

  const ready =
    actionable.length > 0 &&
    (kind === 'join'
      ? Boolean(fleetId)
      : kind === 'bind'
        ? Boolean(ruleId) && namespaces.length > 0
        : kind === 'deregister'
          ? typed.trim() === confirmWord
          : true);

  const bindPolicy = ruleBindingPlan(ruleId ?? '', namespaces);
  const plan = (cluster: NormalizedCluster, queryClient: QueryClient): Write | Promise<Write> => {
    const clusterid = cluster.metadata.uid;
    switch (kind) {
      case 'join':
        return { id: 'joinClusterGroup', vars: { clusterid, clustergroupid: fleetId ?? '' } };
      case 'leave':
        return { id: 'unjoinClusterGroup', vars: { clusterid } };
      case 'deregister':
        return { id: 'deleteCluster', vars: { clusterid } };
      case 'bind':
        return bindPolicy({ kind: 'cluster', id: clusterid }, queryClient);
    }
  };

  const run = async () => {
    const outcome = await bulk.mutateAsync({ items: actionable, plan });
    setResult(outcome);
    onDone(outcome);
  };

  const fleetName = fleets.find((fleet) => fleet.metadata.uid === fleetId)?.metadata.name;
  const titles: Record<ActionKind, string> = {
    join: t('clusters.bulk.joinTitle', { count: clusters.length }),
    leave: t('clusters.bulk.leaveTitle', { count: inFleet.length }),
    bind: t('clusters.bulk.bindTitle', { count: clusters.length }),
    deregister: t('clusters.bulk.deregisterTitle', { count: clusters.length }),
  };
  const cleanup = result?.succeeded.some((cluster) => cleanupCommand(cluster));

  let body: ReactNode;
  if (result) {
    body = (
      <Stack>
        <BulkResultSummary
          title={titles[kind]}
          result={result}
          label={(cluster) => cluster.metadata.name}
          itemKey={(cluster) => cluster.metadata.uid}
        />
        {kind === 'deregister' && cleanup && (
          <Stack gap={4}>
            <Text size="sm">{t('clusters.deregister.cleanupIntro')}</Text>
            <Code block>{cleanupCommand({ spec: { category: 'attachedcluster' } })}</Code>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  } else {
    body = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void run();
        }}
      >
        <Stack>
          <ClusterNameList clusters={actionable} />
          {kind === 'leave' && notInFleet.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('clusters.bulk.skippedNotInFleet', {
                count: notInFleet.length,
                names: notInFleet.map((cluster) => cluster.metadata.name).join(', '),
              })}
            </Text>
          )}
          {kind === 'join' && (
            <ObjectSelect
              label={t('clusters.bulk.fleet')}
              objects={fleets}
              value={fleetId}
              onChange={setFleetId}
            />
          )}
          {kind === 'bind' && (
            <>
              <ObjectSelect
                label={t('clusters.bulk.policy')}
                objects={rules.data?.items ?? []}
                value={ruleId}
                onChange={setRuleId}
                nothingFoundMessage={rules.isPending ? t('common.loading') : undefined}
              />
              <NamespaceScopeField value={namespaces} onChange={setNamespaces} />
            </>
          )}
          {kind === 'deregister' && (
            <>
              <Text size="sm">{t('clusters.bulk.deregisterWarning')}</Text>
              <TextInput
                label={t('clusters.bulk.deregisterConfirm', { count: clusters.length })}
                value={typed}
                onChange={(event) => setTyped(event.currentTarget.value)}
                autoComplete="off"
                data-autofocus
              />
            </>
          )}
          <FormActions
            submitLabel={
              kind === 'join' && fleetName
                ? t('clusters.bulk.joinRun', { count: actionable.length, fleet: fleetName })
                : t(`clusters.bulk.${kind}Run`, { count: actionable.length, fleet: '' })
            }
            submitIcon={kind === 'join' ? <IconTopologyStar3 size={16} aria-hidden /> : undefined}
            onCancel={onClose}
            destructive={kind === 'deregister'}
            disabled={!ready}
            pending={bulk.isPending}
          />
        </Stack>
      </form>
    );
  }

  return (
    <Modal opened onClose={onClose} title={titles[kind]} size="lg">
      {body}
    </Modal>
  );
}

function ClusterNameList({ clusters }: { clusters: readonly NormalizedCluster[] }) {
  const shown = clusters.slice(0, 8);
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {shown.map((cluster) => (
        <List.Item key={cluster.metadata.uid}>{cluster.metadata.name}</List.Item>
      ))}
      {clusters.length > shown.length && (
        <List.Item>
          {t('clusters.bulk.andMore', { count: clusters.length - shown.length })}
        </List.Item>
      )}
    </List>
  );
}

/** A required, searchable choice of one fleet or policy, by name; the dialog's first field. */
function ObjectSelect({
  objects,
  ...props
}: Omit<SelectProps, 'data'> & {
  objects: readonly { metadata: { uid: string; name?: string } }[];
}) {
  return (
    <Select
      data={objects.map(({ metadata }) => ({ value: metadata.uid, label: metadata.name ?? '' }))}
      searchable
      required
      data-autofocus
      {...props}
    />
  );
}

import { useState } from 'react';
import { List, Select, type SelectProps, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTopologyStar3 } from '@tabler/icons-react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ruleBindingProposal } from '@/api/access/proposals';
import type { BulkResult } from '@/api/bulk';
import { ruleBindingPlan, useBulkWrites } from '@/api/bulkWrites';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery, type Write } from '@/api/query';
import { NamespaceScopeField } from '@/components/NamespaceScopeField';
import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';
import { ApiText, apiList, apiSentence, renderApiOption } from '@/components/ApiText';
import { FormModal, FormShell } from '@/components/form/FormShell';
import { BulkOutcome } from './BulkOutcome';

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
  // The outcome replaces the form once the run is over; it is not form state.
  const [result, setResult] = useState<BulkResult<NormalizedCluster> | null>(null);
  const inFleet = clusters.filter((cluster) => cluster.spec.clusterGroupID);
  const titles: Record<ActionKind, string> = {
    join: t('clusters.bulk.joinTitle', { count: clusters.length }),
    leave: t('clusters.bulk.leaveTitle', { count: inFleet.length }),
    bind: t('clusters.bulk.bindTitle', { count: clusters.length }),
    deregister: t('clusters.bulk.deregisterTitle', { count: clusters.length }),
  };

  return (
    <FormModal opened onClose={onClose} title={titles[kind]}>
      {result ? (
        <BulkOutcome
          deregistered={kind === 'deregister'}
          title={titles[kind]}
          result={result}
          onClose={onClose}
        />
      ) : (
        <BulkActionForm
          kind={kind}
          clusters={clusters}
          fleets={fleets}
          onClose={onClose}
          onDone={(outcome) => {
            setResult(outcome);
            onDone(outcome);
          }}
        />
      )}
    </FormModal>
  );
}

interface BulkActionValues {
  fleetId: string | null;
  ruleId: string | null;
  namespaces: string[];
  /** The number of clusters, typed to confirm a deregistration. */
  typed: string;
}

function BulkActionForm({ kind, clusters, fleets, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const bulk = useBulkWrites<NormalizedCluster>();
  const rules = useQuery({ ...apiQuery('listRules'), enabled: kind === 'bind' });
  const form = useForm<BulkActionValues>({
    initialValues: { fleetId: null, ruleId: null, namespaces: ['default'], typed: '' },
  });
  const { fleetId, ruleId, namespaces, typed } = form.values;

  // Leaving a fleet only applies to clusters that are in one; the rest are named, not failed.
  const notInFleet = clusters.filter((cluster) => !cluster.spec.clusterGroupID);
  const actionable =
    kind === 'leave' ? clusters.filter((cluster) => cluster.spec.clusterGroupID) : clusters;

  // Nothing here can be wrong, only not yet chosen: the button waits, as a confirmation does.
  const ready =
    actionable.length > 0 &&
    (kind === 'join'
      ? Boolean(fleetId)
      : kind === 'bind'
        ? Boolean(ruleId) && namespaces.length > 0
        : kind === 'deregister'
          ? typed.trim() === String(clusters.length)
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

  const run = async () => onDone(await bulk.mutateAsync({ items: actionable, plan }));

  const fleetName = fleets.find((fleet) => fleet.metadata.uid === fleetId)?.metadata.name;
  return (
    <FormShell
      form={form}
      onSubmit={() => {
        if (ready) void run();
      }}
      onCancel={onClose}
      submitLabel={
        kind === 'join' && fleetName ? (
          // A button of one line: a long fleet name is cut (its name is in the picker above).
          <ApiText lines={1} focusable={false} maxWidth="24rem">
            {apiSentence({ fleet: fleetName }, (slots) =>
              t('clusters.bulk.joinRun', { ...slots, count: actionable.length }),
            )}
          </ApiText>
        ) : (
          t(`clusters.bulk.${kind}Run`, { count: actionable.length, fleet: '' })
        )
      }
      submitIcon={kind === 'join' ? <IconTopologyStar3 size={16} aria-hidden /> : undefined}
      destructive={kind === 'deregister'}
      disabled={!ready}
      pending={bulk.isPending}
    >
      <ClusterNameList clusters={actionable} />
      {kind === 'leave' && notInFleet.length > 0 && (
        <Text size="sm" c="dimmed">
          {apiSentence(
            { names: apiList(notInFleet.map((cluster) => cluster.metadata.name)) },
            (slots) => t('clusters.bulk.skippedNotInFleet', { ...slots, count: notInFleet.length }),
          )}
        </Text>
      )}
      {kind === 'leave' && (
        <AccessImpactPreview
          proposal={
            actionable.length > 0
              ? {
                  kind: 'moveClusters',
                  clusterIds: actionable.map((cluster) => cluster.metadata.uid),
                  fleetId: null,
                }
              : null
          }
        />
      )}
      {kind === 'join' && (
        <>
          <ObjectSelect
            label={t('clusters.bulk.fleet')}
            objects={fleets}
            {...form.getInputProps('fleetId')}
          />
          {/* Once a fleet is chosen: whose access joining it moves. A cluster in another fleet
              is refused by UCS (it must leave first), so it moves nothing. */}
          <AccessImpactPreview
            proposal={
              fleetId
                ? {
                    kind: 'moveClusters',
                    clusterIds: actionable
                      .filter((cluster) => !cluster.spec.clusterGroupID)
                      .map((cluster) => cluster.metadata.uid),
                    fleetId,
                  }
                : null
            }
          />
        </>
      )}
      {kind === 'bind' && (
        <>
          <ObjectSelect
            label={t('clusters.bulk.policy')}
            objects={rules.data?.items ?? []}
            {...form.getInputProps('ruleId')}
            nothingFoundMessage={rules.isPending ? t('common.loading') : undefined}
          />
          <NamespaceScopeField
            value={namespaces}
            onChange={(chosen) => form.setFieldValue('namespaces', chosen)}
          />
          {/* Before Bind is pressed: what binding it on these clusters does to access. */}
          <AccessImpactPreview
            proposal={
              ruleId && namespaces.length > 0
                ? ruleBindingProposal(
                    actionable.map(({ metadata, spec }) => ({
                      kind: 'cluster' as const,
                      id: metadata.uid,
                      ruleNamespaces: spec.ruleNamespaces,
                    })),
                    ruleId,
                    namespaces,
                  )
                : null
            }
          />
        </>
      )}
      {kind === 'deregister' && (
        <>
          <Text size="sm">{t('clusters.bulk.deregisterWarning')}</Text>
          <TextInput
            label={t('clusters.bulk.deregisterConfirm', { count: clusters.length })}
            {...form.getInputProps('typed')}
            autoComplete="off"
            data-autofocus
          />
        </>
      )}
    </FormShell>
  );
}

function ClusterNameList({ clusters }: { clusters: readonly NormalizedCluster[] }) {
  const shown = clusters.slice(0, 8);
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {shown.map((cluster) => (
        <List.Item key={cluster.metadata.uid}>
          <ApiText lines={1} maxWidth="none">
            {cluster.metadata.name}
          </ApiText>
        </List.Item>
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
      renderOption={renderApiOption}
      searchable
      required
      data-autofocus
      {...props}
    />
  );
}

import { useState } from 'react';
import {
  Fieldset,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  type MultiSelectProps,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ruleBindingProposal } from '@/api/access/proposals';
import { normalizeNamespaces } from '@/api/bindings';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';

import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormShell } from '@/components/form/FormShell';
import { NamespaceScopeField } from '@/components/NamespaceScopeField';
import { useNamespacesText } from './BindingList';
import type { PolicyBinding } from './policyBindings';
import type { RuleBindingTarget } from '@/api/bulkWrites';

interface BindTargetsFormProps {
  /** The policy being bound. */
  ruleId: string;
  clusters: readonly NormalizedCluster[];
  fleets: readonly NormalizedClusterGroup[];
  /** This policy's current bindings, to show next to targets that already have it. */
  current: readonly PolicyBinding[];
  busy: boolean;
  onBind: (targets: RuleBindingTarget[], namespaces: string[]) => Promise<RuleBindingTarget[]>;
}

interface BindTargetsValues {
  fleetIds: string[];
  clusterIds: string[];
  /** `['*']` for all namespaces. */
  namespaces: string[];
}

const initialValues: BindTargetsValues = { fleetIds: [], clusterIds: [], namespaces: ['default'] };

function optionsOf(
  kind: RuleBindingTarget['kind'],
  targets: readonly { metadata: { uid?: string; name?: string } }[],
  current: readonly PolicyBinding[],
  describe: (namespaces: string[]) => string,
) {
  return targets.flatMap((target) => {
    const id = target.metadata.uid;
    if (!id) return [];
    const name = target.metadata.name ?? id;
    const existing = current.find((binding) => binding.kind === kind && binding.id === id);
    return [{ value: id, label: existing ? `${name} (${describe(existing.namespaces)})` : name }];
  });
}

/** Chooses fleets and clusters and the namespaces to bind this policy for on all of them. */
export function BindTargetsForm({
  ruleId,
  clusters,
  fleets,
  current,
  busy,
  onBind,
}: BindTargetsFormProps) {
  const { t } = useTranslation();
  const namespacesText = useNamespacesText();
  // Bind asks first, with what binding does to access; the choices stay in the form meanwhile.
  const [confirming, setConfirming] = useState<BindTargetsValues | null>(null);
  const form = useForm<BindTargetsValues>({
    initialValues,
    // One message for both lists ("targets"), checked when Bind is pressed.
    validate: (values) => ({
      targets:
        values.fleetIds.length + values.clusterIds.length === 0
          ? t('permissions.bindings.noTargets')
          : null,
      // NamespaceScopeField says so itself, at the namespaces; this only holds the request back.
      namespaces:
        normalizeNamespaces(values.namespaces).length === 0
          ? t('bindings.namespacesRequired')
          : null,
    }),
  });

  const describe = (list: string[]) =>
    t('permissions.bindings.alreadyBound', { namespaces: namespacesText(list) });
  const fleetOptions = optionsOf('fleet', fleets, current, describe);
  const clusterOptions = optionsOf('cluster', clusters, current, describe);

  const pick = (field: 'fleetIds' | 'clusterIds') => (ids: string[]) => {
    form.setFieldValue(field, ids);
    // Once shown, "choose a target" is about both lists: either one can settle it.
    if (form.errors.targets) form.validateField('targets');
  };

  const targetsOf = ({ fleetIds, clusterIds }: BindTargetsValues) => {
    const find = (list: readonly (NormalizedCluster | NormalizedClusterGroup)[], id: string) =>
      list.find((item) => item.metadata.uid === id);
    return [
      ...fleetIds.map((id) => ({ kind: 'fleet' as const, id, found: find(fleets, id) })),
      ...clusterIds.map((id) => ({ kind: 'cluster' as const, id, found: find(clusters, id) })),
    ].map(({ kind, id, found }) => ({
      kind,
      id,
      name: found?.metadata.name ?? id,
      ruleNamespaces: found?.spec.ruleNamespaces,
    }));
  };

  const bind = async (values: BindTargetsValues) => {
    const targets: RuleBindingTarget[] = targetsOf(values).map(({ kind, id, name }) => ({
      kind,
      id,
      name,
    }));
    const succeeded = await onBind(targets, normalizeNamespaces(values.namespaces));
    setConfirming(null);
    // What went through is done; what failed stays selected for another try.
    const done = new Set(succeeded.map((target) => `${target.kind}:${target.id}`));
    form.setFieldValue('fleetIds', (ids) => ids.filter((id) => !done.has(`fleet:${id}`)));
    form.setFieldValue('clusterIds', (ids) => ids.filter((id) => !done.has(`cluster:${id}`)));
  };
  const confirmingTargets = confirming ? targetsOf(confirming) : [];

  return (
    <FormShell
      form={form}
      onSubmit={setConfirming}
      onCancel={form.reset}
      submitLabel={t('permissions.bindings.bind')}
      pending={busy}
    >
      <Fieldset
        legend={t('permissions.bindings.bindTitle')}
        styles={{ legend: { fontWeight: 600 } }}
        disabled={busy}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TargetSelect
              label={t('permissions.bindings.fleets')}
              data={fleetOptions}
              value={form.values.fleetIds}
              onChange={pick('fleetIds')}
            />
            {/* An account can have thousands of clusters: show the first 100 matches. */}
            <TargetSelect
              label={t('permissions.bindings.clusters')}
              data={clusterOptions}
              value={form.values.clusterIds}
              onChange={pick('clusterIds')}
              limit={100}
            />
          </SimpleGrid>
          {form.errors.targets && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert">
              {form.errors.targets}
            </Text>
          )}
          <NamespaceScopeField
            value={form.values.namespaces}
            onChange={(namespaces) => form.setFieldValue('namespaces', namespaces)}
            disabled={busy}
          />
          <Text size="xs" c="dimmed">
            {t('permissions.bindings.replaceHint')}
          </Text>
        </Stack>
      </Fieldset>
      <ConfirmDialog
        opened={confirming !== null}
        title={t('permissions.bindings.confirmTitle')}
        size="lg"
        confirmLabel={t('permissions.bindings.confirmBind', { count: confirmingTargets.length })}
        destructive={false}
        pending={busy}
        onConfirm={() => {
          if (confirming) void bind(confirming);
        }}
        onClose={() => setConfirming(null)}
      >
        {confirming && (
          <Text size="sm">
            {t('permissions.bindings.confirmBody', {
              targets: confirmingTargets
                .map(
                  (target) =>
                    `${target.kind === 'fleet' ? t('effectiveAccess.kindFleet') : t('effectiveAccess.kindCluster')} ${target.name}`,
                )
                .join(', '),
              namespaces: namespacesText(normalizeNamespaces(confirming.namespaces)),
            })}
          </Text>
        )}
        <AccessImpactPreview
          proposal={
            confirming
              ? ruleBindingProposal(
                  confirmingTargets,
                  ruleId,
                  normalizeNamespaces(confirming.namespaces),
                )
              : null
          }
        />
      </ConfirmDialog>
    </FormShell>
  );
}

/** A searchable multi-select of clusters or fleets to bind to. */
function TargetSelect(props: MultiSelectProps & { value: string[] }) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      placeholder={props.value.length ? undefined : t('permissions.bindings.targetsPlaceholder')}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('permissions.bindings.noTargetMatch')}
      {...props}
    />
  );
}

import { useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  type MultiSelectProps,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { normalizeNamespaces } from '@/api/bindings';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';

import { NamespaceScopeField } from '@/components/NamespaceScopeField';
import { useNamespacesText } from './BindingList';
import type { PolicyBinding } from './policyBindings';
import type { RuleBindingTarget } from '@/api/bulkWrites';

interface BindTargetsFormProps {
  clusters: readonly NormalizedCluster[];
  fleets: readonly NormalizedClusterGroup[];
  /** This policy's current bindings, to show next to targets that already have it. */
  current: readonly PolicyBinding[];
  busy: boolean;
  onBind: (targets: RuleBindingTarget[], namespaces: string[]) => Promise<RuleBindingTarget[]>;
}

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
export function BindTargetsForm({ clusters, fleets, current, busy, onBind }: BindTargetsFormProps) {
  const { t } = useTranslation();
  const namespacesText = useNamespacesText();
  const [fleetIds, setFleetIds] = useState<string[]>([]);
  const [clusterIds, setClusterIds] = useState<string[]>([]);
  const [namespaces, setNamespaces] = useState<string[]>(['default']);
  const [attempted, setAttempted] = useState(false);

  const describe = (list: string[]) =>
    t('permissions.bindings.alreadyBound', { namespaces: namespacesText(list) });
  const fleetOptions = optionsOf('fleet', fleets, current, describe);
  const clusterOptions = optionsOf('cluster', clusters, current, describe);
  const noTargets = fleetIds.length + clusterIds.length === 0;
  const wanted = normalizeNamespaces(namespaces);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (noTargets || wanted.length === 0) return;
    const nameOf = (list: readonly { metadata: { uid?: string; name?: string } }[], id: string) =>
      list.find((item) => item.metadata.uid === id)?.metadata.name ?? id;
    const targets: RuleBindingTarget[] = [
      ...fleetIds.map((id) => ({ kind: 'fleet' as const, id, name: nameOf(fleets, id) })),
      ...clusterIds.map((id) => ({ kind: 'cluster' as const, id, name: nameOf(clusters, id) })),
    ];
    const succeeded = await onBind(targets, wanted);
    // What went through is done; what failed stays selected for another try.
    const done = new Set(succeeded.map((target) => `${target.kind}:${target.id}`));
    setFleetIds((ids) => ids.filter((id) => !done.has(`fleet:${id}`)));
    setClusterIds((ids) => ids.filter((id) => !done.has(`cluster:${id}`)));
    setAttempted(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="bind-targets-title">
      <Fieldset
        legend={<span id="bind-targets-title">{t('permissions.bindings.bindTitle')}</span>}
        styles={{ legend: { fontWeight: 600 } }}
        disabled={busy}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TargetSelect
              label={t('permissions.bindings.fleets')}
              data={fleetOptions}
              value={fleetIds}
              onChange={setFleetIds}
            />
            {/* An account can have thousands of clusters: show the first 100 matches. */}
            <TargetSelect
              label={t('permissions.bindings.clusters')}
              data={clusterOptions}
              value={clusterIds}
              onChange={setClusterIds}
              limit={100}
            />
          </SimpleGrid>
          {attempted && noTargets && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert">
              {t('permissions.bindings.noTargets')}
            </Text>
          )}
          <NamespaceScopeField value={namespaces} onChange={setNamespaces} disabled={busy} />
          <Text size="xs" c="dimmed">
            {t('permissions.bindings.replaceHint')}
          </Text>
          <Button type="submit" w="fit-content" loading={busy}>
            {t('permissions.bindings.bind')}
          </Button>
        </Stack>
      </Fieldset>
    </form>
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

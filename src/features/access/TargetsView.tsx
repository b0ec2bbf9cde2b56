import { useMemo } from 'react';
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { computeAccess, type AccessFacts } from '@/api/access/effectiveAccess';
import { sortEntries } from '@/components/access/accessModel';
import { AccessExportMenu } from '@/components/access/AccessExportMenu';
import { AccessSliceView } from '@/components/access/WhoHasAccess';
import { renderApiOption } from '@/components/ApiText';
import { EmptyState } from '@/components/EmptyState';
import { useListState } from '@/components/list/useListState';
import { targetsParsers } from './accessState';

/**
 * `/access/targets`: a cluster or a fleet → users × namespace scopes with what each may do,
 * admin-equivalent grants marked; a member cluster says it follows its fleet's policies.
 */
export function TargetsView({ facts }: { facts: AccessFacts }) {
  const { t } = useTranslation();
  const { state, update } = useListState(targetsParsers);
  const kind = state.fleet ? 'fleet' : state.kind;
  const id = kind === 'fleet' ? state.fleet : state.cluster;
  const all = useMemo(() => sortEntries(computeAccess(facts).entries), [facts]);
  const options = useMemo(
    () =>
      (kind === 'fleet' ? facts.fleets : facts.clusters)
        .map((item) => ({
          value: item.metadata.uid,
          label: item.metadata.name ?? item.metadata.uid,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [facts, kind],
  );
  if (facts.clusters.length === 0 && facts.fleets.length === 0)
    return <EmptyState message={t('access.targets.noneYet')} />;

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="access-target-kind">
            {t('access.targets.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="access-target-kind"
            value={kind}
            onChange={(next) =>
              update({ kind: next === 'fleet' ? 'fleet' : null, cluster: null, fleet: null })
            }
            data={[
              { value: 'cluster', label: t('access.targets.cluster') },
              { value: 'fleet', label: t('access.targets.fleet') },
            ]}
          />
        </Stack>
        <Select
          key={kind}
          label={kind === 'fleet' ? t('access.targets.pickFleet') : t('access.targets.pickCluster')}
          placeholder={
            kind === 'fleet'
              ? t('access.targets.pickFleetPlaceholder')
              : t('access.targets.pickClusterPlaceholder')
          }
          data={options}
          value={id || null}
          onChange={(value) =>
            update(
              kind === 'fleet'
                ? { kind: 'fleet', fleet: value, cluster: null }
                : { kind: null, cluster: value, fleet: null },
            )
          }
          searchable
          limit={100}
          renderOption={renderApiOption}
          w={320}
        />
      </Group>
      {id ? (
        <AccessSliceView
          facts={facts}
          target={{ kind, id }}
          actions={(slice) => (
            <AccessExportMenu shown={slice.entries} all={all} name={`access-${slice.name}`} />
          )}
        />
      ) : (
        <EmptyState message={t('access.targets.choose')} />
      )}
    </Stack>
  );
}

import { memo, useMemo } from 'react';
import { Button, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { clusterKinds } from '@/api/reference/clusterKinds';
import { ucsCountries } from '@/api/reference/locations';
import { clusterPhases, countryName, kubernetesMinorVersions } from '@/api/facts/clusterFacts';
import { parseLabelSelector } from './filterClusters';
import {
  anyFilterActive,
  type ClusterListState,
  type ClusterListChange,
  clearedFilters,
} from './listState';
import { renderApiOption } from '@/components/ApiText';
import { ListSearch } from '@/components/list/ListSearch';

interface ClusterFiltersProps {
  state: ClusterListState;
  update: (change: ClusterListChange, options?: { replace?: boolean }) => void;
  fleets: readonly NormalizedClusterGroup[];
  /** Called when the operator starts to filter, to load every row before they finish typing. */
  onIntent: () => void;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The inventory's filters and sort, each reading and writing the URL state. */
export function ClusterFilters({ state, update, fleets, onIntent }: ClusterFiltersProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 4, xl: 5 }}
      spacing="sm"
      mb="md"
      onFocusCapture={onIntent}
    >
      <ListSearch
        label={t('clusters.filters.search')}
        placeholder={t('clusters.filters.searchPlaceholder')}
        value={state.search}
        onChange={(search) => update({ search }, { replace: true })}
        type="search"
      />
      <FilterFields state={state} update={update} fleets={fleets} />
      <Group align="flex-end">
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          disabled={!anyFilterActive(state)}
          onClick={() => update(clearedFilters)}
        >
          {t('clusters.filters.clear')}
        </Button>
      </Group>
    </SimpleGrid>
  );
}

type FilterFieldsProps = Omit<ClusterFiltersProps, 'onIntent'>;

/** Whether two states differ in anything but the name search and the page. */
function sameFilters(a: ClusterListState, b: ClusterListState): boolean {
  return (Object.keys(a) as (keyof ClusterListState)[]).every(
    (key) => key === 'search' || key === 'page' || String(a[key]) === String(b[key]),
  );
}

/**
 * The pickers (hundreds of options at fleet scale, kept in the page by Mantine for their
 * listboxes) render again only when a filter changes, not on every keystroke in the search box.
 */
const FilterFields = memo(
  function FilterFields({ state, update, fleets }: FilterFieldsProps) {
    const { t, i18n } = useTranslation();

    const categories = useMemo(
      () =>
        unique(clusterKinds.map((kind) => kind.category)).map((category) => ({
          value: category,
          label: clusterKinds.find((kind) => kind.category === category)?.labels.category ?? '',
        })),
      [],
    );
    const providers = useMemo(
      () =>
        unique(clusterKinds.map((kind) => kind.provider)).map((provider) => ({
          value: provider,
          label: clusterKinds.find((kind) => kind.provider === provider)?.labels.provider ?? '',
        })),
      [],
    );
    const types = useMemo(
      () => clusterKinds.map((kind) => ({ value: kind.type, label: kind.labels.type })),
      [],
    );
    const countries = useMemo(
      () =>
        Object.keys(ucsCountries)
          .map((code) => ({ value: code, label: countryName(code, i18n.language) ?? code }))
          .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
      [i18n.language],
    );
    const fleetOptions = [
      { value: 'none', label: t('clusters.filters.notInAnyFleet') },
      { value: 'any', label: t('clusters.filters.inAnyFleet') },
      ...fleets.map((fleet) => ({
        value: fleet.metadata.uid,
        label: fleet.metadata.name ?? '',
      })),
    ];
    const selector = parseLabelSelector(state.labels);
    // Every minor version UCS can report (v1.19–v1.29 today), plus one picked from a link.
    const versionOptions = (current: string) =>
      [...new Set([...kubernetesMinorVersions, ...(current ? [current] : [])])].map((value) => ({
        value,
        label: value === 'unknown' ? t('clusters.filters.versionUnknown') : value,
      }));
    const sortValue = `${state.sortBy}:${state.order}`;
    // Options rendered while a list is open, not kept hidden in the page (Mantine's default): at
    // fleet scale these pickers held 750 hidden options, rendered again with every filter change.
    const comboboxProps = { keepMounted: false };

    return (
      <>
        <MultiSelect
          comboboxProps={comboboxProps}
          label={t('clusters.filters.status')}
          placeholder={state.status.length ? undefined : t('clusters.filters.any')}
          data={clusterPhases.map((phase) => ({
            value: phase,
            label: t(`clusters.phase.${phase}`),
          }))}
          value={state.status}
          onChange={(status) => update({ status })}
          clearable
        />
        <Select
          comboboxProps={comboboxProps}
          label={t('clusters.filters.provider')}
          placeholder={t('clusters.filters.any')}
          data={providers}
          value={state.provider || null}
          onChange={(value) => update({ provider: value ?? '' })}
          clearable
        />
        <Select
          comboboxProps={comboboxProps}
          label={t('clusters.filters.type')}
          placeholder={t('clusters.filters.any')}
          data={types}
          value={state.type || null}
          onChange={(value) => update({ type: value ?? '' })}
          clearable
        />
        <Select
          comboboxProps={comboboxProps}
          label={t('clusters.filters.category')}
          placeholder={t('clusters.filters.any')}
          data={categories}
          value={state.category || null}
          onChange={(value) => update({ category: value ?? '' })}
          clearable
        />
        <Select
          comboboxProps={comboboxProps}
          label={t('clusters.filters.fleet')}
          placeholder={t('clusters.filters.any')}
          data={fleetOptions}
          value={state.fleet || null}
          onChange={(value) => update({ fleet: value ?? '' })}
          renderOption={renderApiOption}
          searchable
          clearable
        />
        <Select
          comboboxProps={comboboxProps}
          label={t('clusters.filters.country')}
          placeholder={t('clusters.filters.any')}
          data={countries}
          value={state.country || null}
          onChange={(value) => update({ country: value ?? '' })}
          searchable
          clearable
        />
        <Select
          comboboxProps={comboboxProps}
          label={t('clusters.filters.version')}
          placeholder={t('clusters.filters.any')}
          data={versionOptions(state.version)}
          value={state.version || null}
          onChange={(value) => update({ version: value ?? '' })}
          clearable
        />
        <TextInput
          label={t('clusters.filters.labels')}
          placeholder="env=prod,tier in (web,api)"
          value={state.labels}
          onChange={(event) => update({ labels: event.currentTarget.value }, { replace: true })}
          error={
            selector.ok ? undefined : t('clusters.filters.labelsInvalid', { part: selector.at })
          }
          spellCheck={false}
        />
        <Select
          comboboxProps={comboboxProps}
          label={t('clusters.filters.sort')}
          data={[
            { value: 'created:desc', label: t('clusters.sort.createdDesc') },
            { value: 'created:asc', label: t('clusters.sort.createdAsc') },
            { value: 'updated:desc', label: t('clusters.sort.updatedDesc') },
            { value: 'updated:asc', label: t('clusters.sort.updatedAsc') },
          ]}
          value={sortValue}
          allowDeselect={false}
          onChange={(value) => {
            const [sortBy, order] = (value ?? 'created:desc').split(':');
            update({
              sortBy: sortBy === 'updated' ? 'updated' : 'created',
              order: order === 'asc' ? 'asc' : 'desc',
            });
          }}
        />
      </>
    );
  },
  (before, after) =>
    before.update === after.update &&
    before.fleets === after.fleets &&
    sameFilters(before.state, after.state),
);

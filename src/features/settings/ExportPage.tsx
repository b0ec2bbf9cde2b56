import { useDeferredValue, useMemo } from 'react';
import {
  Button,
  Checkbox,
  Code,
  Grid,
  List,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDownload } from '@tabler/icons-react';
import { useQueryState, useQueryStates } from 'nuqs';
import { useTranslation } from 'react-i18next';
import { useAccessFacts } from '@/api/access/useAccessFacts';
import { bundleYaml, toBundle } from '@/api/bundle/export';
import { bundleFileName } from '@/api/bundle/schema';
import { terraformFileName, toTerraform } from '@/api/export/terraform';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { downloadText } from '@/components/export/download';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { ConfigurationTabs } from './ConfigurationTabs';
import {
  exportFormats,
  exportKinds,
  exportParsers,
  formatParser,
  type ExportFormat,
  type ExportKind,
} from './exportState';

/** Lines the preview shows: 10,000 clusters are a quarter of a million, which only the file needs. */
const previewLines = 2000;

/**
 * Every policy, fleet and cluster: what the export chooses from. The access module's reads (the
 * cluster list without status, which the export writes none of), renamed as the page calls them.
 */
function useExportSources() {
  const { facts, error, refetch } = useAccessFacts();
  // One object while the lists stay the same: the file is written again only when they change.
  const sources = useMemo(
    () => facts && { policies: facts.rules, fleets: facts.fleets, clusters: facts.clusters },
    [facts],
  );
  return { sources, error, refetch };
}

type Sources = NonNullable<ReturnType<typeof useExportSources>['sources']>;

const fileNames: Record<ExportFormat, string> = {
  terraform: terraformFileName,
  yaml: bundleFileName,
};

/** The file of the objects picked; policies and fleets not picked still name references. */
function fileOf(
  picked: Sources | undefined,
  sources: Sources | undefined,
  format: ExportFormat,
): string {
  if (!picked || !sources) return '';
  if (format === 'yaml') {
    const ids = (items: readonly { metadata: { uid: string } }[]) =>
      new Set(items.map((item) => item.metadata.uid));
    return bundleYaml(
      toBundle(
        { rules: sources.policies, fleets: sources.fleets, clusters: sources.clusters },
        {
          policies: ids(picked.policies),
          fleets: ids(picked.fleets),
          clusters: ids(picked.clusters),
        },
      ),
    );
  }
  return toTerraform({ ...picked, known: { policies: sources.policies, fleets: sources.fleets } });
}

/** The first lines of a text and how many it has, without splitting all of it. */
function head(text: string, lines: number): { shown: string; total: number; cut: boolean } {
  let end = -1;
  for (let line = 0; line < lines; line += 1) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) break;
  }
  let total = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    total += 1;
  const cut = end !== -1 && end < text.length - 1;
  return { shown: cut ? text.slice(0, end + 1) : text, total, cut };
}

/**
 * `/settings/export`: the account (or a choice of it) as a Terraform file with an import block
 * per object, previewed, downloaded as ucs.tf or copied. What is chosen lives in the URL, so the
 * inventory's selection can open it.
 */
export function ExportPage() {
  const { t } = useTranslation();
  const { sources, error, refetch } = useExportSources();
  const [chosen, setChosen] = useQueryStates(exportParsers, {
    // Picking is not navigating: Back leaves the page rather than undoing a pick.
    history: 'replace',
    // The router hears of the change too, so a return after sign-in keeps the choice.
    shallow: false,
  });
  const [format, setFormat] = useQueryState(
    'format',
    formatParser.withOptions({ history: 'replace' }),
  );
  const fileName = fileNames[format];

  const selected = useMemo(() => {
    if (!sources) return undefined;
    const pick = <T extends { metadata: { uid: string } }>(
      items: readonly T[],
      ids: string[] | null,
    ): readonly T[] => {
      if (ids === null) return items;
      const wanted = new Set(ids);
      return items.filter((item) => wanted.has(item.metadata.uid));
    };
    return {
      policies: pick(sources.policies, chosen.policies),
      fleets: pick(sources.fleets, chosen.fleets),
      clusters: pick(sources.clusters, chosen.clusters),
    };
  }, [sources, chosen]);

  const count = selected
    ? selected.policies.length + selected.fleets.length + selected.clusters.length
    : 0;
  // 10,000 clusters take a few hundred milliseconds to write: a pick shows at once, the file
  // follows.
  const writing = useDeferredValue(selected);
  const text = useMemo(() => fileOf(writing, sources, format), [writing, sources, format]);
  /** The file of what is picked now, even if the preview has not caught up yet. */
  const file = () => (writing === selected ? text : fileOf(selected, sources, format));
  const preview = useMemo(() => head(text, previewLines), [text]);
  const available = sources
    ? sources.policies.length + sources.fleets.length + sources.clusters.length
    : 0;

  const download = () =>
    downloadText(fileName, file(), format === 'yaml' ? 'application/yaml' : 'text/plain');
  const copy = async () => {
    // The theme names the close button of dialogs, not of notifications.
    const closeButtonProps = { 'aria-label': t('common.close') };
    try {
      await navigator.clipboard.writeText(file());
      notifications.show({
        color: 'teal',
        message: t(
          format === 'yaml' ? 'configuration.export.copiedBundle' : 'configuration.export.copied',
        ),
        closeButtonProps,
      });
    } catch {
      // No clipboard outside a secure context, or the browser refused.
      notifications.show({
        color: 'red',
        message: t('configuration.export.copyFailed'),
        closeButtonProps,
      });
    }
  };

  const header = (
    <>
      <PageHeader
        title={t('configuration.export.title')}
        description={t('configuration.export.description')}
        actions={
          available > 0 && (
            <>
              <Button
                leftSection={<IconDownload size={16} aria-hidden />}
                disabled={count === 0}
                onClick={download}
              >
                {t(
                  format === 'yaml'
                    ? 'configuration.export.downloadBundle'
                    : 'configuration.export.download',
                )}
              </Button>
              <Button
                variant="default"
                leftSection={<IconCopy size={16} aria-hidden />}
                disabled={count === 0}
                onClick={() => void copy()}
              >
                {t('configuration.export.copy')}
              </Button>
            </>
          )
        }
      />
      <ConfigurationTabs current="export" />
    </>
  );

  if (error)
    return (
      <>
        {header}
        <ErrorState error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!sources || !selected)
    return (
      <>
        {header}
        <TableSkeleton />
      </>
    );
  if (available === 0)
    return (
      <>
        {header}
        <EmptyState message={t('configuration.export.nothingToExport')} />
      </>
    );

  const options: Record<ExportKind, { value: string; label: string }[]> = {
    policies: sources.policies.map(option),
    fleets: sources.fleets.map(option),
    clusters: sources.clusters.map(option),
  };

  return (
    <>
      {header}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Paper
              withBorder
              p="md"
              radius="md"
              component="section"
              aria-labelledby="export-choose"
            >
              <Stack gap="md">
                <Title order={2} size="h4" id="export-choose">
                  {t('configuration.export.choose')}
                </Title>
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="export-format">
                    {t('configuration.export.format')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="export-format"
                    value={format}
                    onChange={(value) => void setFormat(value as ExportFormat)}
                    data={exportFormats.map((value) => ({
                      value,
                      label: t(`configuration.export.formats.${value}`),
                    }))}
                  />
                </Stack>
                {exportKinds.map((kind) => (
                  <KindPicker
                    key={kind}
                    kind={kind}
                    options={options[kind]}
                    value={chosen[kind]}
                    onChange={(ids) => void setChosen({ [kind]: ids })}
                  />
                ))}
              </Stack>
            </Paper>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="export-notes">
              <Stack gap="xs">
                <Title order={2} size="h4" id="export-notes">
                  {t('configuration.export.notesTitle')}
                </Title>
                <List size="sm" spacing="xs">
                  {format === 'yaml' ? (
                    <>
                      <List.Item>{t('configuration.export.bundleNotes.names')}</List.Item>
                      <List.Item>{t('configuration.export.bundleNotes.wholeLists')}</List.Item>
                      <List.Item>{t('configuration.export.bundleNotes.import')}</List.Item>
                    </>
                  ) : (
                    <>
                      <List.Item>{t('configuration.export.notes.secrets')}</List.Item>
                      <List.Item>{t('configuration.export.notes.references')}</List.Item>
                      <List.Item>{t('configuration.export.notes.clusterBindings')}</List.Item>
                    </>
                  )}
                </List>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="export-preview">
            <Stack gap="xs">
              <Title order={2} size="h4" id="export-preview">
                {t('configuration.export.preview')}
              </Title>
              {count === 0 ? (
                <EmptyState message={t('configuration.export.nothingChosen')} />
              ) : (
                <>
                  <Text size="sm" c="dimmed">
                    {t(
                      format === 'yaml'
                        ? 'configuration.export.summaryBundle'
                        : 'configuration.export.summary',
                      {
                        policies: selected.policies.length,
                        fleets: selected.fleets.length,
                        clusters: selected.clusters.length,
                      },
                    )}
                  </Text>
                  <Code
                    block
                    // A named region: a focusable scrollable block must say what it is.
                    role="region"
                    aria-label={t(
                      format === 'yaml'
                        ? 'configuration.export.previewLabelBundle'
                        : 'configuration.export.previewLabel',
                    )}
                    style={{ maxHeight: '70vh', overflow: 'auto', whiteSpace: 'pre' }}
                    // A scrollable region must be reachable by keyboard.
                    tabIndex={0}
                  >
                    {preview.shown}
                  </Code>
                  {preview.cut && (
                    <Text size="sm" c="dimmed">
                      {t('configuration.export.truncated', {
                        shown: previewLines,
                        total: preview.total,
                      })}
                    </Text>
                  )}
                </>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}

function option(item: { metadata: { uid: string; name?: string } }) {
  return { value: item.metadata.uid, label: item.metadata.name || item.metadata.uid };
}

/** "Every fleet", or (unticked) a pick of them by name. `null` is every one. */
function KindPicker({
  kind,
  options,
  value,
  onChange,
}: {
  kind: ExportKind;
  options: { value: string; label: string }[];
  value: string[] | null;
  onChange: (ids: string[] | null) => void;
}) {
  const { t } = useTranslation();
  // Ids in the URL that name nothing (deleted since) are not offered as picked.
  const known = new Set(options.map((item) => item.value));
  const picked = value?.filter((id) => known.has(id)) ?? [];
  return (
    <Stack gap="xs">
      <Checkbox
        label={t(`configuration.export.all.${kind}`, { count: options.length })}
        checked={value === null}
        onChange={(event) => onChange(event.currentTarget.checked ? null : [])}
      />
      {value !== null && (
        <MultiSelect
          label={t(`configuration.export.pick.${kind}`)}
          placeholder={picked.length ? undefined : t('configuration.export.pickPlaceholder')}
          data={options}
          value={picked}
          onChange={onChange}
          searchable
          clearable
          hidePickedOptions
          // 10,000 clusters: a closed list renders nothing, an open one the first matches.
          limit={100}
          nothingFoundMessage={t('configuration.export.noMatch')}
        />
      )}
    </Stack>
  );
}

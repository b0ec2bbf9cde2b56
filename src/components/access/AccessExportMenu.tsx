import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AccessEntry } from '@/api/access/effectiveAccess';
import { downloadText, toCsv } from '../export/download';
import { reportCsvRows, reportJson } from './accessModel';
import { useAccessText } from './useAccessText';

/**
 * The access report: the effective-access table as CSV or JSON, of the rows shown (the current
 * filter) or of all. One row per table row: user, cluster, fleet, namespace scope,
 * verbs, resources, granted by.
 */
export function AccessExportMenu({
  shown,
  all,
  name,
}: {
  shown: readonly AccessEntry[];
  all: readonly AccessEntry[];
  /** The file name's start: "access-prod-beijing-cce". */
  name: string;
}) {
  const { t } = useTranslation();
  const { reportLabels } = useAccessText();
  const stamp = new Date().toISOString().slice(0, 10);
  const csv = (entries: readonly AccessEntry[], suffix: string) => {
    const { header, rows } = reportCsvRows(entries, reportLabels);
    downloadText(`${name}${suffix}-${stamp}.csv`, toCsv(header, rows), 'text/csv');
  };
  const json = (entries: readonly AccessEntry[], suffix: string) =>
    downloadText(`${name}${suffix}-${stamp}.json`, reportJson(entries), 'application/json');

  return (
    <Group gap="xs">
      {(
        [
          ['csv', csv],
          ['json', json],
        ] as const
      ).map(([format, save]) => (
        <Menu key={format} position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              {t(`effectiveAccess.export.${format}`)}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => save(shown, '')}>
              {t('effectiveAccess.export.shown', { count: shown.length })}
            </Menu.Item>
            <Menu.Item onClick={() => save(all, '-all')}>
              {t('effectiveAccess.export.all', { count: all.length })}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ))}
    </Group>
  );
}

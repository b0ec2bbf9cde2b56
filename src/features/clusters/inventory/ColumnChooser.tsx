import { useMemo } from 'react';
import { Button, Checkbox, Divider, Popover, Stack, Switch, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { clusterColumns, type ColumnContext } from './columns';

const storageKey = 'ucs:clusters:columns';
const fitKey = 'ucs:clusters:fit-columns';
const defaultColumns = clusterColumns.filter((column) => column.defaultVisible).map((c) => c.id);

/**
 * The columns the operator chose, remembered in this browser. The name column always shows.
 * With `fit` (the default), those that do not fit the table's width are left out (columnFit.ts).
 */
export function useVisibleColumns() {
  const [ids, setIds] = useLocalStorage<string[]>({
    key: storageKey,
    defaultValue: defaultColumns,
    getInitialValueInEffect: false,
  });
  const [fit, setFit] = useLocalStorage<boolean>({
    key: fitKey,
    defaultValue: true,
    getInitialValueInEffect: false,
  });
  // The same array while the choice is the same, so the table need not render again.
  return useMemo(() => {
    const chosen = new Set(Array.isArray(ids) ? ids : defaultColumns);
    const columns = clusterColumns.filter(
      (column) => column.id === 'name' || chosen.has(column.id),
    );
    return { columns, ids: [...chosen], setIds, fit: fit !== false, setFit };
  }, [ids, setIds, fit, setFit]);
}

interface ColumnChooserProps {
  ids: string[];
  onChange: (ids: string[]) => void;
  context: ColumnContext;
  fit: boolean;
  onFitChange: (fit: boolean) => void;
  /** The chosen columns left out for want of width. */
  hidden: readonly string[];
}

export function ColumnChooser({
  ids,
  onChange,
  context,
  fit,
  onFitChange,
  hidden,
}: ColumnChooserProps) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          {t('clusters.columnsButton')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('clusters.columnsLabel')}
          value={ids}
          onChange={(value) => onChange(value)}
        >
          <Stack gap={6} mt="xs">
            {clusterColumns.map((column) => (
              <Checkbox
                key={column.id}
                value={column.id}
                label={column.header(context)}
                description={hidden.includes(column.id) ? t('clusters.columnsLeftOut') : undefined}
                disabled={column.id === 'name'}
                checked={column.id === 'name' ? true : undefined}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Divider my="sm" />
        <Switch
          label={t('clusters.columnsFit')}
          description={t('clusters.columnsFitHint')}
          checked={fit}
          onChange={(event) => onFitChange(event.currentTarget.checked)}
          maw={260}
        />
        <Text size="xs" c="dimmed" mt="sm" maw={260}>
          {t('clusters.columnsHint')}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}

import { useState } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import {
  IconFileExport,
  IconLink,
  IconShieldPlus,
  IconTrash,
  IconUnlink,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BulkResult } from '@/api/bulk';
import { clusterExportSelection } from '@/api/export/selection';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { paths } from '@/paths';
import { BulkActionDialog, type ActionKind } from './BulkActionDialog';

/** The toolbar's actions, in the order they are offered; deregistering is the red one. */
const actionButtons: { kind: ActionKind; icon: typeof IconLink; danger?: boolean }[] = [
  { kind: 'join', icon: IconLink },
  { kind: 'leave', icon: IconUnlink },
  { kind: 'bind', icon: IconShieldPlus },
  { kind: 'deregister', icon: IconTrash, danger: true },
];

interface BulkActionsProps {
  selected: readonly NormalizedCluster[];
  fleets: readonly NormalizedClusterGroup[];
  /** Called with the result, so the page can drop what succeeded from the selection. */
  onDone: (result: BulkResult<NormalizedCluster>) => void;
  onClear: () => void;
}

/** The bar shown while clusters are selected, and the dialog of each bulk action. */
export function BulkActions({ selected, fleets, onDone, onClear }: BulkActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ActionKind | null>(null);
  // The dialog works on the clusters selected when it opened, even if the selection changes.
  const [targets, setTargets] = useState<readonly NormalizedCluster[]>([]);
  const start = (kind: ActionKind) => {
    setTargets(selected);
    setOpen(kind);
  };

  return (
    <>
      <Paper
        withBorder
        p="xs"
        px="sm"
        mb="sm"
        radius="md"
        role="toolbar"
        aria-label={t('clusters.bulk.toolbar')}
        bg="var(--mantine-primary-color-light)"
      >
        <Group gap="sm" justify="space-between">
          <Text size="sm" fw={600}>
            {t('clusters.bulk.selected', { count: selected.length })}
          </Text>
          <Group gap="xs">
            {actionButtons.map(({ kind, icon: Icon, danger }) => (
              <Button
                key={kind}
                size="xs"
                variant={danger ? 'light' : 'default'}
                color={danger ? 'red' : undefined}
                leftSection={<Icon size={14} aria-hidden />}
                onClick={() => start(kind)}
              >
                {t(`clusters.bulk.${kind}`)}
              </Button>
            ))}
            {/* The clusters with their fleets and those fleets' policies, so references resolve. */}
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={paths.terraformExport(clusterExportSelection(selected, fleets))}
              leftSection={<IconFileExport size={14} aria-hidden />}
            >
              {t('clusters.bulk.exportTerraform')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconX size={14} aria-hidden />}
              onClick={onClear}
            >
              {t('clusters.bulk.clear')}
            </Button>
          </Group>
        </Group>
      </Paper>
      {open && (
        <BulkActionDialog
          kind={open}
          clusters={targets}
          fleets={fleets}
          onClose={() => setOpen(null)}
          onDone={onDone}
        />
      )}
    </>
  );
}

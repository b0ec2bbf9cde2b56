import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NormalizedCluster } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { apiSentence } from '@/components/ApiText';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { DeregisteredNotice } from '../inventory/DeregisteredAlert';
import { cleanupCommand } from '@/api/facts/clusterFacts';
import { paths } from '@/paths';

interface DeregisterDialogProps {
  cluster: NormalizedCluster;
  opened: boolean;
  onClose: () => void;
}

/**
 * Deregistration behind typing the cluster's name. Afterwards the inventory opens with the
 * cleanup command the operator must run in the cluster (the page of a cluster that no longer
 * exists has nothing left to show).
 */
export function DeregisterDialog({ cluster, opened, onClose }: DeregisterDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deregister = useApiMutation('deleteCluster');
  const name = cluster.metadata.name ?? '';
  const notice: DeregisteredNotice = { name, cleanup: cleanupCommand(cluster) };

  return (
    <ConfirmDialog
      opened={opened}
      title={apiSentence({ name }, (slots) => t('clusters.deregister.title', slots))}
      confirmLabel={t('clusters.deregister.run')}
      typed={{
        word: name,
        label: apiSentence({ name }, (slots) => t('clusters.deregister.confirm', slots)),
      }}
      pending={deregister.isPending}
      error={deregister.error}
      onClose={() => {
        deregister.reset();
        onClose();
      }}
      onConfirm={() =>
        deregister.mutate(
          { clusterid: cluster.metadata.uid },
          { onSuccess: () => void navigate(paths.clusters(), { state: { deregistered: notice } }) },
        )
      }
    >
      <Text size="sm">
        {apiSentence({ name }, (slots) => t('clusters.deregister.warning', slots))}
      </Text>
    </ConfirmDialog>
  );
}

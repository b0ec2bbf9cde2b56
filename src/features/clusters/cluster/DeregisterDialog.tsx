import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NormalizedCluster } from '../../../api/normalize';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '../../../components/ErrorState';
import type { DeregisteredNotice } from '../ClustersPage';
import { cleanupCommand } from '../clusterFacts';

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
  const [typed, setTyped] = useState('');
  const name = cluster.metadata.name ?? '';
  const matches = typed.trim() === name;

  const close = () => {
    setTyped('');
    deregister.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('clusters.deregister.title', { name })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!matches) return;
          const notice: DeregisteredNotice = { name, cleanup: cleanupCommand(cluster) };
          deregister.mutate(
            { clusterid: cluster.metadata.uid },
            {
              onSuccess: () => void navigate('/clusters', { state: { deregistered: notice } }),
            },
          );
        }}
      >
        <Stack>
          <Text size="sm">{t('clusters.deregister.warning', { name })}</Text>
          <TextInput
            label={t('clusters.deregister.confirm', { name })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {deregister.isError && <ErrorState error={deregister.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={deregister.isPending}>
              {t('clusters.deregister.run')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

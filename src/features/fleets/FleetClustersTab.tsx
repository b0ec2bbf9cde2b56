import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { federationStateOf } from '@/api/facts/federationState';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery } from '@/api/query';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { DataTable } from '@/components/table/DataTable';
import { TableSkeleton } from '@/components/TableSkeleton';
import { AddClustersModal, RemoveClusterModal } from './FleetMemberDialogs';
import { FleetHealthSummary } from './FleetHealthSummary';
import { useMemberColumns } from './memberColumns';

/** The fleet's member clusters, each with its own status; add and remove members. */
export function FleetClustersTab({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const members = useQuery(apiQuery('listClusters', { clustergroupid: fleetId }));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<NormalizedCluster | null>(null);
  const federated = federationStateOf(fleet).kind !== 'notEnabled';
  const columns = useMemberColumns(setRemoving);

  return (
    <Stack gap="md">
      <Alert
        variant="light"
        color={federated ? 'teal' : 'blue'}
        icon={<IconInfoCircle aria-hidden />}
        title={t(
          federated ? 'fleets.members.federationOnTitle' : 'fleets.members.federationNoneTitle',
        )}
      >
        <Text size="sm">
          {t(federated ? 'fleets.members.federationOn' : 'fleets.members.federationNone')}
        </Text>
      </Alert>
      <Group justify="space-between">
        <Group gap="md">
          <Title order={2} size="h4">
            {t('fleets.members.summary')}
          </Title>
          <FleetHealthSummary fleetId={fleetId} />
        </Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t('fleets.members.add')}
        </Button>
      </Group>
      {members.isPending ? (
        <TableSkeleton rows={3} />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.items.length === 0 ? (
        <EmptyState
          message={t('fleets.members.empty')}
          action={
            <Button variant="light" onClick={() => setAdding(true)}>
              {t('fleets.members.add')}
            </Button>
          }
        />
      ) : (
        <DataTable
          rows={members.data.items}
          columns={columns}
          rowKey={(cluster) => cluster.metadata.uid}
          aria-label={t('fleets.members.summary')}
        />
      )}
      <AddClustersModal fleet={fleet} opened={adding} onClose={() => setAdding(false)} />
      <RemoveClusterModal
        fleet={fleet}
        cluster={removing}
        federated={federated}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}

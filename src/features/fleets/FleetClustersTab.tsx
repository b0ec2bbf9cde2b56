import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus, IconUnlink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NormalizedCluster, NormalizedClusterGroup } from '../../api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { TableSkeleton } from '../../components/TableSkeleton';
import { DiscreteClusterPicker } from './DiscreteClusterPicker';
import { federationStateOf } from './federationState';
import { FleetHealthSummary } from './FleetHealthSummary';
import { MemberStatusBadge } from './MemberStatusBadge';

const membershipColors: Record<string, string> = {
  Federalized: 'teal',
  Federalizing: 'blue',
  FederalizeFailed: 'red',
};

/** The fleet's member clusters, each with its own status; add and remove members. */
export function FleetClustersTab({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const members = useQuery(apiQuery('listClusters', { clustergroupid: fleetId }));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<NormalizedCluster | null>(null);
  const federated = federationStateOf(fleet).kind !== 'notEnabled';

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
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fleets.members.columns.name')}</Table.Th>
                <Table.Th>{t('fleets.members.columns.status')}</Table.Th>
                <Table.Th>{t('fleets.members.columns.membership')}</Table.Th>
                <Table.Th>{t('fleets.members.columns.version')}</Table.Th>
                <Table.Th>{t('fleets.members.columns.provider')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('fleets.members.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.items.map((cluster) => (
                <Table.Tr key={cluster.metadata.uid}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clusters/${cluster.metadata.uid}`}>
                      {cluster.metadata.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <MemberStatusBadge cluster={cluster} />
                  </Table.Td>
                  <Table.Td>
                    <FederationMembership cluster={cluster} />
                  </Table.Td>
                  <Table.Td>{cluster.status.kubernetesVersion ?? t('common.none')}</Table.Td>
                  <Table.Td>{cluster.spec.provider ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <Tooltip label={t('fleets.members.remove', { name: cluster.metadata.name })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('fleets.members.remove', { name: cluster.metadata.name })}
                        onClick={() => setRemoving(cluster)}
                      >
                        <IconUnlink size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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

/** The cluster's own Federation condition: whether it has joined the fleet's federation. */
function FederationMembership({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const condition = cluster.status.conditions.find((item) => item.type === 'Federation');
  const status = condition?.status;
  if (!status || !(status in membershipColors))
    return (
      <Text size="sm" c="dimmed">
        {t('fleets.members.membership.none')}
      </Text>
    );
  const badge = (
    <Badge
      variant="light"
      color={membershipColors[status]}
      tt="none"
      tabIndex={condition.message ? 0 : undefined}
    >
      {t(`fleets.members.membership.${status as 'Federalized'}`)}
    </Badge>
  );
  return condition.message ? (
    <Tooltip label={condition.message} multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

function AddClustersModal({
  fleet,
  opened,
  onClose,
}: {
  fleet: NormalizedClusterGroup;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = fleet.metadata.name;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('fleets.members.addTitle', { name })}
      size="xl"
    >
      {opened && <AddClustersForm fleet={fleet} onDone={onClose} />}
    </Modal>
  );
}

function AddClustersForm({ fleet, onDone }: { fleet: NormalizedClusterGroup; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useApiMutation('updateClusterGroupAssociatedClusters');
  const [clusterIds, setClusterIds] = useState<string[]>([]);
  const name = fleet.metadata.name;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('fleets.create.clustersHint')}
      </Text>
      <DiscreteClusterPicker value={clusterIds} onChange={setClusterIds} disabled={add.isPending} />
      {add.isError && <ErrorState error={add.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={add.isPending}>
          {t('common.cancel')}
        </Button>
        <Button
          disabled={clusterIds.length === 0}
          loading={add.isPending}
          onClick={() =>
            add.mutate(
              { clustergroupid: fleet.metadata.uid, clusterIds },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    message: t('fleets.members.added', { count: clusterIds.length, name }),
                  });
                  onDone();
                },
              },
            )
          }
        >
          {t('fleets.members.addSubmit', { count: clusterIds.length })}
        </Button>
      </Group>
    </Stack>
  );
}

function RemoveClusterModal({
  fleet,
  cluster,
  federated,
  onClose,
}: {
  fleet: NormalizedClusterGroup;
  cluster: NormalizedCluster | null;
  federated: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const leave = useApiMutation('unjoinClusterGroup');
  const name = cluster?.metadata.name;
  const fleetName = fleet.metadata.name;
  const close = () => {
    leave.reset();
    onClose();
  };
  return (
    <Modal
      opened={cluster !== null}
      onClose={close}
      title={t('fleets.members.removeTitle', { name, fleet: fleetName })}
    >
      <Stack gap="md">
        <Text size="sm">{t('fleets.members.removeBody')}</Text>
        {federated && <Text size="sm">{t('fleets.members.removeFederated')}</Text>}
        {leave.isError && <ErrorState error={leave.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={leave.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={leave.isPending}
            onClick={() =>
              cluster &&
              leave.mutate(
                { clusterid: cluster.metadata.uid },
                {
                  onSuccess: () => {
                    notifications.show({
                      color: 'teal',
                      message: t('fleets.members.removed', { name, fleet: fleetName }),
                    });
                    close();
                  },
                },
              )
            }
          >
            {t('fleets.members.removeSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useId, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconActivity,
  IconPencil,
  IconPlayerPlay,
  IconRefresh,
  IconTerminal2,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { PropertyList } from '@/components/PropertyList';
import { TableSkeleton } from '@/components/TableSkeleton';
import { UcsDate } from '@/components/UcsDate';
import { FederationJobView } from './FederationJobView';
import { FederationStateBadge } from './FederationStateBadge';
import { trackFederation } from './federation-wizard/runningFederations';
import { federationStateOf } from '@/api/facts/federationState';
import { isNoFederationJob, useFederationJob } from './useFederationJob';

/** The fleet's federation: its state and identity, DNS suffixes, last enabling job, actions. */
export function FleetFederationTab({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fleetId = fleet.metadata.uid;
  const state = federationStateOf(fleet);
  const federated = Boolean(fleet.spec.federationId);

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <PropertyList
            properties={[
              {
                label: t('fleets.federationTab.state'),
                value: <FederationStateBadge fleet={fleet} />,
              },
              {
                label: t('fleets.federationTab.since'),
                value: <UcsDate value={state.condition?.lastTransitionTime} />,
              },
              {
                label: t('fleets.federationTab.message'),
                value: state.condition?.message || t('common.none'),
              },
              {
                label: t('fleets.federationTab.id'),
                value: (
                  <Text span ff="monospace" size="sm">
                    {fleet.spec.federationId || t('common.none')}
                  </Text>
                ),
              },
              {
                label: t('fleets.federationTab.version'),
                value: fleet.spec.federationVersion || t('common.none'),
              },
              {
                label: t('fleets.federationTab.expiry'),
                value: <UcsDate value={fleet.spec.federationExpirationTimestamp} />,
              },
            ]}
          />
          <DnsSuffixes fleet={fleet} federated={federated} />
          <FederationActions fleet={fleet} />
        </Stack>
      </Paper>
      <LastJob fleetId={fleetId} />
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('fleets.federationTab.connect')}
          </Title>
          <Text size="sm" c="dimmed">
            {federated
              ? t('fleets.federationTab.connectHint')
              : t('fleets.federationTab.connectNeedsFederation')}
          </Text>
          <Button
            variant="light"
            leftSection={<IconTerminal2 size={16} aria-hidden />}
            w="fit-content"
            disabled={!federated}
            onClick={() => void navigate(`/fleets/${fleetId}/federation/connect`)}
          >
            {t('fleets.federationTab.connect')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}

const dnsName =
  /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

function DnsSuffixes({ fleet, federated }: { fleet: NormalizedClusterGroup; federated: boolean }) {
  const { t } = useTranslation();
  const update = useApiMutation('updateClusterGroupAssociatedZones');
  const [draft, setDraft] = useState<string[] | null>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const current = fleet.spec.dnsSuffix ?? [];
  const labelId = useId();

  if (draft === null)
    return (
      <Stack gap={4} role="group" aria-labelledby={labelId}>
        <Text size="sm" c="dimmed" id={labelId}>
          {t('fleets.federationTab.dns')}
        </Text>
        <Group gap="sm">
          <Text>{current.length ? current.join(', ') : t('common.none')}</Text>
          {federated ? (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => {
                update.reset();
                setRejected(null);
                setDraft(current);
              }}
            >
              {t('fleets.federationTab.dnsEdit')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {t('fleets.federationTab.dnsOnlyFederated')}
            </Text>
          )}
        </Group>
      </Stack>
    );

  return (
    <Stack gap="xs" maw={560}>
      <TagsInput
        label={t('fleets.federationTab.dnsLabel')}
        description={t('fleets.federationTab.dnsHint')}
        value={draft}
        onChange={(names) => {
          const invalid = names.find((name) => !dnsName.test(name));
          setRejected(invalid ?? null);
          setDraft(names.filter((name) => dnsName.test(name)));
        }}
        acceptValueOnBlur
        disabled={update.isPending}
        error={rejected ? t('fleets.federationTab.dnsInvalid', { name: rejected }) : undefined}
      />
      {update.isError && <ErrorState error={update.error} />}
      <Group gap="xs">
        <Button
          size="xs"
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { clustergroupid: fleet.metadata.uid, dnsSuffix: draft },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    message: t('fleets.federationTab.dnsSaved'),
                  });
                  setDraft(null);
                },
              },
            )
          }
        >
          {t('fleets.page.save')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setDraft(null)}>
          {t('fleets.page.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function FederationActions({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const name = fleet.metadata.name;
  const kind = federationStateOf(fleet).kind;
  const enable = useApiMutation('enableFederation');
  const navigate = useNavigate();
  const [disabling, setDisabling] = useState(false);
  const wizard = `/fleets/${fleetId}/federation/enable`;

  const start = (retryJoinAll: boolean) =>
    enable.mutate(
      { clustergroupid: fleetId, retryJoinAll },
      {
        onSuccess: () => {
          trackFederation(fleetId);
          notifications.show({
            color: 'blue',
            message: t('fleets.federationTab.enableStarted', { name }),
          });
        },
      },
    );

  return (
    <Stack gap="xs">
      {kind === 'notEnabled' && (
        <Text size="sm" c="dimmed">
          {t('fleets.federationTab.enableHint')}
        </Text>
      )}
      {enable.isError && <ErrorState error={enable.error} />}
      <Group gap="sm">
        {kind === 'notEnabled' && (
          <Button
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={() => void navigate(wizard)}
          >
            {t('fleets.federationTab.enable')}
          </Button>
        )}
        {(kind === 'enabling' || kind === 'failed') && (
          <Button
            variant="light"
            leftSection={<IconActivity size={16} aria-hidden />}
            onClick={() => void navigate(wizard)}
          >
            {t('fleets.federationTab.followProgress')}
          </Button>
        )}
        {kind === 'failed' && (
          <Button
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={enable.isPending}
            onClick={() => start(true)}
          >
            {t('fleets.federationTab.retry')}
          </Button>
        )}
        {(kind === 'enabled' || kind === 'unhealthy' || kind === 'failed') && (
          <Button color="red" variant="light" onClick={() => setDisabling(true)}>
            {t('fleets.federationTab.disable')}
          </Button>
        )}
      </Group>
      <DisableFederationModal
        fleet={fleet}
        opened={disabling}
        onClose={() => setDisabling(false)}
      />
    </Stack>
  );
}

function DisableFederationModal({
  fleet,
  opened,
  onClose,
}: {
  fleet: NormalizedClusterGroup;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const name = fleet.metadata.name;
  const disable = useApiMutation('disableFederation');
  const members = useQuery({
    ...apiQuery('listClusters', { clustergroupid: fleetId }),
    enabled: opened,
  });
  const close = () => {
    disable.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('fleets.federationTab.disableTitle', { name })}>
      <Stack gap="md">
        <Alert color="red" variant="light" title={t('fleets.federationTab.disableIntro')}>
          <List size="sm" spacing={4}>
            <List.Item>{t('fleets.federationTab.disableApi')}</List.Item>
            <List.Item>{t('fleets.federationTab.disableWorkloads')}</List.Item>
            <List.Item>
              {t('fleets.federationTab.disableMembers', {
                count: members.data?.items.length ?? 0,
              })}
            </List.Item>
            <List.Item>{t('fleets.federationTab.disableDns')}</List.Item>
          </List>
        </Alert>
        {disable.isError && <ErrorState error={disable.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={disable.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={disable.isPending}
            onClick={() =>
              disable.mutate(
                { clustergroupid: fleetId },
                {
                  onSuccess: () => {
                    notifications.show({
                      color: 'teal',
                      message: t('fleets.federationTab.disabled', { name }),
                    });
                    close();
                  },
                },
              )
            }
          >
            {t('fleets.federationTab.disableSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function LastJob({ fleetId }: { fleetId: string }) {
  const { t } = useTranslation();
  const job = useFederationJob(fleetId);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('fleets.federationTab.job')}
        </Title>
        {job.isPending ? (
          <TableSkeleton rows={4} />
        ) : job.isError ? (
          isNoFederationJob(job.error) ? (
            <Text size="sm" c="dimmed">
              {t('fleets.federationTab.jobNone')}
            </Text>
          ) : (
            <ErrorState error={job.error} onRetry={() => void job.refetch()} />
          )
        ) : (
          <FederationJobView job={job.data} />
        )}
      </Stack>
    </Paper>
  );
}

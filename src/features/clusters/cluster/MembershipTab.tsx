import { useState } from 'react';
import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NormalizedCluster } from '@/api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { RuleBindingsSection } from '@/components/RuleBindingsSection';
import { Section } from './Section';
import { paths } from '@/paths';
import { ConfirmDialog } from '@/components/ConfirmDialog';

/** Which fleet the cluster is in; join one or leave it. */
function FleetMembership({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const join = useApiMutation('joinClusterGroup');
  const leave = useApiMutation('unjoinClusterGroup');
  const [fleetId, setFleetId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const clusterId = cluster.metadata.uid;
  const currentId = cluster.spec.clusterGroupID;
  const current = fleets.data?.items.find((fleet) => fleet.metadata.uid === currentId);
  const currentName = current?.metadata.name ?? currentId ?? '';

  if (currentId) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {t('clusters.fleet.member')}{' '}
          <Anchor component={Link} to={paths.fleet({ fleetId: currentId })} fw={600}>
            {currentName}
          </Anchor>
        </Text>
        <Button variant="light" color="red" onClick={() => setConfirming(true)}>
          {t('clusters.fleet.leave')}
        </Button>
        {leave.isError && <ErrorState error={leave.error} />}
        <ConfirmDialog
          opened={confirming}
          title={t('clusters.fleet.leave')}
          confirmLabel={t('clusters.fleet.leave')}
          pending={leave.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            leave.mutate(
              { clusterid: clusterId },
              {
                onSuccess: () => {
                  setConfirming(false);
                  notifications.show({ color: 'teal', message: t('clusters.fleet.left') });
                },
                onError: () => setConfirming(false),
              },
            )
          }
        >
          <Text size="sm">
            {t('clusters.fleet.leaveConfirm', { name: cluster.metadata.name, fleet: currentName })}
          </Text>
        </ConfirmDialog>
      </Stack>
    );
  }

  const options = (fleets.data?.items ?? []).map((fleet) => ({
    value: fleet.metadata.uid,
    label: fleet.metadata.name ?? '',
  }));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('clusters.fleet.none')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!fleetId) return;
          const name = options.find((option) => option.value === fleetId)?.label;
          join.mutate(
            { clusterid: clusterId, clustergroupid: fleetId },
            {
              onSuccess: () =>
                notifications.show({
                  color: 'teal',
                  message: t('clusters.fleet.joined', { fleet: name }),
                }),
            },
          );
        }}
      >
        <Group align="flex-end">
          <Select
            label={t('clusters.fleet.choose')}
            data={options}
            value={fleetId}
            onChange={setFleetId}
            searchable
            w={280}
          />
          <Button type="submit" disabled={!fleetId} loading={join.isPending}>
            {t('clusters.fleet.join')}
          </Button>
        </Group>
      </form>
      {join.isError && <ErrorState error={join.error} />}
    </Stack>
  );
}

function PolicyBindings({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const fleetId = cluster.spec.clusterGroupID;
  const fleetName = fleetId
    ? (fleets.data?.items.find((fleet) => fleet.metadata.uid === fleetId)?.metadata.name ?? fleetId)
    : undefined;
  return (
    <RuleBindingsSection
      inactiveReason={
        fleetName ? t('effectiveAccess.slice.inactiveReason', { fleet: fleetName }) : undefined
      }
      ruleNamespaces={cluster.spec.ruleNamespaces}
      target={{ kind: 'cluster', id: cluster.metadata.uid }}
      description={t('clusters.policies.description')}
      savedMessage={t('clusters.policies.saved')}
    />
  );
}

export function MembershipTab({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Section title={t('clusters.fleet.heading')}>
        <FleetMembership cluster={cluster} />
      </Section>
      <Section title={t('clusters.policies.heading')}>
        <PolicyBindings cluster={cluster} />
      </Section>
    </Stack>
  );
}

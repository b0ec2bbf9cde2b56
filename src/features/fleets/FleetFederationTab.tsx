import { Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '@/api/query';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { ApiText } from '@/components/ApiText';
import { PropertyList } from '@/components/PropertyList';
import { UcsDate } from '@/components/UcsDate';
import { FederationActions } from './FederationActions';
import { FederationConnectCard } from './FederationConnectCard';
import { DnsSuffixEditor } from './DnsSuffixEditor';
import { FederationLastJob } from './FederationLastJob';
import { FederationStateBadge } from './FederationStateBadge';
import { federationStateOf } from '@/api/facts/federationState';

/** The fleet's federation: its state and identity, DNS suffixes, last enabling job, actions. */
export function FleetFederationTab({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const state = federationStateOf(fleet);
  const federated = Boolean(fleet.spec.federationId);
  // What the last job's card below shows (it polls; this only reads): when it shows the failure,
  // the state's details do not say it again.
  const job = useQuery({
    ...apiQuery('showFederationProgress', { clustergroupid: fleetId }),
    enabled: false,
  });
  const failureBelow = state.kind === 'failed' && job.data?.status.phase === 'Failed';

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
                // A failed enabling is explained once, by the last job's alert below.
                value:
                  failureBelow && state.condition?.message ? (
                    t('fleets.federationTab.messageInJob')
                  ) : state.condition?.message ? (
                    <ApiText lines={6}>{state.condition.message}</ApiText>
                  ) : (
                    t('common.none')
                  ),
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
          <DnsSuffixEditor fleet={fleet} />
          <FederationActions fleet={fleet} />
        </Stack>
      </Paper>
      <FederationLastJob fleetId={fleetId} />
      <FederationConnectCard fleetId={fleetId} federated={federated} />
    </Stack>
  );
}

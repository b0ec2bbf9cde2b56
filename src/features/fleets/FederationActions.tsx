import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconActivity, IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { apiSentence } from '@/components/ApiText';
import { ErrorState } from '@/components/ErrorState';
import { federationStateOf } from '@/api/facts/federationState';
import { paths } from '@/paths';
import { DisableFederation } from './DisableFederation';
import { trackFederation } from './federation-wizard/runningFederations';

/** What can be done with the fleet's federation in its state: enable, follow, retry, disable. */
export function FederationActions({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const name = fleet.metadata.name;
  const kind = federationStateOf(fleet).kind;
  const enable = useApiMutation('enableFederation');
  const navigate = useNavigate();
  const wizard = paths.federationWizard({ fleetId }, 'enable');

  const retry = () =>
    enable.mutate(
      { clustergroupid: fleetId, retryJoinAll: true },
      {
        onSuccess: () => {
          trackFederation(fleetId);
          notifications.show({
            color: 'blue',
            message: apiSentence({ name }, (slots) =>
              t('fleets.federationTab.enableStarted', slots),
            ),
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
            onClick={retry}
          >
            {t('fleets.federationTab.retry')}
          </Button>
        )}
        <DisableFederation
          fleet={fleet}
          offered={kind === 'enabled' || kind === 'unhealthy' || kind === 'failed'}
        />
      </Group>
    </Stack>
  );
}

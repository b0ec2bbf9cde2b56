import { useState } from 'react';
import { Alert, Button, List } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { apiSentence } from '@/components/ApiText';
import { ConfirmDialog } from '@/components/ConfirmDialog';

/**
 * "Disable federation" and its confirmation, which names what stops working. The button shows
 * only where it is `offered`; the dialog stays mounted, since a successful disable changes the
 * fleet's state (and hides the button) before its notification and closing run.
 */
export function DisableFederation({
  fleet,
  offered,
}: {
  fleet: NormalizedClusterGroup;
  offered: boolean;
}) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const name = fleet.metadata.name;
  const [opened, setOpened] = useState(false);
  const disable = useApiMutation('disableFederation');
  // Only counted, but the fleet page's summary has this very list (with status) already: asking
  // without status would be a second request, not a lighter one.
  const members = useQuery({
    ...apiQuery('listClusters', { clustergroupid: fleetId }),
    enabled: opened,
  });
  const close = () => {
    disable.reset();
    setOpened(false);
  };

  return (
    <>
      {offered && (
        <Button color="red" variant="light" onClick={() => setOpened(true)}>
          {t('fleets.federationTab.disable')}
        </Button>
      )}
      <ConfirmDialog
        opened={opened}
        title={apiSentence({ name }, (slots) => t('fleets.federationTab.disableTitle', slots))}
        confirmLabel={t('fleets.federationTab.disableSubmit')}
        pending={disable.isPending}
        error={disable.error}
        onClose={close}
        onConfirm={() =>
          disable.mutate(
            { clustergroupid: fleetId },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'teal',
                  message: apiSentence({ name }, (slots) =>
                    t('fleets.federationTab.disabled', slots),
                  ),
                });
                close();
              },
            },
          )
        }
      >
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
      </ConfirmDialog>
    </>
  );
}

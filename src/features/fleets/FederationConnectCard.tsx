import { Button } from '@mantine/core';
import { IconTerminal2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { SectionCard } from './SectionCard';

/** The way to the wizard's connect step: an endpoint and a kubeconfig, once the fleet is federated. */
export function FederationConnectCard({
  fleetId,
  federated,
}: {
  fleetId: string;
  federated: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <SectionCard
      title={t('fleets.federationTab.connect')}
      intro={
        federated
          ? t('fleets.federationTab.connectHint')
          : t('fleets.federationTab.connectNeedsFederation')
      }
      gap="xs"
    >
      <Button
        variant="light"
        leftSection={<IconTerminal2 size={16} aria-hidden />}
        w="fit-content"
        disabled={!federated}
        onClick={() => void navigate(paths.federationWizard({ fleetId }, 'connect'))}
      >
        {t('fleets.federationTab.connect')}
      </Button>
    </SectionCard>
  );
}

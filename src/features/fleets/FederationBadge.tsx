import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '../../api/normalize';

export function FederationBadge({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  return fleet.spec.federationId ? (
    <Badge variant="dot" color="teal">
      {t('fleets.federation.enabled')}
      {fleet.spec.federationVersion ? ` · ${fleet.spec.federationVersion}` : ''}
    </Badge>
  ) : (
    <Badge variant="dot" color="gray">
      {t('fleets.federation.notEnabled')}
    </Badge>
  );
}

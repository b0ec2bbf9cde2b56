import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { RuleBindingsSection } from '@/components/RuleBindingsSection';

/** The policies bound to the fleet and their namespaces; edited as a whole (`associatedrules`). */
export function FleetPermissionsTab({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const name = fleet.metadata.name;
  return (
    <RuleBindingsSection
      ruleNamespaces={fleet.spec.ruleNamespaces}
      target={{ kind: 'fleet', id: fleet.metadata.uid }}
      description={t('fleets.permissions.intro')}
      caption={t('fleets.permissions.caption', { name })}
      savedMessage={t('fleets.permissions.saved', { name })}
    />
  );
}

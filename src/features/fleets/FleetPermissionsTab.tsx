import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { ApiText, apiSentence } from '@/components/ApiText';
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
      caption={
        <ApiText lines={2}>
          {apiSentence({ name }, (slots) => t('fleets.permissions.caption', slots))}
        </ApiText>
      }
      savedMessage={apiSentence({ name }, (slots) => t('fleets.permissions.saved', slots))}
    />
  );
}

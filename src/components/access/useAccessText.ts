import { useTranslation } from 'react-i18next';
import { allNamespaces } from '@/api/bindings';
import type { Grant } from '@/api/access/effectiveAccess';
import { permissionGroups, type ReportLabels } from './accessModel';

/** Access as words in the language shown: scopes, "get, list, watch on *", a grant's source. */
export function useAccessText() {
  const { t } = useTranslation();
  const namespace = (scope: string) =>
    scope === allNamespaces ? t('effectiveAccess.allNamespaces') : scope;
  const permissionLines = (grants: readonly Grant[]) =>
    permissionGroups(grants).map((group) =>
      t('effectiveAccess.permission', {
        verbs: group.verbs.join(', '),
        resources: group.resources.join(', '),
      }),
    );
  const grantText = (grant: Grant, clusterName = '') =>
    t('effectiveAccess.grantText', {
      policy: grant.ruleName,
      kind:
        grant.source.kind === 'fleet'
          ? t('effectiveAccess.kindFleet')
          : t('effectiveAccess.kindCluster'),
      name: grant.source.kind === 'fleet' ? grant.source.fleetName : clusterName,
    });
  const reportLabels: ReportLabels = {
    columns: {
      user: t('effectiveAccess.columns.user'),
      cluster: t('effectiveAccess.columns.cluster'),
      fleet: t('effectiveAccess.columns.fleet'),
      namespace: t('effectiveAccess.columns.namespace'),
      verbs: t('effectiveAccess.columns.verbs'),
      resources: t('effectiveAccess.columns.resources'),
      grantedBy: t('effectiveAccess.columns.grantedBy'),
    },
    allNamespaces: t('effectiveAccess.allNamespaces'),
    grant: grantText,
  };
  return { namespace, permissionLines, grantText, reportLabels };
}

import type { Bundle } from './schema';

// Helpers for the bundle's tests, unit and end-to-end (never imported by the app).

/**
 * The edit the configuration-as-code acceptance makes to the seed account's exported bundle: a
 * new fleet `platform` with two clusters that are in no fleet, audit-viewer's verbs changed, and
 * audit-viewer bound to the new fleet for `default`. Planned, it is five changes.
 */
export function editSeedBundle(bundle: Bundle): Bundle {
  const auditor = bundle.policies?.find((policy) => policy.name === 'audit-viewer');
  if (!auditor?.contents?.[0]) throw new Error('the seed has audit-viewer');
  auditor.contents[0].verbs = ['get', 'list', 'watch'];
  (bundle.fleets ??= []).push({
    name: 'platform',
    description: 'Platform team clusters',
    clusters: ['private-k8s-wuhan', 'rancher-lab-nanjing'],
    permissions: [{ policies: ['audit-viewer'], namespaces: ['default'] }],
  });
  return bundle;
}

/**
 * A bundle's reads and writes over a set of operations (`operationsOn(client)`): what the
 * command line uses against `UCS_ENDPOINT`, and tests against the mock. The page goes through
 * its query layer instead (`features/settings/useBundleApi`), so its caches follow the writes.
 */
import type { operationsOn } from '../operationSet';
import type { BundleApi } from './apply';
import type { BundleFacts } from './export';

type Operations = ReturnType<typeof operationsOn>;

export function bundleApiOn({ reads, writes }: Operations): BundleApi {
  return {
    read: (id, vars) => (reads[id] as (vars: unknown, signal: undefined) => never)(vars, undefined),
    write: ({ id, vars }) => (writes[id] as (vars: unknown) => Promise<unknown>)(vars),
  };
}

/** The lists a bundle is written from and planned against (the cluster list without status). */
export async function readBundleFacts(api: Pick<BundleApi, 'read'>): Promise<BundleFacts> {
  const [rules, fleets, clusters] = await Promise.all([
    api.read('listRules', {}),
    api.read('listClusterGroups', {}),
    api.read('listClusters', { enablestatus: false }),
  ]);
  return { rules: rules.items, fleets: fleets.items, clusters: clusters.items };
}

/**
 * Milliseconds to compute effective access (`computeAccess`) for 10,000 clusters × 50 policies:
 * the demo's scaled seed (its fleets and clusters), 50 policies of 5 users each, every fleet
 * binding 5 of them and every cluster 2 of its own (inactive on fleet members). Median of runs.
 *
 *   npx tsx mocks/benchAccess.ts [clusters=10000] [policies=50] [runs=7]
 */
import { computeAccess, type AccessFacts } from '../src/api/access/effectiveAccess';
import {
  normalizeCluster,
  normalizeClusterGroup,
  normalizeRule,
  type NormalizedRule,
} from '../src/api/normalize';
import { createBackend } from './backend';

const clusterCount = Number(process.argv[2] ?? 10_000);
const policyCount = Number(process.argv[3] ?? 50);
const runs = Number(process.argv[4] ?? 7);

const { state } = createBackend({ scale: clusterCount, clock: { realTime: false } }).store;

// A fixed pseudo-random sequence: every run of the benchmark measures the same facts.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

const verbs = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', '*'];
const resources = ['pods', 'deployments', 'services', 'configmaps', 'secrets', 'jobs', '*'];
const namespaces = ['*', 'default', 'dev', 'prod', 'storefront', 'kube-system'];

const rules: NormalizedRule[] = Array.from({ length: policyCount }, (_, index) =>
  normalizeRule({
    metadata: { uid: `bench-rule-${index}`, name: `bench-${index}` },
    spec: {
      type: 'custom',
      iamUserIDs: Array.from({ length: 5 }, () => `user-${Math.floor(random() * 40)}`),
      contents: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        verbs: [pick(verbs), pick(verbs)],
        resources: [pick(resources), pick(resources)],
      })),
    },
  }),
);
const binding = (count: number) =>
  Array.from({ length: count }, () => {
    const rule = pick(rules);
    return {
      rules: [{ ruleID: rule.metadata.uid, ruleName: rule.metadata.name }],
      namespaces: [pick(namespaces), pick(namespaces)],
    };
  });

const facts: AccessFacts = {
  rules,
  fleets: state.fleets.map((record) =>
    normalizeClusterGroup({
      ...record.fleet,
      spec: { ...record.fleet.spec, ruleNamespaces: binding(5) },
    }),
  ),
  clusters: state.clusters.map((record) =>
    normalizeCluster({
      ...record.cluster,
      spec: { ...record.cluster.spec, ruleNamespaces: binding(2) },
    }),
  ),
};

computeAccess(facts); // warm-up
const times: number[] = [];
let entries = 0;
for (let run = 0; run < runs; run += 1) {
  const start = performance.now();
  const access = computeAccess(facts);
  times.push(performance.now() - start);
  entries = access.entries.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const members = facts.clusters.filter((cluster) => cluster.spec.clusterGroupID).length;
console.log(
  `computeAccess: ${facts.clusters.length} clusters (${members} in ${facts.fleets.length} fleets) × ${rules.length} policies → ${entries} entries: median ${median.toFixed(1)} ms of ${runs} runs (min ${times[0]?.toFixed(1)}, max ${times.at(-1)?.toFixed(1)})`,
);

// @vitest-environment node
// The bundle's whole cycle against the mock backend, through the operations the command line
// uses (a client of its own, as `npm run ucs` makes one): export → edit → plan → apply → re-plan.
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { mockBackend } from '../../../mocks/node';
import { consoleBase } from '../../../mocks/testing/api';
import { createUcsClient } from '../http';
import { operationsOn } from '../operationSet';
import { applyPlan } from './apply';
import { bundleYaml, toBundle } from './export';
import { describeBundleProblem, parseBundle } from './parse';
import { planBundle, type PlanStep } from './plan';
import { bundleApiOn, readBundleFacts } from './remote';
import type { Bundle } from './schema';
import { editSeedBundle } from './testing';

const api = bundleApiOn(
  operationsOn(
    createUcsClient({
      baseUrl: consoleBase,
      getToken: () => 'test-token',
      onUnauthorized: () => undefined,
    }),
  ),
);

async function exported(): Promise<Bundle> {
  const text = bundleYaml(toBundle(await readBundleFacts(api)));
  const parsed = parseBundle(text);
  expect(parsed.problems).toEqual([]);
  return parsed.bundle as Bundle;
}

async function planOf(bundle: Bundle) {
  const text = stringify(bundle);
  const parsed = parseBundle(text);
  expect(parsed.problems.map(describeBundleProblem)).toEqual([]);
  const facts = await readBundleFacts(api);
  return { plan: planBundle(parsed.bundle as Bundle, facts, parsed.locate), facts };
}

/** A step as a line: what a reviewer reads. */
const summary = (step: PlanStep) =>
  [
    step.kind,
    'policy' in step ? step.policy : 'cluster' in step ? step.cluster : '',
    'fleet' in step ? step.fleet : '',
    ...step.changes.map(
      (change) => `${change.field}: ${change.before.join('; ')} → ${change.after.join('; ')}`,
    ),
  ]
    .filter(Boolean)
    .join(' | ');

describe('a bundle exported from the account', () => {
  it('plans no change when imported as it is', async () => {
    const { plan } = await planOf(await exported());
    expect(plan.problems).toEqual([]);
    expect(plan.steps).toEqual([]);
  });

  it('names every policy, fleet (members by name) and cluster with its own bindings', async () => {
    const bundle = await exported();
    expect(bundle.policies?.map((policy) => policy.name)).toEqual([
      'admin',
      'audit-viewer',
      'ci-deployer',
      'config-editor',
      'develop',
      'readonly',
    ]);
    expect(bundle.policies?.find((policy) => policy.name === 'readonly')).toEqual({
      name: 'readonly',
      type: 'readonly',
      description: 'View every resource in the bound namespaces; no changes.',
      users: [],
    });
    expect(bundle.fleets?.find((fleet) => fleet.name === 'cluster-dev')).toMatchObject({
      clusters: ['ack-hangzhou', 'aks-west-europe', 'dev-guangzhou-cce', 'gke-asia-southeast'],
      permissions: [{ policies: ['develop'], namespaces: ['dev', 'sandbox'] }],
    });
    expect(bundle.clusters?.map((cluster) => cluster.name)).toEqual([
      'gke-london-analytics',
      'prod-beijing-cce',
      'test-cluster',
    ]);
  });
});

describe('an edited bundle', () => {
  it('plans exactly the edits, applies them in order, and then plans no change', async () => {
    const bundle = editSeedBundle(await exported());

    const { plan, facts } = await planOf(bundle);
    expect(plan.problems).toEqual([]);
    expect(plan.steps.map(summary)).toEqual([
      'updatePolicy | audit-viewer | contents: get, list on events, pods/log → get, list, watch on events, pods/log',
      'createFleet | platform | description:  → Platform team clusters',
      'joinFleet | private-k8s-wuhan | platform | fleet:  → platform',
      'joinFleet | rancher-lab-nanjing | platform | fleet:  → platform',
      'setFleetPermissions | platform | permissions:  → audit-viewer in default',
    ]);

    const progress: string[] = [];
    const results = await applyPlan(plan, facts, api, {
      onStep: (result) => progress.push(result.status),
    });
    expect(results.map((result) => result.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
    expect(progress).toHaveLength(5);

    const after = await readBundleFacts(api);
    const platform = after.fleets.find((fleet) => fleet.metadata.name === 'platform');
    expect(platform?.spec.description).toBe('Platform team clusters');
    expect(
      after.clusters
        .filter((cluster) => cluster.spec.clusterGroupID === platform?.metadata.uid)
        .map((cluster) => cluster.metadata.name)
        .sort(),
    ).toEqual(['private-k8s-wuhan', 'rancher-lab-nanjing']);
    expect(platform?.spec.ruleNamespaces).toEqual([
      {
        rules: [{ ruleID: expect.any(String), ruleName: 'audit-viewer' }],
        namespaces: ['default'],
      },
    ]);
    expect(
      after.rules.find((rule) => rule.metadata.name === 'audit-viewer')?.spec.contents,
    ).toEqual([{ verbs: ['get', 'list', 'watch'], resources: ['events', 'pods/log'] }]);

    expect((await planOf(bundle)).plan.steps).toEqual([]);
  });

  it('moves a cluster by leaving its fleet first, and removes one a fleet no longer lists', async () => {
    const bundle = await exported();
    const dev = bundle.fleets?.find((fleet) => fleet.name === 'cluster-dev');
    const test = bundle.fleets?.find((fleet) => fleet.name === 'cluster-test');
    if (!dev?.clusters || !test?.clusters) throw new Error('the seed has both fleets');
    dev.clusters = dev.clusters.filter(
      (name) => name !== 'ack-hangzhou' && name !== 'aks-west-europe',
    );
    test.clusters.push('ack-hangzhou');

    const { plan, facts } = await planOf(bundle);
    expect(plan.steps.map(summary)).toEqual([
      'leaveFleet | ack-hangzhou | cluster-dev | fleet: cluster-dev → cluster-test',
      'leaveFleet | aks-west-europe | cluster-dev | fleet: cluster-dev → ',
      'joinFleet | ack-hangzhou | cluster-test',
    ]);
    const results = await applyPlan(plan, facts, api);
    expect(results.every((result) => result.status === 'done')).toBe(true);
    expect((await planOf(bundle)).plan.steps).toEqual([]);
  });

  it('skips what depends on a fleet that could not be created; stops at the first error if asked', async () => {
    const bundle = await exported();
    bundle.fleets?.push({ name: 'platform', clusters: ['private-k8s-wuhan'] });
    bundle.clusters?.push({
      name: 'edge-gateway-xiamen',
      permissions: [{ policies: ['readonly'], namespaces: ['*'] }],
    });
    mockBackend.fail('createClusterGroup', { status: 500, code: 'UCS.00000001' });
    const { plan, facts } = await planOf(bundle);

    const carryOn = await applyPlan(plan, facts, api);
    expect(carryOn.map((result) => result.status)).toEqual(['failed', 'skipped', 'done']);
    expect(carryOn[1]).toMatchObject({ missing: { kind: 'fleet', name: 'platform' } });

    mockBackend.reset();
    mockBackend.fail('createClusterGroup', { status: 500, code: 'UCS.00000001' });
    const stopped = await applyPlan(plan, await readBundleFacts(api), api, { stopOnError: true });
    expect(stopped.map((result) => result.status)).toEqual(['failed', 'skipped', 'skipped']);
  });
});

describe('problems', () => {
  it('names the line and the field of every schema problem', () => {
    const text = `apiVersion: ucs.fleet-console/v1
kind: Bundle
fleets:
  - name: Prod_Fleet
    clusters: [a-cluster, a-cluster]
  - name: ok
    colour: blue
policies:
  - name: readers
    type: readonly
    users: []
    contents:
      - verbs: [get]
        resources: [pods]
  - name: writers
    type: custom
    users: [u-1]
`;
    expect(parseBundle(text).problems.map(describeBundleProblem)).toEqual([
      'line 4, fleets[0].name: must be a fleet name: 1–63 lowercase letters, digits and hyphens, alphanumeric at both ends',
      'line 5, fleets[0].clusters[1]: is listed twice',
      'line 7, fleets[1].colour: colour is not a field here',
      'line 12, policies[0].contents: contents are only for custom policies (a template policy grants its template)',
      'line 15, policies[1]: the field contents is required',
    ]);
  });

  it('reports YAML syntax errors with their line, and a wrong document kind', () => {
    expect(
      parseBundle('apiVersion: ucs.fleet-console/v1\nkind: Bundle\nfleets: [\n').problems[0],
    ).toMatchObject({ code: 'syntax', line: 4 });
    expect(parseBundle('- just\n- a list\n').problems[0]).toMatchObject({ code: 'notAnObject' });
    expect(
      parseBundle('apiVersion: v1\nkind: ConfigMap\n').problems.map(describeBundleProblem),
    ).toEqual(['line 1, apiVersion: must be ucs.fleet-console/v1', 'line 2, kind: must be Bundle']);
  });

  it('makes a missing cluster, an unknown policy and a cluster in two fleets plan problems', async () => {
    const text = `apiVersion: ucs.fleet-console/v1
kind: Bundle
fleets:
  - name: one
    clusters: [no-such-cluster, private-k8s-wuhan]
    permissions:
      - policies: [no-such-policy]
        namespaces: [default]
  - name: two
    clusters: [private-k8s-wuhan]
`;
    const parsed = parseBundle(text);
    expect(parsed.problems).toEqual([]);
    const plan = planBundle(parsed.bundle as Bundle, await readBundleFacts(api), parsed.locate);
    expect(plan.problems.map(describeBundleProblem)).toEqual([
      'line 5, fleets[0].clusters[0]: no cluster named no-such-cluster in the account',
      'line 7, fleets[0].permissions[0].policies[0]: no policy named no-such-policy, in the bundle or the account',
      'line 10, fleets[1].clusters[0]: cluster private-k8s-wuhan is listed in more than one fleet (one, two); a cluster belongs to one fleet at most',
    ]);
  });

  it('keeps the schema file in step with the bundle type', () => {
    // A bundle written by the export always reads back through the schema.
    const bundle = parse(bundleYaml(toBundle({ rules: [], fleets: [], clusters: [] })));
    expect(bundle).toEqual({ apiVersion: 'ucs.fleet-console/v1', kind: 'Bundle' });
  });
});

describe('fields left out', () => {
  it('leave a description as it is; an empty one clears it', async () => {
    const bundle = await exported();
    const dev = bundle.fleets?.find((fleet) => fleet.name === 'cluster-dev');
    const auditor = bundle.policies?.find((policy) => policy.name === 'audit-viewer');
    if (!dev || !auditor) throw new Error('the seed has both');
    delete dev.description;
    delete auditor.description;
    expect((await planOf(bundle)).plan.steps).toEqual([]);

    dev.description = '';
    const { plan } = await planOf(bundle);
    expect(plan.steps.map(summary)).toEqual([
      'updateFleetDescription | cluster-dev | description: Development clusters on four clouds; every member is healthy, ready for federation. → ',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { NormalizedCluster, NormalizedClusterGroup, NormalizedRule } from '../normalize';
import type { RuleContent } from '../reference/permissions';
import type { AccessFacts } from './effectiveAccess';
import { applyProposal, clustersTouched, impactOf, noChange } from './impact';
import {
  bindingsProposal,
  deletePolicyProposal,
  policyUpdateProposal,
  ruleBindingProposal,
} from './proposals';

type Bindings = Record<string, string[]>;

const ruleNamespaces = (bindings: Bindings) =>
  Object.entries(bindings).map(([ruleID, namespaces]) => ({
    rules: [{ ruleID, ruleName: ruleID }],
    namespaces,
  }));

const policy = (id: string, users: string[], contents: RuleContent[]) =>
  ({
    metadata: { uid: id, name: id },
    spec: { type: 'custom', iamUserIDs: users, contents },
  }) as NormalizedRule;

const cluster = (id: string, fleetId = '', bindings: Bindings = {}) =>
  ({
    metadata: { uid: id, name: id },
    spec: { clusterGroupID: fleetId, ruleNamespaces: ruleNamespaces(bindings) },
    status: { conditions: [], endpoints: [] },
  }) as unknown as NormalizedCluster;

const fleet = (id: string, bindings: Bindings = {}) =>
  ({
    metadata: { uid: id, name: id },
    spec: { ruleNamespaces: ruleNamespaces(bindings) },
    status: { conditions: [] },
  }) as NormalizedClusterGroup;

const read: RuleContent = { verbs: ['get', 'list'], resources: ['pods'] };
const deploy: RuleContent = { verbs: ['create'], resources: ['deployments'] };

const facts: AccessFacts = {
  rules: [policy('dev', ['ann', 'bob'], [deploy]), policy('ro', ['ann'], [read])],
  clusters: [
    cluster('c1', 'f1', { ro: ['kube-system'] }),
    cluster('c2', 'f1'),
    cluster('c3', '', { ro: ['default'] }),
    cluster('c4'),
  ],
  fleets: [fleet('f1', { ro: ['default'] }), fleet('f2')],
};

/** `user cluster namespace +[gained] -[lost]`, one line per delta. */
const summary = (impact: ReturnType<typeof impactOf>) =>
  impact.users.flatMap(({ userId, deltas }) =>
    deltas.map(
      (delta) =>
        `${userId} ${delta.clusterId} ${delta.namespace}` +
        ` +[${delta.gained.map((p) => `${p.verb} ${p.resource}`).join(', ')}]` +
        ` -[${delta.lost.map((p) => `${p.verb} ${p.resource}`).join(', ')}]`,
    ),
  );

const targetOf = (kind: 'cluster' | 'fleet', id: string) => {
  const found =
    kind === 'cluster'
      ? facts.clusters.find((item) => item.metadata.uid === id)
      : facts.fleets.find((item) => item.metadata.uid === id);
  return { kind, id, ruleNamespaces: found?.spec.ruleNamespaces };
};

describe('the proposal of each flow that moves access', () => {
  it("a target's bindings edited as a whole (cluster or fleet bindings tab): the list sent", () => {
    const bindings = [
      { ruleIDs: ['ro'], namespaces: ['default'] },
      { ruleIDs: ['dev'], namespaces: ['default'] },
    ];
    const proposal = bindingsProposal({ kind: 'fleet', id: 'f1' }, bindings);
    expect(proposal).toEqual({
      kind: 'setBindings',
      target: { kind: 'fleet', id: 'f1' },
      bindings,
    });
    // Every member of the fleet gets the new policy's verbs in default; nothing else moves.
    expect(summary(impactOf(facts, proposal))).toEqual([
      'ann c1 default +[create deployments] -[]',
      'ann c2 default +[create deployments] -[]',
      'bob c1 default +[create deployments] -[]',
      'bob c2 default +[create deployments] -[]',
    ]);
  });

  it('a cluster in a fleet: its own bindings move no access, and none applies again or stops', () => {
    // Removing its inactive binding does not make it apply; adding one does not stop anything.
    for (const bindings of [[], [{ ruleIDs: ['ro', 'dev'], namespaces: ['web'] }]]) {
      const impact = impactOf(facts, bindingsProposal({ kind: 'cluster', id: 'c1' }, bindings));
      expect(noChange(impact)).toBe(true);
      expect(impact.activated).toBe(0);
      expect(impact.deactivated).toBe(0);
    }
    // Leaving the fleet is what makes its own binding apply again.
    expect(
      impactOf(facts, { kind: 'moveClusters', clusterIds: ['c1'], fleetId: null }).activated,
    ).toBe(1);
    expect(
      impactOf(facts, { kind: 'moveClusters', clusterIds: ['c3'], fleetId: 'f1' }).deactivated,
    ).toBe(1);
  });

  it('one policy bound on many targets keeps each target’s other bindings', () => {
    const proposal = ruleBindingProposal(
      [targetOf('fleet', 'f1'), targetOf('cluster', 'c3'), targetOf('cluster', 'c4')],
      'dev',
      ['default', ' default', 'web'],
    );
    expect(proposal).toEqual({
      kind: 'setManyBindings',
      changes: [
        {
          target: { kind: 'fleet', id: 'f1' },
          bindings: [
            { ruleIDs: ['ro'], namespaces: ['default'] },
            { ruleIDs: ['dev'], namespaces: ['default', 'web'] },
          ],
        },
        {
          target: { kind: 'cluster', id: 'c3' },
          bindings: [
            { ruleIDs: ['ro'], namespaces: ['default'] },
            { ruleIDs: ['dev'], namespaces: ['default', 'web'] },
          ],
        },
        {
          target: { kind: 'cluster', id: 'c4' },
          bindings: [{ ruleIDs: ['dev'], namespaces: ['default', 'web'] }],
        },
      ],
    });
    expect([...clustersTouched(facts, proposal)].sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    const after = applyProposal(facts, proposal);
    // The input is not modified; a target not named keeps its bindings.
    expect(facts.clusters[3]?.spec.ruleNamespaces).toEqual([]);
    expect(after.fleets[1]).toBe(facts.fleets[1]);
    const lines = summary(impactOf(facts, proposal));
    expect(lines).toHaveLength(16);
    expect(lines).toContain('bob c4 web +[create deployments] -[]');
    expect(lines).toContain('ann c3 default +[create deployments] -[]');
    expect(lines.every((line) => line.endsWith('-[]'))).toBe(true);
  });

  it('unbinding a policy (no namespaces) loses exactly its grants on that target', () => {
    const proposal = ruleBindingProposal([targetOf('cluster', 'c3')], 'ro', []);
    expect(proposal).toEqual({
      kind: 'setManyBindings',
      changes: [{ target: { kind: 'cluster', id: 'c3' }, bindings: [] }],
    });
    expect(summary(impactOf(facts, proposal))).toEqual([
      'ann c3 default +[] -[get pods, list pods]',
    ]);
  });

  it("a policy's update: its users, contents and type as the request sends them", () => {
    const proposal = policyUpdateProposal('ro', {
      spec: { type: 'custom', description: 'not access', contents: [deploy], iamUserIDs: ['bob'] },
    });
    expect(proposal).toEqual({
      kind: 'updatePolicy',
      ruleId: 'ro',
      type: 'custom',
      contents: [deploy],
      iamUserIDs: ['bob'],
    });
    expect(summary(impactOf(facts, proposal))).toEqual([
      'ann c1 default +[] -[get pods, list pods]',
      'ann c2 default +[] -[get pods, list pods]',
      'ann c3 default +[] -[get pods, list pods]',
      'bob c1 default +[create deployments] -[]',
      'bob c2 default +[create deployments] -[]',
      'bob c3 default +[create deployments] -[]',
    ]);
    // A description-only request names nothing that moves access.
    expect(policyUpdateProposal('ro', { spec: { description: 'x' } })).toEqual({
      kind: 'updatePolicy',
      ruleId: 'ro',
    });
  });

  it('a deleted policy: its users lose what it granted wherever it is bound', () => {
    const proposal = deletePolicyProposal('ro');
    expect(proposal).toEqual({ kind: 'deletePolicy', ruleId: 'ro' });
    expect(summary(impactOf(facts, proposal))).toEqual([
      'ann c1 default +[] -[get pods, list pods]',
      'ann c2 default +[] -[get pods, list pods]',
      'ann c3 default +[] -[get pods, list pods]',
    ]);
  });
});

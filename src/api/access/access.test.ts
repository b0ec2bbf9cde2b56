import { describe, expect, it } from 'vitest';
import type { NormalizedCluster, NormalizedClusterGroup, NormalizedRule } from '../normalize';
import type { RuleContent } from '../reference/permissions';
import {
  answer,
  computeAccess,
  isAdminEquivalent,
  knownUsers,
  permissionsOf,
  type AccessFacts,
} from './effectiveAccess';
import { impactOf, noChange } from './impact';

// --- builders: only the fields access reads ---------------------------------------------

type Bindings = Record<string, string[]>;

const ruleNamespaces = (bindings: Bindings) =>
  Object.entries(bindings).map(([ruleID, namespaces]) => ({
    rules: [{ ruleID, ruleName: ruleID }],
    namespaces,
  }));

function policy(id: string, users: string[], contents: RuleContent[], type = 'custom') {
  return {
    metadata: { uid: id, name: id },
    spec: { type, iamUserIDs: users, contents },
  } as NormalizedRule;
}

function cluster(id: string, fleetId = '', bindings: Bindings = {}) {
  return {
    metadata: { uid: id, name: id },
    spec: {
      clusterGroupID: fleetId,
      ...(Object.keys(bindings).length ? { ruleNamespaces: ruleNamespaces(bindings) } : {}),
    },
    status: { conditions: [], endpoints: [] },
  } as unknown as NormalizedCluster;
}

function fleet(id: string, bindings: Bindings = {}) {
  return {
    metadata: { uid: id, name: id },
    spec: Object.keys(bindings).length ? { ruleNamespaces: ruleNamespaces(bindings) } : {},
    status: { conditions: [] },
  } as NormalizedClusterGroup;
}

const read: RuleContent = { verbs: ['get', 'list', 'watch'], resources: ['*'] };
const deploy: RuleContent = { verbs: ['create', 'update'], resources: ['deployments'] };
const everything: RuleContent = { verbs: ['*'], resources: ['*'] };

/** The effective access as `user cluster namespace: verb resource, …` lines, sorted. */
function lines(facts: AccessFacts): string[] {
  return computeAccess(facts)
    .entries.map(
      (entry) =>
        `${entry.userId} ${entry.clusterId} ${entry.namespace}: ${permissionsOf(entry.grants)
          .map((permission) => `${permission.verb} ${permission.resource}`)
          .sort()
          .join(', ')}`,
    )
    .sort();
}

describe('effective access', () => {
  it.each([
    {
      case: 'a policy bound to a cluster grants its users its contents in those namespaces',
      facts: {
        rules: [policy('dev', ['ann'], [deploy])],
        clusters: [cluster('c1', '', { dev: ['default', 'web'] })],
        fleets: [],
      },
      expected: [
        'ann c1 default: create deployments, update deployments',
        'ann c1 web: create deployments, update deployments',
      ],
    },
    {
      case: 'a user in two policies bound to the same namespace gets both',
      facts: {
        rules: [policy('dev', ['ann'], [deploy]), policy('ro', ['ann', 'bob'], [read])],
        clusters: [cluster('c1', '', { dev: ['default'], ro: ['default'] })],
        fleets: [],
      },
      expected: [
        'ann c1 default: create deployments, get *, list *, update deployments, watch *',
        'bob c1 default: get *, list *, watch *',
      ],
    },
    {
      case: "a member cluster follows its fleet's bindings, not its own",
      facts: {
        rules: [policy('dev', ['ann'], [deploy]), policy('ro', ['ann'], [read])],
        clusters: [cluster('c1', 'f1', { dev: ['default'] })],
        fleets: [fleet('f1', { ro: ['default'] })],
      },
      expected: ['ann c1 default: get *, list *, watch *'],
    },
    {
      case: 'a cluster out of any fleet follows its own bindings again',
      facts: {
        rules: [policy('dev', ['ann'], [deploy]), policy('ro', ['ann'], [read])],
        clusters: [cluster('c1', '', { dev: ['default'] })],
        fleets: [fleet('f1', { ro: ['default'] })],
      },
      expected: ['ann c1 default: create deployments, update deployments'],
    },
    {
      case: 'all namespaces is one scope, `*`',
      facts: {
        rules: [policy('ro', ['ann'], [read])],
        clusters: [cluster('c1', '', { ro: ['*', 'default'] })],
        fleets: [],
      },
      expected: ['ann c1 *: get *, list *, watch *'],
    },
    {
      case: 'a template policy without contents grants its template',
      facts: {
        rules: [policy('admin', ['ann'], [], 'admin')],
        clusters: [cluster('c1', '', { admin: ['kube-system'] })],
        fleets: [],
      },
      expected: ['ann c1 kube-system: * *'],
    },
    {
      case: 'a policy without users, or a binding to a deleted policy, grants nothing',
      facts: {
        rules: [policy('ro', [], [read])],
        clusters: [cluster('c1', '', { ro: ['default'], gone: ['default'] })],
        fleets: [],
      },
      expected: [],
    },
  ])('$case', ({ facts, expected }) => {
    expect(lines(facts)).toEqual(expected);
  });

  it("lists a member cluster's own bindings as inactive, naming the fleet", () => {
    const access = computeAccess({
      rules: [policy('dev', ['ann'], [deploy])],
      clusters: [cluster('c1', 'f1', { dev: ['default'] })],
      fleets: [fleet('f1')],
    });
    expect(access.inactive).toEqual([
      {
        clusterId: 'c1',
        clusterName: 'c1',
        ruleId: 'dev',
        ruleName: 'dev',
        namespaces: ['default'],
        fleetId: 'f1',
        fleetName: 'f1',
      },
    ]);
    expect(access.entries).toEqual([]);
  });

  it('names the chain: policy, and the fleet it is bound to', () => {
    const [entry] = computeAccess({
      rules: [policy('ro', ['ann'], [read])],
      clusters: [cluster('c1', 'f1')],
      fleets: [fleet('f1', { ro: ['default'] })],
    }).entries;
    expect(entry?.grants).toEqual([
      {
        ruleId: 'ro',
        ruleName: 'ro',
        contents: [read],
        source: { kind: 'fleet', fleetId: 'f1', fleetName: 'f1' },
      },
    ]);
    expect(entry?.fleetName).toBe('f1');
  });

  it('flags `*` on `*` as admin-equivalent, and nothing less', () => {
    const grant = (contents: RuleContent[]) => ({
      ruleId: 'p',
      ruleName: 'p',
      contents,
      source: { kind: 'cluster' as const },
    });
    expect(isAdminEquivalent([grant([everything])])).toBe(true);
    expect(isAdminEquivalent([grant([read, deploy])])).toBe(false);
    expect(isAdminEquivalent([grant([{ verbs: ['*'], resources: ['pods'] }])])).toBe(false);
  });

  it('offers every user named in any policy, once', () => {
    expect(knownUsers([policy('a', ['bob', 'ann'], []), policy('b', ['ann'], [])])).toEqual([
      'ann',
      'bob',
    ]);
  });
});

describe('can user U do VERB on RESOURCE in NAMESPACE of CLUSTER', () => {
  const facts: AccessFacts = {
    rules: [
      policy('ops', ['ann'], [everything]),
      policy('ro', ['bob'], [read], 'readonly'),
      policy('deployer', ['carl'], [deploy]),
    ],
    clusters: [cluster('c1', '', { ops: ['tools'], ro: ['*'] }), cluster('c2', 'f1')],
    fleets: [fleet('f1', { deployer: ['web'] })],
  };

  it('answers yes for a `*`-verb custom policy, with the grant', () => {
    const result = answer(facts, {
      userId: 'ann',
      clusterId: 'c1',
      namespace: 'tools',
      verb: 'delete',
      resource: 'secrets',
    });
    expect(result.allowed).toBe(true);
    expect(
      result.grantedBy.map(({ grant, namespace }) => `${grant.ruleName} ${namespace}`),
    ).toEqual(['ops tools']);
  });

  it('answers no for create under a readonly template, and says which policy would grant it', () => {
    const result = answer(facts, {
      userId: 'bob',
      clusterId: 'c1',
      namespace: 'default',
      verb: 'create',
      resource: 'pods',
    });
    expect(result.allowed).toBe(false);
    // ops is bound for `tools` only, without bob: add him and bind it for `default`.
    expect(result.suggestions).toEqual([
      {
        kind: 'addUserAndBind',
        ruleId: 'ops',
        ruleName: 'ops',
        target: { kind: 'cluster', id: 'c1', name: 'c1' },
        namespace: 'default',
      },
    ]);
  });

  it('answers yes in any namespace through an all-namespaces binding', () => {
    const result = answer(facts, {
      userId: 'bob',
      clusterId: 'c1',
      namespace: 'added-later',
      verb: 'list',
      resource: 'pods',
    });
    expect(result.allowed).toBe(true);
    expect(result.grantedBy[0]?.namespace).toBe('*');
  });

  it("suggests binding on the fleet for a member cluster, and only what the policy can't yet", () => {
    const result = answer(facts, {
      userId: 'carl',
      clusterId: 'c2',
      namespace: 'api',
      verb: 'update',
      resource: 'deployments',
    });
    expect(result.allowed).toBe(false);
    expect(result.suggestions[0]).toEqual({
      kind: 'bind',
      ruleId: 'deployer',
      ruleName: 'deployer',
      target: { kind: 'fleet', id: 'f1', name: 'f1' },
      namespace: 'api',
    });
  });

  it('says a policy must be created when none grants it', () => {
    const result = answer(facts, {
      userId: 'carl',
      clusterId: 'c2',
      namespace: 'web',
      verb: 'delete',
      resource: 'nodes',
    });
    // ops grants it (`*` on `*`), so adding carl and binding ops on the fleet would do.
    expect(result.suggestions.map((suggestion) => suggestion.kind)).toEqual(['addUserAndBind']);
    const narrow: AccessFacts = {
      ...facts,
      rules: facts.rules.filter((rule) => rule.metadata.uid !== 'ops'),
    };
    expect(
      answer(narrow, {
        userId: 'carl',
        clusterId: 'c2',
        namespace: 'web',
        verb: 'delete',
        resource: 'nodes',
      }).suggestions,
    ).toEqual([{ kind: 'createPolicy' }]);
  });
});

describe('the impact of a change', () => {
  const facts: AccessFacts = {
    rules: [policy('dev', ['ann'], [deploy]), policy('ro', ['ann', 'bob'], [read])],
    clusters: [cluster('c1', 'f1', { dev: ['default'] }), cluster('c2', 'f1'), cluster('c3')],
    fleets: [fleet('f1', { ro: ['default'] }), fleet('f2')],
  };
  const summary = (impact: ReturnType<typeof impactOf>) =>
    impact.users.flatMap(({ userId, deltas }) =>
      deltas.map(
        (delta) =>
          `${userId} ${delta.clusterId} ${delta.namespace}` +
          ` +[${delta.gained.map((p) => `${p.verb} ${p.resource}`).join(', ')}]` +
          ` -[${delta.lost.map((p) => `${p.verb} ${p.resource}`).join(', ')}]`,
      ),
    );

  it("a cluster leaving its fleet loses the fleet's grants and gets its own back", () => {
    const impact = impactOf(facts, { kind: 'moveClusters', clusterIds: ['c1'], fleetId: null });
    expect(summary(impact)).toEqual([
      'ann c1 default +[create deployments, update deployments] -[get *, list *, watch *]',
      'bob c1 default +[] -[get *, list *, watch *]',
    ]);
    expect(impact.activated).toBe(1);
  });

  it("binding a policy to a fleet gives its users those verbs on every member's namespace", () => {
    const impact = impactOf(facts, {
      kind: 'setBindings',
      target: { kind: 'fleet', id: 'f1' },
      bindings: [
        { ruleIDs: ['ro'], namespaces: ['default'] },
        { ruleIDs: ['dev'], namespaces: ['web'] },
      ],
    });
    expect(summary(impact)).toEqual([
      'ann c1 web +[create deployments, update deployments] -[]',
      'ann c2 web +[create deployments, update deployments] -[]',
    ]);
  });

  it('widening verbs shows only what is gained, never the covered verbs as lost', () => {
    const impact = impactOf(facts, { kind: 'updatePolicy', ruleId: 'ro', contents: [everything] });
    expect(summary(impact)).toEqual([
      'ann c1 default +[* *] -[]',
      'ann c2 default +[* *] -[]',
      'bob c1 default +[* *] -[]',
      'bob c2 default +[* *] -[]',
    ]);
  });

  it('deleting a policy, or removing a user, loses exactly their grants', () => {
    expect(summary(impactOf(facts, { kind: 'deletePolicy', ruleId: 'dev' }))).toEqual([]);
    expect(
      summary(impactOf(facts, { kind: 'updatePolicy', ruleId: 'ro', iamUserIDs: ['ann'] })),
    ).toEqual([
      'bob c1 default +[] -[get *, list *, watch *]',
      'bob c2 default +[] -[get *, list *, watch *]',
    ]);
  });

  it('a new fleet without bindings takes its members’ own grants away', () => {
    const impact = impactOf(
      { ...facts, clusters: [cluster('c3', '', { dev: ['default'] })] },
      { kind: 'createFleet', fleetId: 'new', name: 'new', clusterIds: ['c3'] },
    );
    expect(summary(impact)).toEqual([
      'ann c3 default +[] -[create deployments, update deployments]',
    ]);
    expect(impact.deactivated).toBe(1);
  });

  it('says "no change" when nothing moves', () => {
    expect(
      noChange(impactOf(facts, { kind: 'moveClusters', clusterIds: ['c2'], fleetId: 'f1' })),
    ).toBe(true);
    expect(
      noChange(impactOf(facts, { kind: 'moveClusters', clusterIds: ['c3'], fleetId: 'f2' })),
    ).toBe(true);
  });
});

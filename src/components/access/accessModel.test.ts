import { describe, expect, it } from 'vitest';
import { computeAccess, type AccessFacts, type Grant } from '@/api/access/effectiveAccess';
import type { NormalizedCluster, NormalizedClusterGroup, NormalizedRule } from '@/api/normalize';
import type { RuleContent } from '@/api/reference/permissions';
import {
  filterEntries,
  matrixOf,
  permissionGroups,
  reportCsvRows,
  reportJson,
  sliceOf,
  sortEntries,
  type ReportLabels,
} from './accessModel';

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

const read: RuleContent = { verbs: ['get', 'list', 'watch'], resources: ['*'] };
const edit: RuleContent = {
  verbs: ['get', 'list', 'watch', 'update'],
  resources: ['configmaps', 'secrets'],
};
const all: RuleContent = { verbs: ['*'], resources: ['*'] };

const facts: AccessFacts = {
  rules: [
    policy('reader', ['ann', 'bob'], [read]),
    policy('editor', ['bob'], [edit]),
    policy('root', ['cat'], [all]),
  ],
  clusters: [
    cluster('web-1', 'prod', { root: ['*'] }),
    cluster('web-2', 'prod'),
    cluster('lab', '', { reader: ['default'], root: ['*'] }),
  ],
  fleets: [fleet('prod', { reader: ['*'], editor: ['shop'] }), fleet('empty', { editor: ['x'] })],
};

const grant = (contents: RuleContent[]): Grant => ({
  ruleId: 'p',
  ruleName: 'p',
  contents,
  source: { kind: 'cluster' },
});

describe('access as the explorer shows it', () => {
  it('groups resources allowed the same verbs: "get, list, watch on *"', () => {
    expect(permissionGroups([grant([read])])).toEqual([
      { verbs: ['get', 'list', 'watch'], resources: ['*'] },
    ]);
    expect(permissionGroups([grant([read]), grant([edit])])).toEqual([
      { verbs: ['get', 'list', 'watch'], resources: ['*'] },
      { verbs: ['get', 'list', 'watch', 'update'], resources: ['configmaps', 'secrets'] },
    ]);
  });

  it('filters by user and by cluster name text, in any case', () => {
    const entries = sortEntries(computeAccess(facts).entries);
    // Sorted by user, cluster name, then scope with `*` first.
    expect(
      filterEntries(entries, { userId: 'bob' }).map((e) => `${e.clusterId} ${e.namespace}`),
    ).toEqual(['lab default', 'web-1 *', 'web-1 shop', 'web-2 *', 'web-2 shop']);
    expect(
      filterEntries(entries, { clusterText: 'WEB-2' }).every((e) => e.clusterId === 'web-2'),
    ).toBe(true);
    expect(filterEntries(entries, { userId: 'nobody' })).toEqual([]);
  });

  it('a member cluster’s slice is its fleet’s, with its own bindings inactive', () => {
    const slice = sliceOf(facts, { kind: 'cluster', id: 'web-1' });
    expect(slice.fleet).toEqual({ id: 'prod', name: 'prod' });
    expect(slice.grants.map((e) => `${e.userId} ${e.namespace}`)).toEqual([
      'ann *',
      'bob *',
      'bob shop',
    ]);
    expect(slice.inactive).toEqual([
      expect.objectContaining({ ruleId: 'root', namespaces: ['*'], fleetName: 'prod' }),
    ]);
  });

  it('a fleet’s slice holds for every member, and for an empty fleet too', () => {
    const prod = sliceOf(facts, { kind: 'fleet', id: 'prod' });
    expect(prod.grants).toHaveLength(3);
    expect(prod.entries).toHaveLength(6); // 3 per member, 2 members
    const empty = sliceOf(facts, { kind: 'fleet', id: 'empty' });
    expect(empty.grants.map((e) => `${e.userId} ${e.namespace}`)).toEqual(['bob x']);
    expect(empty.entries).toEqual([]);
    expect(sliceOf(facts, { kind: 'fleet', id: 'gone' }).missing).toBe(true);
  });

  it('lays grants out as users × scopes and marks admin-equivalent users', () => {
    const { scopes, rows } = matrixOf(sliceOf(facts, { kind: 'cluster', id: 'lab' }).grants);
    expect(scopes).toEqual(['*', 'default']);
    expect(rows.map((row) => [row.userId, [...row.cells.keys()], row.admin])).toEqual([
      ['ann', ['default'], false],
      ['bob', ['default'], false],
      ['cat', ['*'], true],
    ]);
  });

  it('reports one row per entry with the policies and where they are bound', () => {
    const labels: ReportLabels = {
      columns: {
        user: 'user',
        cluster: 'cluster',
        fleet: 'fleet',
        namespace: 'namespace scope',
        verbs: 'verbs',
        resources: 'resources',
        grantedBy: 'granted by',
      },
      allNamespaces: 'All namespaces',
      grant: (g, clusterName) =>
        `${g.ruleName} (${g.source.kind === 'fleet' ? `fleet ${g.source.fleetName}` : `cluster ${clusterName}`})`,
    };
    const entries = filterEntries(sortEntries(computeAccess(facts).entries), { userId: 'bob' });
    const { header, rows } = reportCsvRows(entries, labels);
    expect(header).toHaveLength(7);
    expect(rows).toHaveLength(entries.length);
    expect(rows).toContainEqual([
      'bob',
      'web-1',
      'prod',
      'shop',
      'get list watch update',
      'configmaps secrets',
      'editor (fleet prod)',
    ]);
    expect(rows).toContainEqual([
      'bob',
      'lab',
      '',
      'default',
      'get list watch',
      '*',
      'reader (cluster lab)',
    ]);
    const json = JSON.parse(reportJson(entries)) as { grantedBy: unknown[] }[];
    expect(json).toHaveLength(entries.length);
    expect(json).toContainEqual(
      expect.objectContaining({
        user: 'bob',
        namespaceScope: 'default',
        adminEquivalent: false,
        grantedBy: [
          {
            policy: { id: 'reader', name: 'reader' },
            boundTo: { kind: 'cluster', id: 'lab', name: 'lab' },
          },
        ],
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { filterPolicies, readListFilters, writeListFilters } from './listFilters';
import { bindingsByRule } from './policyBindings';

const target = (uid: string, name: string, ruleNamespaces: unknown) =>
  ({ metadata: { uid, name }, spec: { ruleNamespaces }, status: {} }) as never;

describe('bindingsByRule', () => {
  it('collects each policy’s bindings from fleets and clusters', () => {
    const clusters: NormalizedCluster[] = [
      target('c1', 'zeta', [{ rules: [{ ruleID: 'r1' }], namespaces: ['*'] }]),
      target('c2', 'alpha', [
        { rules: [{ ruleID: 'r1' }, { ruleID: 'r2' }], namespaces: ['default'] },
        { rules: [{ ruleID: 'r1' }], namespaces: ['dev'] },
      ]),
      target('c3', 'unbound', undefined),
    ];
    const fleets: NormalizedClusterGroup[] = [
      target('f1', 'fleet', [{ rules: [{ ruleID: 'r2' }], namespaces: ['storefront'] }]),
    ];
    const result = bindingsByRule(clusters, fleets);
    expect(result.get('r1')).toEqual([
      { kind: 'cluster', id: 'c2', name: 'alpha', namespaces: ['default', 'dev'] },
      { kind: 'cluster', id: 'c1', name: 'zeta', namespaces: ['*'] },
    ]);
    expect(result.get('r2')).toEqual([
      { kind: 'fleet', id: 'f1', name: 'fleet', namespaces: ['storefront'] },
      { kind: 'cluster', id: 'c2', name: 'alpha', namespaces: ['default'] },
    ]);
    expect(result.has('r3')).toBe(false);
  });

  it('marks a member cluster’s own binding as inactive, naming the fleet it follows', () => {
    const member = {
      metadata: { uid: 'c1', name: 'web' },
      spec: {
        clusterGroupID: 'f1',
        ruleNamespaces: [{ rules: [{ ruleID: 'r1' }], namespaces: ['*'] }],
      },
      status: {},
    } as never;
    const result = bindingsByRule([member], [target('f1', 'prod', undefined)]);
    expect(result.get('r1')).toEqual([
      { kind: 'cluster', id: 'c1', name: 'web', namespaces: ['*'], inactiveFollowing: 'prod' },
    ]);
  });
});

describe('list filters in the URL', () => {
  it('round-trips and ignores nonsense', () => {
    const filters = { search: 'ci', type: 'custom' as const, page: 3 };
    expect(readListFilters(writeListFilters(filters))).toEqual(filters);
    expect(writeListFilters(filters)).toBe('?q=ci&type=custom&page=3');
    expect(writeListFilters({ search: '', type: null, page: 1 })).toBe('');
    expect(readListFilters(new URLSearchParams('type=root&page=-2'))).toEqual({
      search: '',
      type: null,
      page: 1,
    });
  });

  it('matches name or description, and type', () => {
    const rules = [
      { metadata: { uid: 'r1', name: 'ci-deployer' }, spec: { type: 'custom', description: 'CI' } },
      {
        metadata: { uid: 'r2', name: 'readonly' },
        spec: { type: 'readonly', description: 'View all' },
      },
    ];
    const names = (search: string, type: 'custom' | null = null) =>
      filterPolicies(rules, { search, type, page: 1 }).map((rule) => rule.metadata.name);
    expect(names('view')).toEqual(['readonly']);
    expect(names('CI')).toEqual(['ci-deployer']);
    expect(names('', 'custom')).toEqual(['ci-deployer']);
    expect(names('read', 'custom')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeCluster } from '@/api/normalize';
import { filterClusters, matchesLabels, parseLabelSelector } from './filterClusters';
import { defaultListState } from './listState';

const cluster = (name: string, labels: Record<string, string>, extra: object = {}) =>
  normalizeCluster({
    metadata: { uid: name, name, labels },
    spec: { provider: 'aws', type: 'eks', category: 'attachedcluster', country: 'US' },
    status: { phase: 'Available' },
    ...extra,
  });

describe('label selectors', () => {
  it('reads every form kubectl accepts', () => {
    const parsed = parseLabelSelector('env=prod, tier in (web, api),!legacy,team,zone!=a,x==y');
    expect(parsed).toEqual({
      ok: true,
      requirements: [
        { key: 'env', op: 'in', values: ['prod'] },
        { key: 'tier', op: 'in', values: ['web', 'api'] },
        { key: 'legacy', op: 'notExists' },
        { key: 'team', op: 'exists' },
        { key: 'zone', op: 'notIn', values: ['a'] },
        { key: 'x', op: 'in', values: ['y'] },
      ],
    });
  });

  it('names the part it cannot read', () => {
    expect(parseLabelSelector('env=prod,tier=(web')).toEqual({ ok: false, at: 'tier=(web' });
  });

  it('matches like Kubernetes: notin and != also match clusters without the key', () => {
    const selector = parseLabelSelector('zone notin (a)');
    if (!selector.ok) throw new Error('unparsed');
    expect(matchesLabels({}, selector.requirements)).toBe(true);
    expect(matchesLabels({ zone: 'a' }, selector.requirements)).toBe(false);
    expect(matchesLabels({ zone: 'b' }, selector.requirements)).toBe(true);
  });
});

describe('client-side filtering', () => {
  const rows = [
    cluster('prod-a', { env: 'prod' }),
    cluster('prod-b', { env: 'prod' }, { status: { phase: 'Pending' } }),
    cluster('dev-a', { env: 'dev' }),
  ];

  it('combines name search, status and labels', () => {
    const names = (state: Partial<typeof defaultListState>) =>
      filterClusters(rows, { ...defaultListState, ...state }).map((row) => row.metadata.name);
    expect(names({ search: 'PROD' })).toEqual(['prod-a', 'prod-b']);
    expect(names({ search: 'prod', status: ['Pending'] })).toEqual(['prod-b']);
    expect(names({ labels: 'env!=prod' })).toEqual(['dev-a']);
    expect(names({ provider: 'azure' })).toEqual([]);
    // An unreadable selector filters nothing (the form says why) rather than hiding everything.
    expect(names({ labels: 'env in (' })).toHaveLength(3);
  });
});

describe('the Kubernetes version filter', () => {
  const clusters = [
    cluster('old', {}, { status: { phase: 'Available', kubernetesVersion: 'v1.20.4' } }),
    cluster('new', {}, { status: { phase: 'Available', kubernetesVersion: 'v1.29' } }),
    cluster('waiting', {}, { status: { phase: 'Pending' } }),
  ];
  const names = (version: string) =>
    filterClusters(clusters, { ...defaultListState, version }).map((c) => c.metadata.name);

  it('matches the minor version, whatever the patch', () => {
    expect(names('v1.20')).toEqual(['old']);
  });

  it('finds clusters that report no version as "unknown"', () => {
    expect(names('unknown')).toEqual(['waiting']);
  });
});

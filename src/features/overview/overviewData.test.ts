import { describe, expect, it } from 'vitest';
import { normalizeCluster, normalizeClusterGroup } from '@/api/normalize';
import { attentionItems, countBy, minorVersionOf, pendingTooLongMs } from './overviewData';

const now = Date.parse('2026-03-02T08:00:00Z');

function cluster(name: string, status: Record<string, unknown>, createdMsAgo = 86_400_000) {
  return normalizeCluster({
    metadata: {
      uid: `${name}-id`,
      name,
      creationTimestamp: new Date(now - createdMsAgo).toISOString(),
    },
    spec: {},
    status,
  });
}

function fleet(
  name: string,
  spec: Record<string, unknown>,
  conditions: Record<string, unknown>[] = [],
) {
  return normalizeClusterGroup({
    metadata: { uid: `${name}-id`, name },
    spec,
    status: { conditions },
  });
}

describe('overview figures', () => {
  it('count per key, largest first', () => {
    expect(countBy(['b', 'a', 'b', 'c', 'a', 'b'], (x) => x)).toEqual([
      { key: 'b', count: 3 },
      { key: 'a', count: 2 },
      { key: 'c', count: 1 },
    ]);
  });

  it('group versions by minor version', () => {
    expect(minorVersionOf(cluster('a', { kubernetesVersion: 'v1.25.3-r0' }))).toBe('v1.25');
    expect(minorVersionOf(cluster('b', {}))).toBe('unknown');
  });

  it('list what needs attention, each linked to where it is fixed', () => {
    const items = attentionItems(
      [
        cluster('ok', { phase: 'Available' }),
        cluster('down', { phase: 'Unavailable', message: 'agent lost' }),
        cluster('broken', { phase: 'Failed' }),
        cluster('new', { phase: 'Pending' }, pendingTooLongMs / 2),
        cluster('stuck', { phase: 'Pending' }, pendingTooLongMs * 2),
        cluster('unpaid', { phase: 'Available', arrearFreeze: 'true' }),
      ],
      [fleet('fed', {}, [{ type: 'Federation', status: 'Failed', message: 'chart failed' }])],
      now,
    );
    expect(items.map((item) => [item.kind, item.name, item.to])).toEqual([
      ['unavailable', 'down', '/clusters/down-id'],
      ['failed', 'broken', '/clusters/broken-id'],
      ['pending', 'stuck', '/clusters/stuck-id'],
      ['frozen', 'unpaid', '/clusters/unpaid-id'],
      ['federation', 'fed', '/fleets/fed-id/federation'],
    ]);
    expect(items[0]?.detail).toBe('agent lost');
    expect(items[4]?.detail).toBe('chart failed');
  });
});

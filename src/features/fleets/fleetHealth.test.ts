import { describe, expect, it } from 'vitest';
import { normalizeCluster } from '@/api/normalize';
import { fleetHealth, healthByFleet, healthOfFleet } from './fleetHealth';

const cluster = (uid: string, fleet: string, phase?: string) =>
  normalizeCluster({
    metadata: { uid, name: uid },
    spec: { clusterGroupID: fleet },
    ...(phase ? { status: { phase } } : {}),
  });

describe('fleet health', () => {
  it('counts members whose phase is not Available', () => {
    expect(
      fleetHealth([
        cluster('a', 'f', 'Available'),
        cluster('b', 'f', 'Failed'),
        cluster('c', 'f', 'Pending'),
      ]),
    ).toEqual({ total: 3, unavailable: 2, unknown: 0 });
  });

  it('claims nothing about a member whose status was not sent (enablestatus=false)', () => {
    expect(fleetHealth([cluster('a', 'f', 'Available'), cluster('b', 'f')])).toEqual({
      total: 2,
      unavailable: 0,
      unknown: 1,
    });
  });

  it('groups one list of clusters in any fleet by fleet, once per list', () => {
    const clusters = [
      cluster('a', 'f1', 'Available'),
      cluster('b', 'f2', 'Unavailable'),
      cluster('c', 'f1', 'Failed'),
      cluster('d', '', 'Available'),
    ];
    expect(healthByFleet(clusters)).toEqual(
      new Map([
        ['f1', { total: 2, unavailable: 1, unknown: 0 }],
        ['f2', { total: 1, unavailable: 1, unknown: 0 }],
      ]),
    );
    expect(healthOfFleet(clusters, 'f1')).toBe(healthOfFleet(clusters, 'f1'));
    expect(healthOfFleet(clusters, 'empty')).toEqual({ total: 0, unavailable: 0, unknown: 0 });
  });
});

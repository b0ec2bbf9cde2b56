import { describe, expect, it } from 'vitest';
import { clusterKinds } from '../src/api/reference/clusterKinds';
import { ucsCityNames, ucsCountries } from '../src/api/reference/locations';
import { scaleSeed, seedState } from './seed';
import { createBackend } from './backend';

describe('the seed', () => {
  const state = seedState();
  const clusters = state.clusters.map((record) => record.cluster);

  it('is deterministic', () => {
    expect(JSON.stringify(seedState())).toBe(JSON.stringify(state));
  });

  it('covers every row of table 5.7', () => {
    const seen = new Set(
      clusters.map(
        (cluster) => `${cluster.spec.category}/${cluster.spec.type}/${cluster.spec.provider}`,
      ),
    );
    for (const kind of clusterKinds)
      expect(seen).toContain(`${kind.category}/${kind.type}/${kind.provider}`);
  });

  it('shows every phase a console must render, and a frozen cluster', () => {
    const phases = new Set(clusters.map((cluster) => cluster.status.phase));
    expect([...phases].sort()).toEqual(['Available', 'Failed', 'Pending', 'Unavailable']);
    expect(clusters.some((cluster) => cluster.status.arrearFreeze === 'true')).toBe(true);
  });

  it('keeps the reference’s example fleet verbatim: Go timestamps and a zero condition time', () => {
    const example = state.fleets.find((record) => record.fleet.metadata.name === 'cluster-test');
    expect(example?.fleet.metadata.creationTimestamp).toBe('2023-11-02 06:33:35.558128 +0000 UTC');
    expect(example?.fleet.status.conditions?.[0]?.lastTransitionTime).toBe('0001-01-01T00:00:00Z');
  });

  it('spans Kubernetes v1.19 to v1.29', () => {
    const versions = new Set(
      clusters.map((cluster) => cluster.status.kubernetesVersion).filter(Boolean),
    );
    for (let minor = 19; minor <= 29; minor += 1) expect(versions).toContain(`v1.${minor}`);
  });

  it('uses countries of 5.5 and, in China, cities of 5.6', () => {
    for (const cluster of clusters) {
      expect(ucsCountries).toHaveProperty(cluster.spec.country ?? '');
      if (cluster.spec.country === 'CN')
        expect(ucsCityNames).toHaveProperty(cluster.spec.city ?? '');
    }
  });

  it('has at least 16 clusters, some in no fleet, and the reference’s test-cluster', () => {
    expect(clusters.length).toBeGreaterThanOrEqual(16);
    expect(clusters.filter((cluster) => !cluster.spec.clusterGroupID).length).toBeGreaterThan(3);
    expect(clusters.find((cluster) => cluster.metadata.name === 'test-cluster')?.metadata.uid).toBe(
      'b0d1ecb5-7947-11ee-9467-0255ac1001bf',
    );
  });

  it('has a federated fleet, one ready to federate and an empty one', () => {
    const byName = Object.fromEntries(
      state.fleets.map((record) => [record.fleet.metadata.name, record]),
    );
    expect(byName['cluster-test']?.fleet.spec.federationId).toBeTruthy();
    const dev = state.clusters.filter(
      (record) => record.cluster.spec.clusterGroupID === byName['cluster-dev']?.fleet.metadata.uid,
    );
    expect(dev.length).toBeGreaterThan(0);
    expect(dev.every((record) => record.cluster.status.phase === 'Available')).toBe(true);
    expect(
      state.clusters.some(
        (record) => record.cluster.spec.clusterGroupID === byName.test0131?.fleet.metadata.uid,
      ),
    ).toBe(false);
  });

  it('has at least 5 policies, some bound to clusters and fleets', () => {
    expect(state.rules.length).toBeGreaterThanOrEqual(5);
    expect(clusters.some((cluster) => cluster.spec.ruleNamespaces?.length)).toBe(true);
    expect(state.fleets.some((record) => record.bindings.length > 0)).toBe(true);
  });
});

describe('the scale seed', () => {
  it('spreads N clusters over N/20 fleets', () => {
    const state = scaleSeed(1000);
    expect(state.clusters).toHaveLength(1000);
    expect(state.fleets).toHaveLength(50);
    expect(new Set(state.clusters.map((record) => record.cluster.metadata.uid)).size).toBe(1000);
  });

  it('raises the quota so the seed fits, unless one is given', () => {
    expect(createBackend({ scale: 200 }).store.quota).toBe(250);
    expect(createBackend({ scale: 200, quota: 100 }).store.quota).toBe(100);
  });
});

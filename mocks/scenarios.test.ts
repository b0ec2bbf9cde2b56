import { describe, expect, it } from 'vitest';
import { createBackend } from './backend';
import { showFederationProgress } from './resources/federation';
import { hostileText, rloName } from './scenarios';

describe('the hostile-text scenario', () => {
  const backend = createBackend({ scenario: 'hostile-text' });
  const { state } = backend.store;
  const { clusters, fleets, policies } = hostileText;

  it('gives names, descriptions and messages of 100,000 characters and U+202E names', () => {
    const cluster = state.clusters.find(
      (item) => item.cluster.metadata.name === clusters.long.name,
    );
    expect(cluster?.cluster.metadata.name).toHaveLength(100_000);
    expect(cluster?.cluster.metadata.name).not.toMatch(/\s/);
    expect(cluster?.cluster.status.conditions?.[0]?.message).toBe(hostileText.condition.message);
    expect(state.clusters.map((item) => item.cluster.metadata.name)).toContain(rloName);
    const fleet = state.fleets.find((item) => item.fleet.metadata.name === fleets.long.name);
    expect(fleet?.fleet.spec.description).toHaveLength(100_000);
    expect(state.rules.map((item) => item.rule.metadata.name)).toContain(policies.long.name);
  });

  it('shows renamed policies by their new names where they are bound', () => {
    const bound = state.clusters.flatMap((item) =>
      (item.cluster.spec.ruleNamespaces ?? []).flatMap((entry) =>
        typeof entry === 'string' ? [] : (entry.rules ?? []).map((rule) => rule.ruleName),
      ),
    );
    expect(bound).toContain(policies.long.name);
    expect(bound).not.toContain(policies.long.seed);
  });

  it('fails a federation with the long reason, on the job, its step and the fleet', () => {
    const fleet = state.fleets.find((item) => item.fleet.metadata.name === fleets.failed.seed);
    const id = fleet?.fleet.metadata.uid ?? '';
    const job = showFederationProgress(backend, id);
    expect(job.status.phase).toBe('Failed');
    expect(job.status.reason).toBe(`InstallFederationChart: ${fleets.failed.reason}`);
    expect(job.spec.subJobs?.[2]?.status?.reason).toBe(fleets.failed.reason);
    expect(fleet?.fleet.status.conditions?.[0]?.message).toBe(fleets.failed.reason);
  });

  it('is the seed again after a reset, changed the same way', () => {
    backend.reset();
    expect(backend.store.state.clusters.map((item) => item.cluster.metadata.name)).toContain(
      clusters.long.name,
    );
  });
});

import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { createPersistentBackend, stateKey } from './persistence';

const demoOptions = { clock: { realTime: true, speed: 10 } };

async function createFleet(persistent: ReturnType<typeof createPersistentBackend>, name: string) {
  const request = new Request('http://localhost/ucs-api/v1/clustergroups', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 'demo' },
    body: JSON.stringify({ metadata: { name } }),
  });
  const response = await getResponse(createHandlers(persistent.backend), request);
  expect(response?.status).toBe(201);
}

const fleetNames = (persistent: ReturnType<typeof createPersistentBackend>) =>
  persistent.backend.store.state.fleets.map((record) => record.fleet.metadata.name);

describe('demo persistence', () => {
  it('keeps a new fleet across a reload, and "Reset demo data" removes it', async () => {
    const first = createPersistentBackend(localStorage, demoOptions);
    await createFleet(first, 'kept-over-reload');
    first.flush();
    expect(localStorage.getItem(stateKey)).toContain('kept-over-reload');

    const reloaded = createPersistentBackend(localStorage, demoOptions);
    expect(fleetNames(reloaded)).toContain('kept-over-reload');

    reloaded.reset();
    expect(fleetNames(reloaded)).not.toContain('kept-over-reload');
    expect(fleetNames(createPersistentBackend(localStorage, demoOptions))).not.toContain(
      'kept-over-reload',
    );
  });

  it('saves by itself shortly after a change', async () => {
    const demo = createPersistentBackend(localStorage, demoOptions);
    await createFleet(demo, 'saved-later');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(localStorage.getItem(stateKey)).toContain('saved-later');
  });

  it('ignores a corrupt saved state', () => {
    localStorage.setItem(stateKey, '{broken');
    expect(fleetNames(createPersistentBackend(localStorage, demoOptions))).toContain(
      'cluster-test',
    );
  });

  it('does not persist scale mode', async () => {
    const scaled = createPersistentBackend(localStorage, { ...demoOptions, scale: 100 });
    await createFleet(scaled, 'scaled');
    scaled.flush();
    expect(localStorage.getItem(stateKey)).toBeNull();
  });
});

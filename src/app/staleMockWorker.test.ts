import { describe, expect, it, vi } from 'vitest';
import { unregisterStaleMockWorker } from './staleMockWorker';

function registration(scriptURL: string) {
  return {
    active: { scriptURL },
    waiting: null,
    installing: null,
    unregister: vi.fn(async () => true),
  } as unknown as ServiceWorkerRegistration;
}

describe("the demo's mock worker, met by the live build", () => {
  it('is unregistered; other service workers are left alone', async () => {
    const mock = registration('https://console.example.com/mockServiceWorker.js');
    const other = registration('https://console.example.com/sw.js');
    const removed = await unregisterStaleMockWorker({
      getRegistrations: async () => [mock, other],
    });
    expect(removed).toBe(1);
    expect(mock.unregister).toHaveBeenCalled();
    expect(other.unregister).not.toHaveBeenCalled();
  });

  it('does nothing where there are no service workers', async () => {
    expect(await unregisterStaleMockWorker(undefined)).toBe(0);
  });
});

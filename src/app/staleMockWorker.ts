/** The demo's mock backend: a service worker answering API calls in the browser. */
const mockWorkerScript = '/mockServiceWorker.js';

/**
 * The live build removes a mock worker the demo left registered on the same origin: until it
 * is gone it would keep answering the live console's requests with demo data. Resolves with
 * how many were removed.
 */
export async function unregisterStaleMockWorker(
  container: Pick<ServiceWorkerContainer, 'getRegistrations'> | undefined = globalThis.navigator
    ?.serviceWorker,
): Promise<number> {
  if (!container) return 0;
  const registrations = await container.getRegistrations();
  const stale = registrations.filter((registration) =>
    [registration.active, registration.waiting, registration.installing].some((worker) =>
      worker?.scriptURL.endsWith(mockWorkerScript),
    ),
  );
  const removed = await Promise.all(stale.map((registration) => registration.unregister()));
  return removed.filter(Boolean).length;
}

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mockBackend, server } from '../../mocks/node';
import { session } from '@/api/session';
import { startI18nWith } from '@/i18n';
import { en, zhCN } from '@/i18n/resources';

// Both languages, loaded at once: the app loads only the active one, tests switch freely.
startI18nWith({ en, 'zh-CN': zhCN });

// findBy*/waitFor wait up to 10 s, not Testing Library's 1 s: on one busy core a page that
// renders 20 rows from the mock takes longer than a second, and that is not a bug.
configure({ asyncUtilTimeout: 10_000 });

// Every test talks to the same mock backend the demo uses, from its seed. A request no handler
// knows is a bug in the test or the app, so it fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => session.setToken('test-token'));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  mockBackend.reset();
  globalThis.sessionStorage?.clear();
  globalThis.localStorage?.clear();
});
afterAll(() => server.close());

// jsdom lacks the layout APIs Mantine asks for; these answer like a desktop browser would.
// Files that run in the node environment (the HTTP mock server's tests) have no window.
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub;
  window.HTMLElement.prototype.scrollIntoView ??= () => undefined;
  // jsdom's own style sheet lacks <bdi>, inline in every browser: without this, accessible names
  // gain a space on each side of an API value isolated in one (components/ApiText).
  const inlineBdi = document.createElement('style');
  inlineBdi.textContent = 'bdi { display: inline; }';
  document.head.append(inlineBdi);
  // Mantine 9 measures text once fonts have loaded (document.fonts.ready); jsdom has no fonts.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: {
        ready: Promise.resolve(),
        status: 'loaded',
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
  }
}

/**
 * The mock backend for Vitest (Node): `server` intercepts the console's requests, `mockBackend`
 * lets a test reset the seed, inject faults and move mock time. The clock stands still unless a
 * test advances it, so timestamps in assertions are reproducible.
 */
import { setupServer } from 'msw/node';
import { createBackend } from './backend';
import { createHandlers } from './handlers';

export const mockBackend = createBackend({ clock: { realTime: false, speed: 10 } });

export const server = setupServer(...createHandlers(mockBackend));

export type { MockBackend } from './backend';
export { DEMO_CREDENTIALS, EXPIRED_TOKEN } from './resources/iam';

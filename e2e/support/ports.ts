/**
 * The e2e servers' ports, for the Playwright config and the specs that talk to a server
 * directly (e2e/live/). E2E_PORT moves all of them, so several checkouts or builds can be tested
 * side by side.
 */
export const demoPort = Number(process.env.E2E_PORT ?? 4174);
/** The live build's preview server, whose proxy forwards to the mock server. */
export const livePort = demoPort + 100;
/** The mock UCS HTTP server (UCS and IAM) behind the live preview. */
export const mockPort = demoPort + 200;

import { defineConfig, devices } from '@playwright/test';
import { demoPort as port, livePort, mockPort } from './support/ports';

// E2E_PORT and E2E_OUT_DIR let several checkouts or builds be tested side by side; such runs
// test the demo build only unless E2E_LIVE=1.
const outDir = process.env.E2E_OUT_DIR ?? 'dist-demo';
const reportSuffix = process.env.E2E_PORT ? `-${port}` : '';
const withLive = !process.env.E2E_PORT || process.env.E2E_LIVE === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The demo project runs the production build in demo mode (npm run build:demo); the live
// project runs the live build (npm run build) behind its proxy against the mock UCS HTTP
// server. Both in Debian's Chromium; the flags keep Chromium from calling home, which a machine
// without internet would answer with errors.
export default defineConfig({
  testDir: '.',
  outputDir: `../test-results/e2e${reportSuffix}`,
  fullyParallel: true,
  forbidOnly: true,
  // One retry, so a test that passes only on it is reported as flaky, and flaky fails the run:
  // a race that loses one run in ten is a bug. One worker: two Chromiums (each with a
  // SwiftShader GPU process) beside the preview servers and the mock server overload a 2-core
  // machine (load average 12 measured), and tests then fail on timeouts, not on bugs.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  workers: 1,
  // Sized for a day 3x slower than a quiet one: a route's accessibility scans take ~25 s there.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: `../test-results/playwright${reportSuffix}.json` }]],
  use: {
    // Transitions and animations end at once (the theme respects reduced motion), so a test
    // never waits on, or clicks into, a dialog that is still sliding in.
    contextOptions: { reducedMotion: 'reduce' },
    // Recording a trace of every test cost a third of the suite's time; a failure is retried
    // once (see retries), and that retry is traced.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'demo',
      testIgnore: /live\//,
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: `http://127.0.0.1:${port}`,
      },
    },
    ...(withLive
      ? [
          {
            name: 'live',
            testMatch: /live\/.*\.spec\.ts/,
            use: {
              ...devices['Desktop Chrome'],
              channel: undefined,
              baseURL: `http://127.0.0.1:${livePort}`,
            },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npx vite preview --mode demo --strictPort --port ${port} --outDir ${outDir}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(withLive
      ? [
          {
            command: `npx tsx mocks/server/main.ts --port ${mockPort} --speed 100`,
            cwd: '..',
            url: `http://127.0.0.1:${mockPort}/v1/config/registeredclusterversions`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
          {
            command: `npx vite preview --strictPort --port ${livePort} --outDir dist`,
            cwd: '..',
            url: `http://127.0.0.1:${livePort}`,
            reuseExistingServer: false,
            timeout: 60_000,
            env: {
              UCS_ENDPOINT: `http://127.0.0.1:${mockPort}`,
              IAM_ENDPOINT: `http://127.0.0.1:${mockPort}`,
            },
          },
        ]
      : []),
  ],
});

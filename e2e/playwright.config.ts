import { defineConfig, devices } from '@playwright/test';

// E2E_PORT and E2E_OUT_DIR let several checkouts or builds be tested side by side.
const port = Number(process.env.E2E_PORT ?? 4174);
const outDir = process.env.E2E_OUT_DIR ?? 'dist-demo';
const reportSuffix = process.env.E2E_PORT ? `-${port}` : '';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Runs the production build in demo mode (npm run build:demo) in Debian's Chromium. The flags
// keep Chromium from calling home, which a machine without internet would answer with errors.
export default defineConfig({
  testDir: '.',
  outputDir: `../test-results/e2e${reportSuffix}`,
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `../test-results/playwright${reportSuffix}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
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
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx vite preview --mode demo --strictPort --port ${port} --outDir ${outDir}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

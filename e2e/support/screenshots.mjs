// Takes the README's screenshots from the demo build: `npm run build:demo`, then
// `node e2e/support/screenshots.mjs [outDir]`. Serves dist-demo itself on a free port.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = process.argv[2] ?? 'e2e/screenshots';
const port = 4199;
mkdirSync(outDir, { recursive: true });

const server = spawn(
  'npx',
  ['vite', 'preview', '--mode', 'demo', '--strictPort', '--port', String(port)],
  // A process group of its own: npx starts vite as a child, and both must stop with this script
  // (a server left on the port would serve the next run an old build).
  { stdio: 'ignore', detached: true },
);
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const shots = (
    process.env.SHOTS ?? 'overview:/,clusters:/clusters,fleets:/fleets,permissions:/permissions'
  )
    .split(',')
    .map((entry) => entry.split(':'));
  for (const scheme of ['light', 'dark']) {
    for (const language of ['en', 'zh-CN']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(
        ([lang, colorScheme]) => {
          localStorage.setItem('ucs:language', lang);
          localStorage.setItem('mantine-color-scheme-value', colorScheme);
        },
        [language, scheme],
      );
      for (const [name, path] of shots) {
        for (let attempt = 0; ; attempt++) {
          try {
            await page.goto(`http://127.0.0.1:${port}${path}`);
            break;
          } catch (error) {
            if (attempt > 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
        }
        await page.waitForLoadState('networkidle');
        const suffix = scheme === 'light' && language === 'en' ? '' : `-${language}-${scheme}`;
        await page.screenshot({ path: `${outDir}/${name}${suffix}.png` });
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}

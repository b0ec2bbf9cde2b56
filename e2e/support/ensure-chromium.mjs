// Makes sure the Chromium the e2e tests drive is installed. Playwright's own browser download
// cannot work on machines without internet access beyond the package registries, so the tests
// use Debian's chromium package instead.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(chromium)) {
  console.log(`Chromium found at ${chromium}.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    [
      `Chromium is missing at ${chromium}. Install it, then run the tests again:`,
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'Or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq chromium', { stdio: 'inherit', env });
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
console.log(`Chromium installed at ${chromium}.`);

// Makes sure the Chromium the e2e tests drive, and the CJK fonts the zh-CN pages render with, are
// installed. Playwright's own browser download cannot work on machines without internet access
// beyond the package registries, so the tests use Debian's chromium package instead. Without
// fonts-noto-cjk Chinese text falls back to tofu boxes and axe's colour-contrast check cannot
// measure it, so the zh-CN accessibility scans fail: the fonts are a test dependency too.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether a Debian package is installed (dpkg knows it and its state is "install ok installed"). */
function isInstalled(pkg) {
  try {
    const status = execSync(`dpkg-query -W -f='\${Status}' ${pkg}`, {
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString();
    return status.includes('install ok installed');
  } catch {
    return false;
  }
}

const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!isInstalled('fonts-noto-cjk')) missing.push('fonts-noto-cjk');

if (missing.length === 0) {
  console.log(`Chromium found at ${chromium}; fonts-noto-cjk installed.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    [
      `Missing for the e2e tests: ${missing.join(', ')}. Install, then run the tests again:`,
      `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
      'Or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Installing Debian packages for the e2e tests: ${missing.join(', ')} (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit', env });
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
if (!isInstalled('fonts-noto-cjk')) {
  console.error('apt-get finished but fonts-noto-cjk is still not installed.');
  process.exit(1);
}
console.log(`Chromium installed at ${chromium}; fonts-noto-cjk installed.`);

// Makes sure the Chromium the e2e tests drive, the CJK fonts the zh-CN pages render with, and the
// nginx that serves the live build in e2e/live/nginx.spec.ts (with the shipped
// .config/nginx.conf) are installed. Playwright's own browser download cannot work on machines
// without internet access beyond the package registries, so the tests use Debian's chromium
// package instead. Without fonts-noto-cjk Chinese text falls back to tofu boxes and axe's
// colour-contrast check cannot measure it, so the zh-CN accessibility scans fail: the fonts are a
// test dependency too.
import { execSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

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
if (!existsSync(nginx)) missing.push('nginx');
// The nginx spec makes its certificate with openssl and verifies upstreams with Debian's CA bundle.
for (const pkg of ['openssl', 'ca-certificates']) if (!isInstalled(pkg)) missing.push(pkg);

if (missing.length === 0) {
  console.log(`Chromium found at ${chromium}; fonts-noto-cjk installed; nginx found at ${nginx}.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    [
      `Missing for the e2e tests: ${missing.join(', ')}. Install, then run the tests again:`,
      `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
      'Or point CHROMIUM_PATH at an existing Chromium or Chrome binary (NGINX_PATH at an nginx).',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Installing Debian packages for the e2e tests: ${missing.join(', ')} (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
// Installing nginx would start Debian's nginx service on port 80; the tests run their own. Debian's
// policy-rc.d answer 101 ("action forbidden") keeps services from starting during this install,
// unless the machine already has a policy of its own (containers usually do), which stays.
const policy = '/usr/sbin/policy-rc.d';
const ownPolicy = missing.includes('nginx') && !existsSync(policy);
if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
try {
  execSync(`apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit', env });
} finally {
  if (ownPolicy) rmSync(policy, { force: true });
}
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
if (!isInstalled('fonts-noto-cjk')) {
  console.error('apt-get finished but fonts-noto-cjk is still not installed.');
  process.exit(1);
}
if (!existsSync(nginx)) {
  console.error(`apt-get finished but ${nginx} is still missing.`);
  process.exit(1);
}
console.log(
  `Chromium installed at ${chromium}; fonts-noto-cjk installed; nginx installed at ${nginx}.`,
);

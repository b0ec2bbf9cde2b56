import { expect, test, type Page } from '@playwright/test';
import { DEMO_CREDENTIALS, EXPIRED_TOKEN } from '../../mocks/resources/iam';
import { en } from '../../src/i18n/resources';

// The production build in live mode, behind its proxy, against the mock UCS HTTP server.

async function signInAsDemoUser(page: Page) {
  await page.getByLabel(en.signIn.domainName).fill(DEMO_CREDENTIALS.domain);
  await page.getByLabel(en.signIn.userName).fill(DEMO_CREDENTIALS.user);
  await page
    .getByRole('textbox', { name: en.signIn.password, exact: true })
    .fill(DEMO_CREDENTIALS.password);
  await page.getByRole('button', { name: en.signIn.submit }).click();
}

/** The method switch is a segmented control: its radios are hidden behind their labels. */
async function chooseMethod(page: Page, label: string) {
  await page
    .getByRole('radiogroup', { name: en.signIn.method })
    .getByText(label, { exact: true })
    .click();
  await expect(page.getByRole('radio', { name: label })).toBeChecked();
}

function watchApiRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/ucs-api/')) urls.push(request.url());
  });
  return urls;
}

test('a request without a token never leaves the page; signing in shows the clusters', async ({
  page,
}) => {
  const apiRequests = watchApiRequests(page);
  await page.goto('/clusters?sort=name');

  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.signIn.title);
  expect(apiRequests).toEqual([]);

  await signInAsDemoUser(page);
  await expect(page).toHaveURL(/\/clusters\?sort=name$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.clusters.title);
  await expect(page.getByRole('link', { name: 'test-cluster', exact: true })).toBeVisible();
  expect(apiRequests.length).toBeGreaterThan(0);
  await expect(page.getByRole('banner').getByText(en.app.mode.live, { exact: true })).toBeVisible();
});

test('a wrong password is refused with a message and nothing is stored', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel(en.signIn.domainName).fill(DEMO_CREDENTIALS.domain);
  await page.getByLabel(en.signIn.userName).fill(DEMO_CREDENTIALS.user);
  await page
    .getByRole('textbox', { name: en.signIn.password, exact: true })
    .fill('not-the-password');
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await expect(page.getByRole('alert')).toHaveText(en.signIn.wrongCredentials);
  expect(await page.evaluate(() => sessionStorage.getItem('ucs:session'))).toBeNull();
});

test('an expired token lands on sign-in and returns to the page after signing in', async ({
  page,
}) => {
  await page.goto('/sign-in?returnTo=%2Ffleets');
  await chooseMethod(page, en.signIn.methods.token);
  await page.getByLabel(en.signIn.token).fill(EXPIRED_TOKEN);
  // The page already shows the sign-in URL and message it will come back to: wait for the
  // round trip (to /fleets, whose request UCS refuses) rather than read the view before it.
  const refused = page.waitForResponse(
    (response) => response.url().includes('/ucs-api/') && response.status() === 401,
  );
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await refused;

  // The API answers 401 for the expired token: back to sign-in, remembering /fleets.
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Ffleets/);
  await expect(page.getByRole('radio', { name: en.signIn.methods.password })).toBeChecked();
  await expect(page.getByText(en.signIn.expired.replace('{{path}}', '/fleets'))).toBeVisible();

  await chooseMethod(page, en.signIn.methods.password);
  await signInAsDemoUser(page);
  await expect(page).toHaveURL(/\/fleets$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.fleets.title);
  await expect(page.getByRole('link', { name: 'cluster-test', exact: true })).toBeVisible();
});

test('the token is kept in sessionStorage only, never in localStorage, the URL or the console', async ({
  page,
}) => {
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await page.goto('/sign-in');
  await signInAsDemoUser(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.overview.title);
  await page.goto('/clusters');
  await expect(page.getByRole('link', { name: 'test-cluster', exact: true })).toBeVisible();

  const stored = await page.evaluate(() => ({
    session: sessionStorage.getItem('ucs:session'),
    local: Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`),
  }));
  const token = JSON.parse(stored.session ?? '{}').token as string;
  expect(token.length).toBeGreaterThan(10);
  expect(stored.local.filter((entry) => entry.includes(token))).toEqual([]);
  expect(page.url()).not.toContain(token);
  expect(consoleLines.filter((line) => line.includes(token))).toEqual([]);
});

test('the served pages carry a Content-Security-Policy that allows scripts from self only', async ({
  page,
}) => {
  const response = await page.goto('/sign-in');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.signIn.title);
});

test('sign in, create a fleet on the live endpoint, sign out', async ({ page }) => {
  await page.goto('/sign-in');
  await signInAsDemoUser(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.overview.title);

  const fleetName = `live-${Date.now().toString(36)}`;
  await page.goto('/fleets');
  await page.getByRole('button', { name: en.fleets.create.open }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: en.fleets.create.name, exact: true }).fill(fleetName);
  await dialog.getByRole('button', { name: en.fleets.create.submit }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: fleetName, exact: true })).toBeVisible();

  // It is really on the server: a fresh read of the list still has it.
  await page.reload();
  await expect(page.getByRole('link', { name: fleetName, exact: true })).toBeVisible();

  await page.getByRole('button', { name: /^Session:/ }).click();
  await page.getByRole('menuitem', { name: en.session.signOut }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await page.evaluate(() => sessionStorage.getItem('ucs:session'))).toBeNull();
  await page.goto('/clusters');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
});

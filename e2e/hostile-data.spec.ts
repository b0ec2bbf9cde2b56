import { expect, test, type Page } from '@playwright/test';
import { hostileText, rloName } from '../mocks/scenarios';
import { en, zhCN } from '../src/i18n/resources';
import { mockReady, openWith, type Language } from './support/fixtures';

/**
 * What UCS could send but its rules refuse: 100,000-character names, descriptions and
 * messages without a space, and names starting with U+202E RIGHT-TO-LEFT OVERRIDE
 * (mocks/scenarios.ts, `?mock-scenario=hostile-text`). No page may grow wider than the window,
 * and every such name is isolated for direction, so it cannot reorder the words around it.
 */
const scenario = 'mock-scenario=hostile-text';
const withScenario = (path: string) => `${path}${path.includes('?') ? '&' : '?'}${scenario}`;
const { clusters, fleets, policies, users } = hostileText;
const start = (text: string) => text.slice(0, 20);

async function open(page: Page, path: string, language: Language = 'en') {
  await openWith(page, withScenario(path), language, 'light');
  await mockReady(page);
}

/** The id of an object by its (changed) name, read from the demo's own mock backend. */
async function idOf(page: Page, kind: 'clusters' | 'fleets' | 'rules', name: string) {
  await mockReady(page);
  const id = await page.evaluate(
    ([which, wanted]) => {
      const state = window.ucsMock?.backend.store.state;
      const items =
        which === 'clusters'
          ? state?.clusters.map((record) => record.cluster)
          : which === 'fleets'
            ? state?.fleets.map((record) => record.fleet)
            : state?.rules.map((record) => record.rule);
      return items?.find((item) => item.metadata.name === wanted)?.metadata.uid;
    },
    [kind, name] as const,
  );
  if (!id) throw new Error(`no ${kind} named ${name.slice(0, 20)}`);
  return id;
}

/** The page is no wider than the window: nothing scrolls sideways but the page's own tables. */
async function expectNoPageOverflow(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
}

/** A column of the page's table is within the window, not pushed out by a long cell. */
async function expectInView(page: Page, column: string) {
  const box = await page.getByRole('columnheader', { name: column }).first().boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

/**
 * Every text on the page that holds U+202E is exactly the API's value, alone inside an element
 * isolated for direction (`<bdi>` or `dir="auto"`); lists what is not, so a failure says where.
 */
async function expectIsolated(page: Page) {
  const offenders = await page.evaluate((value) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!text.includes('\u202E')) continue;
      seen += 1;
      const isolating = node.parentElement?.closest('bdi, [dir="auto"]');
      if (text !== value || isolating?.textContent !== value)
        found.push(`${node.parentElement?.outerHTML.slice(0, 200)}`);
    }
    return { seen, found };
  }, rloName);
  expect(offenders.found).toEqual([]);
  return offenders.seen;
}

test.describe('hostile API text', () => {
  test('the inventory: long names cut to one line, the full name on hover and on focus', async ({
    page,
  }) => {
    await open(page, '/clusters');
    const long = page.getByRole('link', { name: new RegExp(`^${start(clusters.long.name)}`) });
    await expect(long).toBeVisible();
    await expect(page.getByRole('link', { name: rloName, exact: true }).first()).toBeVisible();
    await expectNoPageOverflow(page);
    expect(await expectIsolated(page)).toBeGreaterThan(0);
    // The long name does not push the other columns out of the list.
    await expectInView(page, en.clusters.columns.status);

    // The cut name shows whole when its link takes the keyboard focus, and on hover.
    await long.focus();
    const card = page.getByRole('tooltip');
    await expect(card).toHaveText(clusters.long.name);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await long.hover();
    await expect(card).toHaveText(clusters.long.name);
    await expectNoPageOverflow(page);
  });

  test('a cluster page: title, labels, annotations and status conditions', async ({ page }) => {
    await open(page, '/clusters');
    const id = await idOf(page, 'clusters', clusters.long.name);
    for (const tab of ['overview', 'status', 'membership'] as const) {
      await page.goto(withScenario(`/clusters/${id}/${tab}`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        start(clusters.long.name),
      );
      await expect(page.getByRole('tab', { name: en.clusters.tabs[tab] })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      if (tab === 'status')
        await expect(page.getByText(start(hostileText.condition.message)).first()).toBeVisible();
      if (tab === 'overview')
        await expect(page.getByText(start(hostileText.label.value)).first()).toBeVisible();
      await expectNoPageOverflow(page);
    }
    const rlo = await idOf(page, 'clusters', clusters.rlo.name);
    await page.goto(withScenario(`/clusters/${rlo}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(rloName);
    expect(await expectIsolated(page)).toBeGreaterThan(0);
    await expectNoPageOverflow(page);
  });

  for (const language of ['en', 'zh-CN'] as const)
    test(`the fleet list (${language})`, async ({ page }) => {
      await open(page, '/fleets', language);
      await expect(
        page.getByRole('link', { name: new RegExp(`^${start(fleets.long.name)}`) }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: rloName, exact: true }).first()).toBeVisible();
      await expectNoPageOverflow(page);
      expect(await expectIsolated(page)).toBeGreaterThan(0);
      // The long name and description do not push the other columns out of the list.
      const messages = language === 'en' ? en : zhCN;
      await expectInView(page, messages.fleets.columns.federation);
    });

  test('a fleet page: title, description, members, permissions, federation', async ({ page }) => {
    await open(page, '/fleets');
    const id = await idOf(page, 'fleets', fleets.long.name);
    for (const tab of ['clusters', 'permissions', 'federation'] as const) {
      await page.goto(withScenario(`/fleets/${id}/${tab}`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(start(fleets.long.name));
      await expect(page.getByText(start(fleets.long.description)).first()).toBeVisible();
      await expect(page.getByRole('tab', { selected: true })).toBeVisible();
      await expectNoPageOverflow(page);
    }
    // A cut text outside any link takes the keyboard focus itself, and shows whole there.
    const description = page
      .getByRole('group', { name: en.fleets.page.description })
      .getByText(start(fleets.long.description));
    await description.focus();
    await expect(description).toBeFocused();
    await expect(page.getByRole('tooltip')).toHaveText(fleets.long.description);
    const rlo = await idOf(page, 'fleets', fleets.rlo.name);
    await page.goto(withScenario(`/fleets/${rlo}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(rloName);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await expectIsolated(page)).toBeGreaterThan(0);
    await expectNoPageOverflow(page);
  });

  test('a failed federation with a long reason', async ({ page }) => {
    await open(page, '/fleets');
    const id = await idOf(page, 'fleets', fleets.failed.seed);
    await page.goto(withScenario(`/fleets/${id}/federation`));
    await expect(page.getByText(start(fleets.failed.reason)).first()).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'InstallFederationChart' })).toBeVisible();
    await expectNoPageOverflow(page);
    // Cut in the alert that says why, and whole on hover.
    await page.getByRole('alert').getByText(start(fleets.failed.reason)).hover();
    await expect(page.getByRole('tooltip')).toHaveText(fleets.failed.reason);
    // The wizard shows the same failure, with Retry.
    await page.goto(withScenario(`/fleets/${id}/federation/enable`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(start(fleets.failed.reason)).first()).toBeVisible();
    await expectNoPageOverflow(page);
  });

  test('the policy list and a policy page', async ({ page }) => {
    await open(page, '/permissions');
    await expect(
      page.getByRole('link', { name: new RegExp(`^${start(policies.long.name)}`) }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: rloName, exact: true }).first()).toBeVisible();
    await expectNoPageOverflow(page);
    expect(await expectIsolated(page)).toBeGreaterThan(0);
    await expectInView(page, en.permissions.columns.boundTo);

    const id = await idOf(page, 'rules', policies.long.name);
    await page.goto(withScenario(`/permissions/${id}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(start(policies.long.name));
    await expect(page.getByText(start(users.long)).first()).toBeVisible();
    await expectNoPageOverflow(page);
    expect(await expectIsolated(page)).toBeGreaterThan(0);
  });

  test('the overview, the access explorer and the palette', async ({ page }) => {
    await open(page, '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.overview.title);
    // The unavailable cluster needs attention: its name and its long message.
    await expect(page.getByRole('link', { name: rloName, exact: true })).toBeVisible();
    await expect(page.getByText(start(hostileText.condition.message)).first()).toBeVisible();
    await expectNoPageOverflow(page);
    expect(await expectIsolated(page)).toBeGreaterThan(0);

    await page.goto(withScenario('/access/users'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.access.title);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoPageOverflow(page);
    await expectIsolated(page);

    await page.keyboard.press('Control+K');
    const search = page.getByRole('searchbox').or(page.getByRole('textbox')).last();
    await search.fill('clustername');
    await expect(page.getByText(start(clusters.long.name)).first()).toBeVisible();
    await expectNoPageOverflow(page);
  });

  test('an error that quotes error_msg: isolated, and whole on hover however long', async ({
    page,
  }) => {
    // Not the overview: it reads the policies itself, and the policy list would show them from
    // its cache, or take the fault, depending on which answer came first.
    await open(page, '/clusters');
    const nav = page.getByRole('navigation', { name: en.nav.main });
    // Faults live in the page's mock backend: inject, then move on without reloading.
    await page.evaluate(
      ([rlo, long]) => {
        window.ucsMock?.fail('listClusterGroups', {
          status: 400,
          code: 'UCS.00000001',
          message: rlo,
        });
        window.ucsMock?.fail('listRules', { status: 400, code: 'UCS.00000001', message: long });
      },
      [rloName, fleets.long.description] as const,
    );
    await nav.getByRole('link', { name: en.nav.fleets }).click();
    // The inventory asks for fleets too (all of them, not a page): wait for the fleet list's alert.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.fleets.title);
    await expect(page.getByRole('alert')).toContainText(rloName);
    expect(await expectIsolated(page)).toBeGreaterThan(0);

    await nav.getByRole('link', { name: en.nav.permissions }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.permissions.title);
    const message = page.getByRole('alert').getByText(start(fleets.long.description));
    await expect(message).toBeVisible();
    await expectNoPageOverflow(page);
    await message.hover();
    await expect(page.getByRole('tooltip')).toHaveText(fleets.long.description);
  });
});

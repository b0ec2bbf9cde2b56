import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export type Language = 'en' | 'zh-CN';
export type Scheme = 'light' | 'dark';

/**
 * Opens the console with a language and colour scheme chosen before the first paint. The demo
 * backend answers in 10–40 ms instead of a real endpoint's 80–300 ms (mocks/browser.ts): still
 * later than the first render, so loading states and races remain, but a suite of hundreds of
 * page loads does not spend minutes waiting.
 */
export async function openWith(page: Page, path: string, language: Language, scheme: Scheme) {
  // Only on the first load of the tab, so a choice made in the UI survives a reload.
  await page.addInitScript(
    ([lang, colorScheme]) => {
      if (window.sessionStorage.getItem('e2e:preferences-set')) return;
      window.sessionStorage.setItem('e2e:preferences-set', '1');
      window.localStorage.setItem('ucs:language', lang);
      window.localStorage.setItem('mantine-color-scheme-value', colorScheme);
      // mocks/browser.ts latencyKey
      window.localStorage.setItem('ucs-demo:latency', '10-40');
    },
    [language, scheme] as const,
  );
  await page.goto(path);
}

/** Fails on any serious or critical axe violation, listing them so the report says what broke. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

/** Waits until the demo's mock backend answers (window.ucsMock means it is ready). */
export async function mockReady(page: Page) {
  await page.waitForFunction(() => Boolean(window.ucsMock));
}

/** Picks an option of a Mantine select (typing to narrow a searchable one). */
export async function choose(page: Page, input: Locator, option: string, search?: string) {
  const choice = page.getByRole('option', { name: option, exact: true });
  // A click that lands while the list re-renders can leave the dropdown closed: open it again.
  await expect(async () => {
    if (!(await choice.isVisible())) await input.click();
    if (search) await input.fill(search);
    await expect(choice).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await choice.click();
}

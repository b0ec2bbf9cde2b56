/* global document, requestAnimationFrame, MutationObserver, HTMLInputElement -- used inside page.evaluate, which runs in the browser */
/**
 * What the inventory benchmarks share: timing a search or filter in the page, and the
 * statistics they print.
 */

/**
 * In the page: run `act`, then resolve with the ms until the view shows the result — the
 * row-count status says `expected` (or, without it, the status or the first row changed) with no
 * stale rows left — and the browser has painted it.
 *
 * `act` is `{ kind: 'type', value }` (the search box gets `value` in one input event) or
 * `{ kind: 'option', listbox, value }` (the option of that open listbox is clicked).
 */
export function measureInPage(page, expected, act) {
  return page.evaluate(
    async ({ expected: text, act: action }) => {
      const view = () =>
        `${document.querySelector('[role="status"][aria-live="polite"]')?.textContent}|` +
        `${document.querySelector('tbody tr[aria-rowindex] a')?.textContent}`;
      const before = view();
      const start = performance.now();
      const done = new Promise((resolve) => {
        const check = () => {
          const now = view();
          const [status, firstRow] = now.split('|');
          // A search is shown when its matches are: the first row holds what was typed (the
          // row count alone may read the same before and after, "1–10 of 10").
          const matches =
            action.kind !== 'type' || !action.value || firstRow.includes(action.value);
          const shown = matches && (text ? status.includes(text) : now !== before);
          if (shown && !document.querySelector('[data-stale]')) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      });
      if (action.kind === 'type') {
        const input = document.querySelector('input[type="search"]');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setValue.call(input, action.value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        document
          .getElementById(action.listbox)
          .querySelector(`[role="option"][value="${action.value}"]`)
          .click();
      }
      return done;
    },
    { expected, act },
  );
}

/** Opens the inventory's Provider filter; resolves with the id of its listbox once `value` is offered. */
export async function openProviderFilter(page, value) {
  const input = page.getByRole('combobox', { name: 'Provider' });
  await input.click();
  // The listbox exists only while the list is open (the pickers do not keep closed options).
  const option = page.locator(`[role="listbox"] [role="option"][value="${value}"]`).first();
  await option.waitFor();
  const listbox = await option.evaluate((element) => element.closest('[role="listbox"]')?.id ?? '');
  return listbox;
}

/** The value below which `fraction` of the values lie (nearest rank); 0.5 is the median. */
export function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  if (fraction === 0.5 && sorted.length % 2 === 0) {
    const middle = sorted.length / 2;
    return (sorted[middle - 1] + sorted[middle]) / 2;
  }
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 0.5);

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiText, apiList, apiSentence, isolate } from './ApiText';

const rlo = '\u202Egnp.exe';
// Long enough to be cut (jsdom measures 8 px a character here), short enough to read in a failure.
const long = 'x'.repeat(200);
/** The text on the page, not the card that repeats it. */
const shown = (text: string) => screen.getByText(text, { selector: 'span' });

/**
 * jsdom lays nothing out: a text is "cut" here when its box says so. The ResizeObserver reports
 * every observed element at once, as a browser does after the first layout.
 */
let observed: Element[] = [];
let report: ((entries: { target: Element }[]) => void) | undefined;
beforeAll(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: (entries: { target: Element }[]) => void) {
        report = callback;
      }
      observe(element: Element) {
        observed.push(element);
        report?.([{ target: element }]);
      }
      unobserve(element: Element) {
        observed = observed.filter((item) => item !== element);
      }
      disconnect() {}
    },
  );
  // Cut: the content is wider than the box.
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return (this.textContent ?? '').length * 8;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => 320);
});
afterEach(async () => {
  // The card belongs to the page, not to a test's render: leave it hidden for the next one.
  await userEvent.keyboard('{Escape}');
});

describe('ApiText', () => {
  it('isolates an API value for direction, so U+202E cannot reorder the words around it', () => {
    render(
      <p>
        Delete <ApiText>{rlo}</ApiText> now
      </p>,
    );
    const value = screen.getByText(rlo);
    expect(value.closest('bdi')).toHaveAttribute('dir', 'auto');
    expect(value.closest('bdi')).toHaveTextContent(rlo, { normalizeWhitespace: false });
    expect(value.closest('p')).toHaveTextContent(`Delete ${rlo} now`);
  });

  it('isolates each value of a translated sentence, and each name of a list', () => {
    render(
      <p>
        {apiSentence(
          { name: rlo, fleet: 'prod' },
          (slots) => `Move ${slots.name} to ${slots.fleet}?`,
        )}{' '}
        {apiList(['a', rlo])}
      </p>,
    );
    const isolated = [...document.querySelectorAll('bdi[dir="auto"]')].map(
      (bdi) => bdi.textContent,
    );
    expect(isolated).toEqual([rlo, 'prod', 'a', rlo]);
    expect(screen.getByText(/^Move/).closest('p')).toHaveTextContent(
      `Move ${rlo} to prod? a, ${rlo}`,
    );
    expect(isolate(rlo)).toBe(`\u2068${rlo}\u2069`);
  });

  it('shows a cut value whole on hover and on keyboard focus, and hides it again', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ApiText lines={1}>{long}</ApiText>
        <a href="/clusters/1">
          <ApiText lines={1} focusable={false}>
            {`link-${long}`}
          </ApiText>
        </a>
        <ApiText lines={1}>short</ApiText>
      </>,
    );
    expect(screen.queryByRole('tooltip')).toBeNull();
    // Cut texts take the focus; one that fits adds no tab stop.
    expect(shown('short')).not.toHaveAttribute('tabindex');

    await user.tab();
    expect(shown(long)).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(long);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());

    // Inside a link, the link takes the focus and shows the value.
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(`link-${long}`);
    await user.tab();
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());

    await user.hover(shown(long));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(long);
    await user.unhover(shown(long));
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());

    // A value that fits shows no card.
    await user.hover(shown('short'));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('takes its card along when it leaves the page', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ApiText lines={1}>{long}</ApiText>);
    await user.hover(shown(long));
    expect(await screen.findByRole('tooltip')).toBeVisible();
    act(() => unmount());
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

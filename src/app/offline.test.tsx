import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';

const emptyFleet = '108f5981-a105-11ed-a23e-0255ac100032';

/** The browser loses its connection: navigator.onLine turns false and `offline` fires. */
function goOffline() {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => false });
  // A request made now cannot reach anything.
  server.use(http.all('*', () => HttpResponse.error()));
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
}

afterEach(() => {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => true });
  window.dispatchEvent(new Event('online'));
});

describe('offline', () => {
  it('says so at once: a banner, and a save that fails now, keeping what was typed', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${emptyFleet}`);
    await user.click(await screen.findByRole('button', { name: en.fleets.page.editDescription }));
    const field = screen.getByRole('textbox', { name: en.fleets.page.description });
    await user.type(field, 'Typed while offline');

    goOffline();
    expect(await screen.findByText(en.app.offline)).toHaveAttribute('role', 'status');

    const save = screen.getByRole('button', { name: en.fleets.page.save });
    await user.click(save);
    const message = await screen.findByText(en.errors.offline);
    expect(message.closest('[role="alert"]')).not.toBeNull();
    // Not queued, not busy: the operator decides what to do, and nothing typed is lost.
    expect(save).not.toHaveAttribute('data-loading');
    expect(field).toHaveValue('Typed while offline');
  });
});

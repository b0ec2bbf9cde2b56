import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';

/** The cluster-list requests sent while a test runs, by their query string. */
const sent: string[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/v1/clusters')) sent.push(url.search);
};
afterEach(() => {
  server.events.removeListener('request:start', record);
  sent.splice(0);
});

async function openPaletteAndFind(name: string) {
  const user = userEvent.setup();
  await user.keyboard('{Control>}k{/Control}');
  const search = await screen.findByRole('textbox', { name: en.palette.open });
  await user.type(search, name);
  return screen.findByRole('button', { name: new RegExp(name) });
}

describe('the command palette', () => {
  it('finds clusters by name from a list without status', async () => {
    const [first] = (await unwrap(ucs.GET('/v1/clusters'))).items ?? [];
    const name = first?.metadata?.name ?? '';
    server.events.on('request:start', record);
    renderApp('/fleets');
    await screen.findByRole('table');
    expect(await openPaletteAndFind(name)).toBeInTheDocument();
    // The fleet list's own health request (clusters in any fleet) and the palette's, status-less.
    expect(sent).toContain('?enablestatus=false');
  });

  it('answers from the overview’s full list at once, without another request', async () => {
    const { items: [first] = [], total } = await unwrap(ucs.GET('/v1/clusters'));
    const name = first?.metadata?.name ?? '';
    server.events.on('request:start', record);
    renderApp('/');
    await screen.findByRole('link', { name: `${en.overview.clusters}: ${total}` });
    await waitFor(() => expect(sent).toEqual(['']));
    expect(await openPaletteAndFind(name)).toBeInTheDocument();
    expect(sent).toEqual(['']);
  });
});

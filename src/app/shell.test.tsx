import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { mockBackend, server } from '../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { setLanguage } from '@/i18n';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';

describe('the app shell', () => {
  it('shows the overview counts the API reports', async () => {
    const [clusters, fleets, rules] = await Promise.all([
      unwrap(ucs.GET('/v1/clusters')),
      unwrap(ucs.GET('/v1/clustergroups')),
      unwrap(ucs.GET('/v1/permissions/rules')),
    ]);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(en.overview.title);
    expect(
      await screen.findByRole('link', { name: `${en.overview.clusters}: ${clusters.total}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `${en.overview.fleets}: ${fleets.total}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `${en.overview.policies}: ${rules.total}` }),
    ).toBeInTheDocument();
  });

  it('navigates to the clusters list, which shows every cluster', async () => {
    const { items = [] } = await unwrap(ucs.GET('/v1/clusters'));
    const user = userEvent.setup();
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: en.nav.main });
    await user.click(within(nav).getByRole('link', { name: en.nav.clusters }));
    const table = await screen.findByRole('table');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.clusters.title);
    expect(items.length).toBeGreaterThan(0);
    for (const cluster of items) {
      expect(within(table).getByRole('link', { name: cluster.metadata?.name })).toBeInTheDocument();
    }
  });

  it('names each page in the browser tab, in the language shown', async () => {
    renderApp('/clusters');
    await waitFor(() => expect(document.title).toBe('Clusters · UCS Fleet Console'));
    await act(() => setLanguage('zh-CN'));
    await waitFor(() => expect(document.title).toBe('集群 · UCS 舰队控制台'));
    await act(() => setLanguage('en'));
  });

  it('shows a real 404 page for an unknown path', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(en.notFound.title);
    expect(screen.getByText(/\/no\/such\/page/)).toBeInTheDocument();
  });

  it('explains a failed request with its UCS code and keeps the shell', async () => {
    mockBackend.fail('listClusterGroups', { status: 400, code: 'UCS.00000011' });
    renderApp('/fleets');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('UCS.00000011');
    // The reference's explanation, from the error table (a chunk loaded on the first error).
    expect(await within(alert).findByText('Invalid request parameter.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: en.nav.main })).toBeInTheDocument();
  });

  it('explains an unreadable answer in words, with its request id, and retries it', async () => {
    server.use(
      http.get(
        '*/v1/clustergroups',
        () =>
          new HttpResponse('{"items": "x"}', {
            headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-9' },
          }),
      ),
    );
    renderApp('/fleets');
    const alert = await screen.findByRole('alert', undefined, { timeout: 15_000 });
    expect(alert).toHaveTextContent('UCS returned an unreadable response (HTTP 200)');
    expect(alert).toHaveTextContent('Request ID req-9');
    expect(alert).not.toHaveTextContent(/is not a function|Cannot read properties/);
    server.resetHandlers();
    await userEvent.setup().click(within(alert).getByRole('button', { name: en.common.retry }));
    expect(await screen.findByRole('link', { name: 'cluster-dev' })).toBeInTheDocument();
  });

  it('sends the operator to sign-in on a 401 and back to the same page afterwards', async () => {
    mockBackend.fail('listClusterGroups', { status: 401, code: 'UCS.01000003', times: 1 });
    const user = userEvent.setup();
    const { router } = renderApp('/fleets?page=2');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe(
      '/fleets?page=2',
    );

    await user.click(await screen.findByRole('radio', { name: en.signIn.methods.token }));
    await user.type(await screen.findByLabelText(en.signIn.token, { exact: false }), 'new-token');
    await user.click(screen.getByRole('button', { name: en.signIn.submit }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/fleets'));
    expect(router.state.location.search).toBe('?page=2');
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('comes back after sign-in to the search the operator had typed, not the page as it opened', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/clusters');
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: en.clusters.filters.search }), 'eks');
    await waitFor(() => expect(window.location.search).toBe('?q=eks'));
    // The session expires: the next request (a refresh) is refused.
    mockBackend.fail('listClusters', { status: 401, code: 'UCS.01000003', times: 1 });
    await user.click(screen.getByRole('button', { name: en.common.refresh }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe(
      '/clusters?q=eks',
    );
  });
});

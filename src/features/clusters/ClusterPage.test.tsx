import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';
import { sentence } from '@/test/sentence';

const t = en.clusters;

async function clusterNamed(name: string) {
  const { items = [] } = await unwrap(ucs.GET('/v1/clusters'));
  const cluster = items.find((item) => item.metadata?.name === name);
  if (!cluster?.metadata?.uid) throw new Error(`no cluster ${name} in the seed`);
  return cluster as typeof cluster & { metadata: { uid: string } };
}

describe('the cluster page', () => {
  it('shows overview, conditions and resources as a person reads them', async () => {
    const user = userEvent.setup();
    const cluster = await clusterNamed('prod-beijing-cce');
    renderApp(`/clusters/${cluster.metadata.uid}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('prod-beijing-cce');
    expect(screen.getByText('Beijing · China')).toBeInTheDocument();
    expect(screen.getByText(cluster.metadata.uid)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: t.tabs.status }));
    // Resources as bars with figures, not raw maps.
    expect(await screen.findByRole('progressbar', { name: t.detail.cpu })).toBeInTheDocument();
    expect(screen.getByText(/^12 of 12 ready$/)).toBeInTheDocument();
    expect(screen.getByText(sentence('Ready: True'))).toBeInTheDocument();
  });

  it('hands out the access information once, then says it was downloaded, then sees the agent connect', async () => {
    const user = userEvent.setup();
    const cluster = await clusterNamed('edge-gateway-xiamen');
    const first = renderApp(`/clusters/${cluster.metadata.uid}`);
    // A cluster waiting for its agent opens on the access tab.
    await screen.findByRole('heading', { level: 1 });
    await user.click(await screen.findByRole('button', { name: t.access.fetch }));
    expect(await screen.findByText('kubectl apply -f ucs-agent.yaml')).toBeInTheDocument();
    expect(screen.getByLabelText(t.access.manifest)).toHaveTextContent('kind: Deployment');
    expect(screen.getByText(t.access.onceWarning)).toBeInTheDocument();
    first.unmount();

    renderApp(`/clusters/${cluster.metadata.uid}`);
    expect(await screen.findByText(t.access.downloadedTitle)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t.access.fetch })).toBeNull();
    expect(screen.getByText(t.access.waiting)).toBeInTheDocument();

    mockBackend.advance(10_000);
    // The page polls a pending cluster; the next poll finds it Available.
    expect(await screen.findByText(t.access.connected, {}, { timeout: 6000 })).toBeInTheDocument();
  });

  it('deregisters only after the name is typed, then shows the cleanup command', async () => {
    const user = userEvent.setup();
    const cluster = await clusterNamed('aks-west-europe');
    const { router } = renderApp(`/clusters/${cluster.metadata.uid}`);
    await user.click(await screen.findByRole('button', { name: t.deregister.button }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: t.deregister.run });
    const input = within(dialog).getByRole('textbox');
    await user.type(input, 'aks-west');
    expect(confirm).toBeDisabled();
    await user.type(input, '-europe');
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters'));
    expect(
      await screen.findByText(sentence('aks-west-europe was deregistered.')),
    ).toBeInTheDocument();
    expect(screen.getByText('kubectl delete namespace ucs-agent')).toBeInTheDocument();
    const table = await screen.findByRole('table');
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: 'aks-west-europe' })).toBeNull(),
    );
    const { items = [] } = await unwrap(ucs.GET('/v1/clusters'));
    expect(items.some((item) => item.metadata?.uid === cluster.metadata.uid)).toBe(false);
  });

  it('opens each tab at its own URL, and an old ?tab= link at the tab it names', async () => {
    const user = userEvent.setup();
    const cluster = await clusterNamed('prod-beijing-cce');
    const { router } = renderApp(`/clusters/${cluster.metadata.uid}?tab=status`);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/clusters/${cluster.metadata.uid}/status`),
    );
    expect(await screen.findByRole('tab', { name: t.tabs.status })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.click(screen.getByRole('tab', { name: t.tabs.membership }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/clusters/${cluster.metadata.uid}/membership`),
    );
    expect(await screen.findByRole('heading', { name: t.fleet.heading })).toBeInTheDocument();
  });

  it('shows the Not Found page, not an error to retry, for a cluster that does not exist', async () => {
    // UCS answers 404 UCS.01030001; retrying cannot help.
    renderApp('/clusters/no-such-cluster');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(en.notFound.title);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: t.backToList })).toHaveAttribute('href', '/clusters');
  });
});

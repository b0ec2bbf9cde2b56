import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';
import { chooseOption } from '../testing';

const t = en.clusters.fleet;
const impact = en.effectiveAccess.impact;
// Seed (mocks/seed.ts): prod-beijing-cce is in cluster-test (config-editor for storefront, naming
// onCall) and binds develop for storefront itself; cluster-dev binds develop (onCall, developer)
// for dev and sandbox; gke-london-analytics is in no fleet and binds readonly (no users) for *.
const onCall = '5acdb44b47ba4bd79783ad40e5346783';
const developer = '978ff70ec1494a5680f6218faa3567d9';

async function clusterNamed(name: string) {
  const { items = [] } = await unwrap(ucs.GET('/v1/clusters'));
  const cluster = items.find((item) => item.metadata?.name === name);
  if (!cluster?.metadata?.uid) throw new Error(`no cluster ${name} in the seed`);
  return { id: cluster.metadata.uid, fleetId: cluster.spec?.clusterGroupID ?? '' };
}

async function fleetNamed(name: string) {
  const { items = [] } = await unwrap(ucs.GET('/v1/clustergroups'));
  const id = items.find((item) => item.metadata?.name === name)?.metadata?.uid;
  if (!id) throw new Error(`no fleet ${name} in the seed`);
  return id;
}

/** The dialog with this title (names are isolated in <bdi>: matched by text, not by name). */
async function openDialog(title: string) {
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent(title);
  return dialog;
}

const changesFor = (preview: HTMLElement, user: string) =>
  within(preview).findByRole('region', { name: impact.userLabel.replace('{{user}}', user) });

describe('the membership tab', () => {
  it('shows whose access leaving the fleet moves before the cluster leaves', async () => {
    const user = userEvent.setup();
    const cluster = await clusterNamed('prod-beijing-cce');
    renderApp(`/clusters/${cluster.id}/membership`);
    await user.click(await screen.findByRole('button', { name: t.leave }));
    const dialog = await screen.findByRole('dialog');
    const preview = within(dialog).getByRole('region', { name: impact.title });
    const mine = await changesFor(preview, onCall);
    expect(mine).toHaveTextContent('prod-beijing-cce · namespace storefront');
    expect(within(mine).getByText(impact.gains)).toBeInTheDocument();
    expect(within(mine).getByText(impact.loses)).toBeInTheDocument();
    expect((await clusterNamed('prod-beijing-cce')).fleetId).not.toBe('');

    await user.click(within(dialog).getByRole('button', { name: t.leave }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await clusterNamed('prod-beijing-cce')).fleetId).toBe('');
    expect(await screen.findByText(en.clusters.fleet.none)).toBeInTheDocument();
  });

  it('asks before joining a fleet, with the preview, and keeps the choice when cancelled', async () => {
    const user = userEvent.setup();
    const cluster = await clusterNamed('gke-london-analytics');
    const devFleet = await fleetNamed('cluster-dev');
    renderApp(`/clusters/${cluster.id}/membership`);
    const select = await screen.findByRole('combobox', { name: t.choose });
    await chooseOption(user, select, 'cluster-dev');
    await user.click(screen.getByRole('button', { name: t.join }));

    let dialog = await openDialog('Add gke-london-analytics to cluster-dev?');
    let preview = within(dialog).getByRole('region', { name: impact.title });
    // cluster-dev's develop applies; its own binding (readonly, naming no one) stops applying.
    const dev = await changesFor(preview, developer);
    // The same gains in both namespaces: one line.
    expect(dev).toHaveTextContent('gke-london-analytics · namespaces dev, sandbox');
    expect(within(dev).getAllByRole('group', { name: impact.gains })).toHaveLength(1);
    expect(within(dev).queryByText(impact.loses)).not.toBeInTheDocument();
    expect(preview).toHaveTextContent(impact.deactivated_one.replace('{{count}}', '1'));

    // Cancelled: nothing sent, the fleet chosen is still there.
    await user.click(within(dialog).getByRole('button', { name: en.common.cancel }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await clusterNamed('gke-london-analytics')).fleetId).toBe('');
    expect(screen.getByRole('combobox', { name: t.choose })).toHaveValue('cluster-dev');

    await user.click(screen.getByRole('button', { name: t.join }));
    dialog = await openDialog('Add gke-london-analytics to cluster-dev?');
    preview = within(dialog).getByRole('region', { name: impact.title });
    await changesFor(preview, developer);
    await user.click(within(dialog).getByRole('button', { name: t.join }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await clusterNamed('gke-london-analytics')).fleetId).toBe(devFleet);
  });

  it('moves a cluster to another fleet, and says where it is when only the first step worked', async () => {
    const user = userEvent.setup();
    const cluster = await clusterNamed('prod-beijing-cce');
    const devFleet = await fleetNamed('cluster-dev');
    renderApp(`/clusters/${cluster.id}/membership`);
    await chooseOption(
      user,
      await screen.findByRole('combobox', { name: t.moveTo }),
      'cluster-dev',
    );
    await user.click(screen.getByRole('button', { name: t.move }));
    const dialog = await openDialog('Move prod-beijing-cce from cluster-test to cluster-dev?');
    const preview = within(dialog).getByRole('region', { name: impact.title });
    // config-editor in storefront goes; develop in dev and sandbox comes.
    const mine = await changesFor(preview, onCall);
    expect(mine).toHaveTextContent('prod-beijing-cce · namespace storefront');
    expect(mine).toHaveTextContent('prod-beijing-cce · namespaces dev, sandbox');

    mockBackend.fail('joinClusterGroup', { status: 400, code: 'UCS.01100002', times: 1 });
    await user.click(within(dialog).getByRole('button', { name: t.move }));
    // The names are isolated in their own elements: the sentence is matched as a whole.
    await waitFor(() =>
      expect(dialog).toHaveTextContent(
        'prod-beijing-cce has left cluster-test but could not join cluster-dev: it is in no fleet now.',
      ),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent('UCS.01100002');
    expect((await clusterNamed('prod-beijing-cce')).fleetId).toBe('');

    // Again: only the join is left to do.
    await user.click(within(dialog).getByRole('button', { name: t.move }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await clusterNamed('prod-beijing-cce')).fleetId).toBe(devFleet);
  });
});

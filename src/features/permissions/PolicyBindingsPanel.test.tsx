import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { namespacesByRule } from '@/api/bindings';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { normalizeCluster, normalizeClusterGroup } from '@/api/normalize';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';

const m = en.permissions;

async function ids() {
  const [rules, clusters, fleets] = await Promise.all([
    unwrap(ucs.GET('/v1/permissions/rules')),
    unwrap(ucs.GET('/v1/clusters')),
    unwrap(ucs.GET('/v1/clustergroups')),
  ]);
  const uid = (list: { metadata?: { name?: string; uid?: string } }[] | undefined, name: string) =>
    list?.find((item) => item.metadata?.name === name)?.metadata?.uid ?? '';
  return {
    rule: (name: string) => uid(rules.items, name),
    cluster: (name: string) => uid(clusters.items, name),
    fleet: (name: string) => uid(fleets.items, name),
  };
}

/** What the API says is bound on a target, by policy ID. */
async function clusterBindings(clusterId: string) {
  const cluster = await unwrap(
    ucs.GET('/v1/clusters/{clusterid}', { params: { path: { clusterid: clusterId } } }),
  );
  return namespacesByRule(normalizeCluster(cluster).spec.ruleNamespaces);
}

async function fleetBindings(fleetId: string) {
  const fleet = await unwrap(
    ucs.GET('/v1/clustergroups/{clustergroupid}', {
      params: { path: { clustergroupid: fleetId } },
    }),
  );
  return namespacesByRule(normalizeClusterGroup(fleet).spec.ruleNamespaces);
}

/** Confirms the bind dialog, once its impact preview has been worked out. */
async function confirmBind(user: UserEvent, targets: number, expected: string | RegExp) {
  const dialog = await screen.findByRole('dialog', { name: m.bindings.confirmTitle });
  const preview = within(dialog).getByRole('region', { name: en.effectiveAccess.impact.title });
  await waitFor(() => expect(preview).toHaveTextContent(expected));
  await user.click(
    within(dialog).getByRole('button', {
      name: targets === 1 ? `Bind to 1 target` : `Bind to ${targets} targets`,
    }),
  );
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

async function pick(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  // Mantine hides the dropdown from jsdom's layout-less view, so the option is queried hidden.
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}

describe('binding a policy from its page', () => {
  it('binds to a fleet for default and a cluster for all namespaces, keeping their other bindings', async () => {
    const id = await ids();
    const policy = id.rule('audit-viewer');
    const user = userEvent.setup();
    renderApp(`/permissions/${policy}`);
    expect(await screen.findByText(m.bindings.empty)).toBeInTheDocument();

    // Fleet cluster-test: default (readonly is bound there for default+storefront).
    await pick(user, m.bindings.fleets, 'cluster-test');
    await user.click(screen.getByRole('button', { name: m.bindings.bind }));
    // audit-viewer names no IAM user: binding it moves nobody's access.
    await confirmBind(user, 1, en.effectiveAccess.impact.noChange);
    expect(await screen.findByRole('status')).toHaveTextContent(/1 succeeded$/);

    // Cluster test-cluster: all namespaces (admin and readonly are bound there).
    await pick(user, m.bindings.clusters, 'test-cluster');
    await user.click(screen.getByRole('radio', { name: en.bindings.allNamespaces }));
    await user.click(screen.getByRole('button', { name: m.bindings.bind }));
    await confirmBind(user, 1, en.effectiveAccess.impact.noChange);

    const table = await screen.findByRole('table', { name: m.bindings.title });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const fleetRow = within(table)
      .getByRole('link', { name: 'cluster-test' })
      .closest('tr') as HTMLElement;
    expect(fleetRow).toHaveTextContent(`${m.binding.fleet}default`);
    const clusterRow = within(table)
      .getByRole('link', { name: 'test-cluster' })
      .closest('tr') as HTMLElement;
    expect(clusterRow).toHaveTextContent(`${m.binding.cluster}${m.binding.allNamespaces}`);

    const onFleet = await fleetBindings(id.fleet('cluster-test'));
    expect(onFleet.get(policy)).toEqual(['default']);
    expect(onFleet.get(id.rule('readonly'))).toEqual(['default', 'storefront']);
    expect(onFleet.get(id.rule('config-editor'))).toEqual(['storefront']);
    const onCluster = await clusterBindings(id.cluster('test-cluster'));
    expect(onCluster.get(policy)).toEqual(['*']);
    expect(onCluster.get(id.rule('admin'))).toEqual(['default', 'kube-system']);
    expect(onCluster.get(id.rule('readonly'))).toEqual(['monitoring']);
  });

  it('reports each target: one failure does not hide the others’ success', async () => {
    const id = await ids();
    const policy = id.rule('audit-viewer');
    mockBackend.fail('updateClusterAssociatedRules', {
      status: 500,
      code: 'UCS.00000006',
      times: 1,
    });
    const user = userEvent.setup();
    renderApp(`/permissions/${policy}`);
    await screen.findByText(m.bindings.empty);
    await pick(user, m.bindings.fleets, 'cluster-dev');
    await pick(user, m.bindings.clusters, 'eks-us-east');
    await user.click(screen.getByRole('button', { name: m.bindings.bind }));
    await confirmBind(user, 2, en.effectiveAccess.impact.noChange);

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('1 succeeded, 1 failed');
    expect(summary).toHaveTextContent(/Cluster eks-us-east: UCS\.00000006/);
    expect(within(summary).getByText(m.binding.fleet + ' cluster-dev')).toBeInTheDocument();
    expect((await fleetBindings(id.fleet('cluster-dev'))).get(policy)).toEqual(['default']);
    expect((await clusterBindings(id.cluster('eks-us-east'))).has(policy)).toBe(false);
    // The failed target stays selected for another try.
    const clusters = screen.getByRole('combobox', { name: m.bindings.clusters });
    expect(clusters.closest('.mantine-MultiSelect-root')).toHaveTextContent('eks-us-east');
  });

  it('unbinds from one target after confirmation and keeps the rest', async () => {
    const id = await ids();
    const policy = id.rule('readonly');
    const user = userEvent.setup();
    renderApp(`/permissions/${policy}`);
    const table = await screen.findByRole('table', { name: m.bindings.title });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await user.click(within(table).getByRole('button', { name: 'Unbind from test-cluster' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unbind from test-cluster?' });
    expect(dialog).toHaveTextContent('monitoring');
    await user.click(within(dialog).getByRole('button', { name: m.bindings.unbindConfirm }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));

    const onCluster = await clusterBindings(id.cluster('test-cluster'));
    expect(onCluster.has(policy)).toBe(false);
    expect(onCluster.get(id.rule('admin'))).toEqual(['default', 'kube-system']);
  });

  it("asks before binding, with the policy's users' gains on each target, and sends nothing on cancel", async () => {
    const id = await ids();
    const policy = id.rule('config-editor');
    const user = userEvent.setup();
    renderApp(`/permissions/${policy}`);
    await screen.findByRole('table', { name: m.bindings.title });
    // A fleet (two members) and a cluster in no fleet, both for default.
    await pick(user, m.bindings.fleets, 'retail-edge');
    await pick(user, m.bindings.clusters, 'cmcloud-hefei');
    await user.click(screen.getByRole('button', { name: m.bindings.bind }));

    const dialog = await screen.findByRole('dialog', { name: m.bindings.confirmTitle });
    expect(dialog).toHaveTextContent(
      'Bind it on fleet retail-edge, cluster cmcloud-hefei for default.',
    );
    const changes = await within(dialog).findByRole('region', {
      name: 'Changes for IAM user 5acdb44b47ba4bd79783ad40e5346783',
    });
    expect(changes).toHaveTextContent(
      'cmcloud-hefei, idc-suzhou-baremetal, tke-shenzhen · namespace default',
    );
    expect(changes).toHaveTextContent('get, list, watch, update, patch on configmaps, secrets');
    expect(within(dialog).getAllByRole('region', { name: /^Changes for IAM user/ })).toHaveLength(
      1,
    );

    await user.click(within(dialog).getByRole('button', { name: en.common.cancel }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await fleetBindings(id.fleet('retail-edge'))).has(policy)).toBe(false);
    // The choices are kept for another try.
    const fleets = screen.getByRole('combobox', { name: m.bindings.fleets });
    expect(fleets.closest('.mantine-MultiSelect-root')).toHaveTextContent('retail-edge');
  });

  it('shows what unbinding takes away before it is sent', async () => {
    const id = await ids();
    const policy = id.rule('config-editor');
    const user = userEvent.setup();
    renderApp(`/permissions/${policy}`);
    const table = await screen.findByRole('table', { name: m.bindings.title });
    await user.click(within(table).getByRole('button', { name: 'Unbind from cluster-test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unbind from cluster-test?' });
    const changes = await within(dialog).findByRole('region', {
      name: 'Changes for IAM user 5acdb44b47ba4bd79783ad40e5346783',
    });
    expect(changes).toHaveTextContent(en.effectiveAccess.impact.loses);
    expect(changes).toHaveTextContent('namespace storefront');
    expect(changes).not.toHaveTextContent(en.effectiveAccess.impact.gains);
    await user.click(within(dialog).getByRole('button', { name: m.bindings.unbindConfirm }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await fleetBindings(id.fleet('cluster-test'))).has(policy)).toBe(false);
  });

  it('requires a target and refuses an invalid namespace name', async () => {
    const id = await ids();
    const user = userEvent.setup();
    renderApp(`/permissions/${id.rule('audit-viewer')}`);
    await screen.findByText(m.bindings.empty);
    await user.click(screen.getByRole('button', { name: m.bindings.bind }));
    expect(await screen.findByText(m.bindings.noTargets)).toBeInTheDocument();
    await user.type(
      screen.getByRole('combobox', { name: en.bindings.otherNamespaces }),
      'Bad_NS{enter}',
    );
    expect(screen.getByText(/“Bad_NS” is not a valid namespace name/)).toBeInTheDocument();
  });
});

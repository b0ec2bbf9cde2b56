import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';

const t = en.fleets;
const clusterTest = 'bffbb35b-7949-11ee-886c-0255ac100037';
const devFleet = '4557ad49-22bf-11ee-b0c9-0255ac10004b';
const emptyFleet = '108f5981-a105-11ed-a23e-0255ac100032';
const readonlyPolicy = '3dcd9a12-65bb-11ee-bdf2-0255ac100033';
const retailFleet = '2b7c7e0a-6c1d-11ef-9a41-0255ac100049';
// develop's IAM users (mocks/seed.ts).
const developUsers = ['5acdb44b47ba4bd79783ad40e5346783', '978ff70ec1494a5680f6218faa3567d9'];
const impact = en.effectiveAccess.impact;

async function showFleet(id: string) {
  return unwrap(
    ucs.GET('/v1/clustergroups/{clustergroupid}', { params: { path: { clustergroupid: id } } }),
  );
}

describe('the fleet page', () => {
  it('says Not Found, not an error, for an ID UCS does not know', async () => {
    renderApp('/fleets/00000000-0000-0000-0000-000000000000/clusters');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(en.notFound.title);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the header: name, id, description and dates', async () => {
    renderApp(`/fleets/${clusterTest}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('cluster-test');
    expect(screen.getByText(clusterTest)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t.page.copyId })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: t.page.description })).toHaveTextContent(
      /Storefront production/,
    );
    const times = screen.getAllByRole('time').map((time) => time.getAttribute('datetime'));
    expect(times).toContain('2023-11-02T06:33:35.558Z');
    expect(times).toContain('2023-11-14T06:20:20.446Z');
  });

  it('edits the description in place', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${emptyFleet}`);
    await user.click(await screen.findByRole('button', { name: t.page.editDescription }));
    const field = screen.getByRole('textbox', { name: t.page.description });
    expect(field).toHaveFocus();
    await user.type(field, 'Scratch fleet for tests');
    await user.click(screen.getByRole('button', { name: t.page.save }));
    await waitFor(() =>
      expect(screen.getByRole('group', { name: t.page.description })).toHaveTextContent(
        'Scratch fleet for tests',
      ),
    );
    expect((await showFleet(emptyFleet)).spec?.description).toBe('Scratch fleet for tests');
  });

  it('opens each tab by URL and changes the URL with the tab', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/fleets/${clusterTest}/federation`);
    expect(await screen.findByRole('tab', { name: t.tabs.federation })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByText('e2f27cc6-82b5-11ee-84e3-0255ac100032')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: t.tabs.permissions }));
    expect(router.state.location.pathname).toBe(`/fleets/${clusterTest}/permissions`);
    await user.click(screen.getByRole('tab', { name: t.tabs.clusters }));
    expect(router.state.location.pathname).toBe(`/fleets/${clusterTest}/clusters`);
  });

  it('answers an unknown tab with the not-found page', async () => {
    renderApp(`/fleets/${clusterTest}/nonsense`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(en.notFound.title);
  });
});

describe('the clusters tab', () => {
  it('lists members with their own status, adds one and removes one', async () => {
    const user = userEvent.setup();
    const discrete = await unwrap(
      ucs.GET('/v1/clusters', { params: { query: { managetype: 'discrete' } } }),
    );
    const candidate = discrete.items?.[0];
    const before = await unwrap(
      ucs.GET('/v1/clusters', { params: { query: { clustergroupid: devFleet } } }),
    );
    renderApp(`/fleets/${devFleet}/clusters`);
    const table = await screen.findByRole('table');
    for (const cluster of before.items ?? []) {
      const link = within(table).getByRole('link', { name: cluster.metadata?.name });
      expect(
        within(link.closest('tr') as HTMLElement).getByText(cluster.status?.phase ?? ''),
      ).toBeInTheDocument();
    }

    await user.click(screen.getByRole('button', { name: t.members.add }));
    const dialog = await screen.findByRole('dialog');
    await user.click(
      await within(dialog).findByRole('checkbox', { name: `Select ${candidate?.metadata?.name}` }),
    );
    await user.click(within(dialog).getByRole('button', { name: t.review.next }));
    // Before anything is sent: develop, bound to the fleet for dev and sandbox, now applies there.
    const preview = await within(dialog).findByRole('region', {
      name: en.effectiveAccess.impact.title,
    });
    const developer = await within(preview).findByRole('region', {
      name: 'Changes for IAM user 978ff70ec1494a5680f6218faa3567d9',
    });
    expect(developer).toHaveTextContent(`${candidate?.metadata?.name} · namespaces dev, sandbox`);
    expect(within(developer).getAllByText(en.effectiveAccess.impact.gains).length).toBeGreaterThan(
      0,
    );
    expect(within(table).queryByRole('link', { name: candidate?.metadata?.name })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: /^Add 1 clusters?$/ }));
    expect(
      await within(table).findByRole('link', { name: candidate?.metadata?.name }),
    ).toBeInTheDocument();
    // The table refreshes a moment before the dialog has finished closing.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(
      screen.getByRole('button', { name: `Remove ${candidate?.metadata?.name} from the fleet` }),
    );
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent(t.members.removeBody);
    await user.click(within(confirm).getByRole('button', { name: t.members.removeSubmit }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table')).queryByRole('link', { name: candidate?.metadata?.name }),
      ).not.toBeInTheDocument(),
    );
    const cluster = await unwrap(
      ucs.GET('/v1/clusters/{clusterid}', {
        params: { path: { clusterid: candidate?.metadata?.uid ?? '' } },
      }),
    );
    expect(cluster.spec?.clusterGroupID ?? '').toBe('');
  });
});

describe('the permissions tab', () => {
  it('binds a policy for default and kube-system', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${emptyFleet}/permissions`);
    expect(await screen.findByText(en.bindings.empty)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.bindings.editAll }));
    await user.click(screen.getByRole('button', { name: en.bindings.add }));
    const policies = screen.getByRole('combobox', { name: en.bindings.policies });
    await user.click(policies);
    await user.type(policies, 'readonly');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'kube-system' }));
    await user.click(screen.getByRole('button', { name: en.bindings.saveAll }));
    // readonly names no IAM user and the fleet has no members: nobody's access moves.
    const dialog = await screen.findByRole('dialog', { name: en.bindings.confirmTitle });
    expect(await within(dialog).findByText(impact.noChange)).toBeInTheDocument();
    expect(await showFleet(emptyFleet)).not.toHaveProperty('spec.ruleNamespaces');
    await user.click(within(dialog).getByRole('button', { name: en.bindings.saveAll }));

    const table = await screen.findByRole('table', {
      name: 'Permission policies bound to test0131',
    });
    const row = within(table).getByRole('link', { name: 'readonly' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('default');
    expect(row).toHaveTextContent('kube-system');
    expect((await showFleet(emptyFleet)).spec?.ruleNamespaces).toEqual([
      {
        rules: [{ ruleID: readonlyPolicy, ruleName: 'readonly' }],
        namespaces: ['default', 'kube-system'],
      },
    ]);
  });
});

describe('the permissions tab asks before saving', () => {
  it("shows each of the policy's users gaining its verbs on every member, and keeps the edits when the save fails", async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${retailFleet}/permissions`);
    await user.click(await screen.findByRole('button', { name: en.bindings.editAll }));
    await user.click(screen.getByRole('button', { name: en.bindings.add }));
    const policies = screen.getByRole('combobox', { name: en.bindings.policies });
    await user.click(policies);
    await user.type(policies, 'develop');
    await user.keyboard('{ArrowDown}{Enter}');
    mockBackend.fail('updateClusterGroupAssociatedRules', {
      status: 500,
      code: 'UCS.00000006',
      times: 1,
    });
    await user.click(screen.getByRole('button', { name: en.bindings.saveAll }));

    const dialog = await screen.findByRole('dialog', { name: en.bindings.confirmTitle });
    expect(dialog).toHaveTextContent(en.bindings.confirmFleet);
    const preview = within(dialog).getByRole('region', { name: impact.title });
    for (const userId of developUsers) {
      const changes = await within(preview).findByRole('region', {
        name: `Changes for IAM user ${userId}`,
      });
      expect(changes).toHaveTextContent('idc-suzhou-baremetal, tke-shenzhen · namespace default');
      expect(within(changes).getByText(impact.gains)).toBeInTheDocument();
      expect(changes).toHaveTextContent(
        'get, list, watch, create, update, patch, delete on configmaps, cronjobs, daemonsets, deployments',
      );
      expect(within(changes).queryByText(impact.loses)).not.toBeInTheDocument();
    }
    // Nothing is sent before the operator confirms.
    expect(await showFleet(retailFleet)).not.toHaveProperty('spec.ruleNamespaces');

    // A failed save says so in place; cancelling keeps the edited bindings.
    await user.click(within(dialog).getByRole('button', { name: en.bindings.saveAll }));
    expect(await within(dialog).findByText(/UCS\.00000006/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: en.common.cancel }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Open policy develop' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: en.bindings.saveAll }));
    const again = await screen.findByRole('dialog', { name: en.bindings.confirmTitle });
    await user.click(within(again).getByRole('button', { name: en.bindings.saveAll }));
    const table = await screen.findByRole('table', {
      name: 'Permission policies bound to retail-edge',
    });
    expect(within(table).getByRole('link', { name: 'develop' })).toBeInTheDocument();
    expect((await showFleet(retailFleet)).spec?.ruleNamespaces).toEqual([
      {
        rules: [{ ruleID: '3dce0c4e-65bb-11ee-bdf2-0255ac100033', ruleName: 'develop' }],
        namespaces: ['default'],
      },
    ]);
  });
});

describe('the federation tab', () => {
  it('shows the federation, its DNS suffixes and the last enabling job', async () => {
    renderApp(`/fleets/${clusterTest}/federation`);
    expect(await screen.findByText('v1.7.0-t1109')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: t.federationTab.dns })).toHaveTextContent(
      'www.oidc.com',
    );
    const job = await screen.findByText('4 of 4 steps done');
    expect(job).toBeInTheDocument();
    for (const step of [
      'CreateCert',
      'CreateNode',
      'InstallFederationChart',
      'CreateNetworkResource',
    ])
      expect(screen.getByText(step)).toBeInTheDocument();
  });

  it('opens the federation wizard from Enable', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/fleets/${devFleet}/federation`);
    expect(await screen.findByText(t.federationTab.jobNone)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.federationTab.enable }));
    expect(await screen.findByRole('heading', { name: t.wizard.preflight.title })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/fleets/${devFleet}/federation/enable`);
  });

  it('shows the failed step with its reason once and retries', async () => {
    const user = userEvent.setup();
    mockBackend.failFederationStep('InstallFederationChart', devFleet);
    await unwrap(
      ucs.POST('/v1/clustergroups/{clustergroupid}/federations', {
        params: { path: { clustergroupid: devFleet }, query: {} },
      }),
    );
    renderApp(`/fleets/${devFleet}/federation`);
    await screen.findByText('0 of 4 steps done');
    mockBackend.settle();
    const retry = await screen.findByRole(
      'button',
      { name: t.federationTab.retry },
      { timeout: 15_000 },
    );
    const failedRow = screen.getByText('InstallFederationChart').closest('tr') as HTMLElement;
    expect(failedRow).toHaveTextContent(t.federationTab.phase.Failed);
    expect(failedRow).toHaveTextContent(t.federationTab.reasonAbove);
    expect(
      screen.getByRole('alert', { name: 'Step InstallFederationChart failed' }),
    ).toHaveTextContent(/helm install karmada failed/);
    // Said once, in the alert: neither the summary nor the table repeats it.
    expect(screen.getAllByText(/helm install karmada failed/)).toHaveLength(1);
    await user.click(retry);
    mockBackend.settle();
    expect(
      await screen.findAllByText('Enabled · v1.9.0', {}, { timeout: 15_000 }),
    ).not.toHaveLength(0);
  });

  it('disables federation after a confirmation naming what stops working', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${clusterTest}/federation`);
    await user.click(await screen.findByRole('button', { name: t.federationTab.disable }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(t.federationTab.disableApi);
    expect(dialog).toHaveTextContent(t.federationTab.disableWorkloads);
    await user.click(within(dialog).getByRole('button', { name: t.federationTab.disableSubmit }));
    expect(await screen.findByRole('button', { name: t.federationTab.enable })).toBeInTheDocument();
    expect((await showFleet(clusterTest)).spec?.federationId).toBeUndefined();
  });

  it('edits the DNS suffixes of a federated fleet', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${clusterTest}/federation`);
    await user.click(await screen.findByRole('button', { name: t.federationTab.dnsEdit }));
    const field = screen.getByRole('combobox', { name: t.federationTab.dnsLabel });
    await user.type(field, 'Not a domain{Enter}');
    await user.type(field, 'shop.example.com{Enter}');
    await user.click(screen.getByRole('button', { name: t.page.save }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: t.federationTab.dns })).getByText(
          'www.oidc.com, shop.example.com',
        ),
      ).toBeInTheDocument(),
    );
    expect((await showFleet(clusterTest)).spec?.dnsSuffix).toEqual([
      'www.oidc.com',
      'shop.example.com',
    ]);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';

const m = en.permissions;

async function ruleNamed(name: string) {
  const { items = [] } = await unwrap(ucs.GET('/v1/permissions/rules'));
  return items.find((rule) => rule.metadata?.name === name);
}

describe('the permission policy list', () => {
  it('lists every policy with its type, IAM users and where it is bound', async () => {
    const { items = [] } = await unwrap(ucs.GET('/v1/permissions/rules'));
    renderApp('/permissions');
    const table = await screen.findByRole('table');
    for (const rule of items) {
      expect(within(table).getByRole('link', { name: rule.metadata?.name })).toBeInTheDocument();
    }
    // readonly is bound to a fleet and two clusters in the seed.
    const row = within(table).getByRole('link', { name: 'readonly' }).closest('tr') as HTMLElement;
    await waitFor(() => expect(row).toHaveTextContent('cluster-test: default, storefront'));
    expect(row).toHaveTextContent('gke-london-analytics: All namespaces');
    expect(row).toHaveTextContent('test-cluster: monitoring');
    expect(within(row).getByRole('link', { name: 'cluster-test' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/fleets\//),
    );
    const auditRow = within(table)
      .getByRole('link', { name: 'audit-viewer' })
      .closest('tr') as HTMLElement;
    expect(auditRow).toHaveTextContent(m.list.notBound);
  });

  it('searches and filters by type, keeping both in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/permissions');
    await screen.findByRole('table');
    await user.type(screen.getByLabelText(m.list.search), 'deploy');
    const table = screen.getByRole('table');
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: 'readonly' })).not.toBeInTheDocument(),
    );
    expect(within(table).getByRole('link', { name: 'ci-deployer' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'develop' })).toBeInTheDocument();
    // nuqs writes the address bar a moment after the list shows the change.
    await waitFor(() => expect(window.location.search).toBe('?q=deploy'));

    await user.click(screen.getByRole('combobox', { name: m.list.typeFilter }));
    // Mantine hides the dropdown from jsdom's layout-less view, so the option is queried hidden.
    await user.click(await screen.findByRole('option', { name: m.types.custom, hidden: true }));
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: 'develop' })).not.toBeInTheDocument(),
    );
    // nuqs writes the address bar a moment after the list shows the change.
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('type')).toBe('custom'),
    );
  });

  it('reads search and type from the URL and says when nothing matches', async () => {
    renderApp('/permissions?q=nothing-like-this&type=admin');
    expect(await screen.findByText(m.list.noMatch)).toBeInTheDocument();
    expect(screen.getByLabelText(m.list.search)).toHaveValue('nothing-like-this');
  });

  it('explains a failed list and offers to try again', async () => {
    mockBackend.fail('listRules', { status: 500, code: 'UCS.00000006', times: 10 });
    renderApp('/permissions');
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('UCS.00000006');
    expect(within(alert).getByRole('button', { name: en.common.retry })).toBeInTheDocument();
  });

  it('warns before deleting a bound policy, lists its bindings and shows UCS refusing', async () => {
    const user = userEvent.setup();
    renderApp('/permissions');
    await screen.findByRole('table');
    await waitFor(() => expect(screen.queryByText(en.common.loading)).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Delete readonly' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Delete policy readonly?');
    const warning = within(dialog).getByRole('alert', { name: m.delete.boundList });
    expect(warning).toHaveTextContent('cluster-test: default, storefront');
    expect(warning).toHaveTextContent('test-cluster: monitoring');
    expect(warning).toHaveTextContent('gke-london-analytics: All namespaces');
    expect(warning).toHaveTextContent(m.delete.stillBound);

    await user.click(within(dialog).getByRole('button', { name: m.delete.confirm }));
    expect(await within(dialog).findByText(m.delete.refused)).toBeInTheDocument();
    expect(dialog).toHaveTextContent('UCS.01120002');
    expect(await ruleNamed('readonly')).toBeDefined();
  });

  it("shows, before deleting, what the policy's users lose wherever it is bound", async () => {
    const user = userEvent.setup();
    renderApp('/permissions');
    await screen.findByRole('table');
    await waitFor(() => expect(screen.queryByText(en.common.loading)).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Delete config-editor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete policy config-editor?' });
    const preview = within(dialog).getByRole('region', { name: en.effectiveAccess.impact.title });
    // Bound on fleet cluster-test for storefront: its one user loses it on the four members.
    const changes = await within(preview).findByRole('region', {
      name: 'Changes for IAM user 5acdb44b47ba4bd79783ad40e5346783',
    });
    expect(preview).toHaveTextContent('1 IAM user gains or loses access on 4 clusters.');
    expect(changes).toHaveTextContent('namespace storefront');
    expect(within(changes).getByText(en.effectiveAccess.impact.loses)).toBeInTheDocument();
    expect(changes).toHaveTextContent('get, list, watch, update, patch on configmaps, secrets');
    expect(within(changes).queryByText(en.effectiveAccess.impact.gains)).not.toBeInTheDocument();
  });

  it('deletes an unbound policy after confirmation', async () => {
    const user = userEvent.setup();
    renderApp('/permissions');
    await screen.findByRole('table');
    await waitFor(() => expect(screen.queryByText(en.common.loading)).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Delete audit-viewer' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(m.delete.notBound);
    expect(await within(dialog).findByText(en.effectiveAccess.impact.noChange)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: m.delete.confirm }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'audit-viewer' })).not.toBeInTheDocument(),
    );
    expect(await ruleNamed('audit-viewer')).toBeUndefined();
  });
});

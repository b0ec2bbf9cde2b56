import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import type { AccessProposal } from '@/api/access/impact';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { AppProviders } from '@/app/AppProviders';
import { createQueryClient } from '@/app/queryClient';
import { en } from '@/i18n/resources';
import { jsdomTheme } from '@/test/jsdomTheme';
import { AccessImpactPreview } from './AccessImpactPreview';

const t = en.effectiveAccess.impact;
// Seed (mocks/seed.ts): fleet cluster-test binds config-editor (naming onCall) for storefront;
// its member prod-beijing-cce binds develop (naming onCall and developer) for storefront itself,
// inactive while it is in the fleet.
const onCall = '5acdb44b47ba4bd79783ad40e5346783';
const developer = '978ff70ec1494a5680f6218faa3567d9';
const developId = '3dce0c4e-65bb-11ee-bdf2-0255ac100033';
const readonlyId = '3dcd9a12-65bb-11ee-bdf2-0255ac100033';
const configEditorId = '8a4f1c2e-0b6d-11ef-a7c3-0255ac100041';
const auditViewerId = '5e2b9d70-9a3c-11f0-b1e4-0255ac100052';

async function clusterId(name: string) {
  const { items = [] } = await unwrap(ucs.GET('/v1/clusters'));
  const uid = items.find((item) => item.metadata?.name === name)?.metadata?.uid;
  if (!uid) throw new Error(`no cluster ${name} in the seed`);
  return uid;
}

function renderPreview(proposal: AccessProposal | null) {
  const router = createMemoryRouter([
    { path: '*', element: <AccessImpactPreview proposal={proposal} /> },
  ]);
  return render(
    <AppProviders queryClient={createQueryClient()} router={router} themeOverride={jsdomTheme}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

const preview = () => screen.findByRole('region', { name: t.title });
const userSection = (user: string) =>
  screen.findByRole('region', { name: t.userLabel.replace('{{user}}', user) });
/** The lines under Gains or Loses, as the operator reads them. */
const linesOf = (section: HTMLElement, word: string) =>
  within(within(section).getByRole('group', { name: word }))
    .getAllByRole('listitem')
    .map((line) => line.textContent ?? '');

describe('AccessImpactPreview', () => {
  it('lists what a user gains and loses when a cluster leaves its fleet', async () => {
    const id = await clusterId('prod-beijing-cce');
    renderPreview({ kind: 'moveClusters', clusterIds: [id], fleetId: null });
    const region = await preview();
    const mine = await userSection(onCall);
    expect(mine).toHaveTextContent(
      `prod-beijing-cce · ${t.namespace.replace('{{name}}', 'storefront')}`,
    );
    // develop's verbs on workloads, beyond what config-editor allowed.
    expect(linesOf(mine, t.gains).join('\n')).toContain('create, update, patch, delete on');
    // config-editor's reading of everything and editing of secrets.
    const lost = linesOf(mine, t.loses);
    expect(lost).toContain('get, list, watch on *');
    expect(lost.join('\n')).toContain('secrets');
    // The cluster's own bindings (develop, ci-deployer) apply again.
    expect(region).toHaveTextContent(t.activated_other.replace('{{count}}', '2'));
    expect(region).not.toHaveTextContent(t.noChange);
  });

  it('lists only gains for a binding added to a cluster in no fleet', async () => {
    const id = await clusterId('gke-london-analytics');
    renderPreview({
      kind: 'setBindings',
      target: { kind: 'cluster', id },
      bindings: [
        { ruleIDs: [readonlyId], namespaces: ['*'] },
        { ruleIDs: [developId], namespaces: ['default'] },
      ],
    });
    const region = await preview();
    for (const user of [onCall, developer]) {
      const section = await userSection(user);
      expect(section).toHaveTextContent(
        `gke-london-analytics · ${t.namespace.replace('{{name}}', 'default')}`,
      );
      expect(within(section).getByRole('group', { name: t.gains })).toBeInTheDocument();
      expect(within(section).queryByRole('group', { name: t.loses })).not.toBeInTheDocument();
    }
    expect(region).toHaveTextContent(
      t.users_other
        .replace('{{count}}', '2')
        .replace('{{clusters}}', t.clusters_one.replace('{{count}}', '1')),
    );
  });

  it('lists only losses for a deleted policy, one line for every member alike', async () => {
    renderPreview({ kind: 'deletePolicy', ruleId: configEditorId });
    const mine = await userSection(onCall);
    expect(within(mine).getByText(t.loses)).toBeInTheDocument();
    expect(within(mine).queryByText(t.gains)).not.toBeInTheDocument();
    // cluster-test's members lose the same: named together, not one line each.
    expect(mine).toHaveTextContent('prod-beijing-cce');
    expect(within(mine).getAllByText(t.loses)).toHaveLength(1);
  });

  it('keeps a big change readable: grouped per user, with counts, the rest cut to "and N more"', async () => {
    // config-editor (bound to cluster-test's four members for storefront) given 20 other users.
    const users = Array.from({ length: 20 }, (_, index) => index.toString(16).padStart(32, 'a'));
    renderPreview({ kind: 'updatePolicy', ruleId: configEditorId, iamUserIDs: users });
    const region = await preview();
    expect(
      await within(region).findByText(
        t.users_other
          .replace('{{count}}', '21')
          .replace('{{clusters}}', t.clusters_other.replace('{{count}}', '4')),
      ),
    ).toBeInTheDocument();
    // 12 users shown, each with one line for the four members alike; the other 9 counted.
    expect(within(region).getAllByRole('region')).toHaveLength(12);
    expect(
      within(region).getByText(t.moreUsers_other.replace('{{count}}', '9')),
    ).toBeInTheDocument();
    const first = await userSection(users[0] ?? '');
    expect(first).toHaveTextContent(t.userClusters_other.replace('{{count}}', '4'));
    expect(first).toHaveTextContent(
      t.where
        .replace(
          '{{clusters}}',
          t.moreClusters_one
            .replace('{{names}}', 'eks-us-east, prod-beijing-cce, prod-shanghai-turbo')
            .replace('{{count}}', '1'),
        )
        .replace('{{scope}}', t.namespace.replace('{{name}}', 'storefront')),
    );
    expect(within(first).getAllByRole('group', { name: t.gains })).toHaveLength(1);
  });

  it('says so when no one’s access changes', async () => {
    renderPreview({ kind: 'deletePolicy', ruleId: auditViewerId });
    const region = await preview();
    expect(await within(region).findByText(t.noChange)).toBeInTheDocument();
    expect(within(region).queryByText(t.gains)).not.toBeInTheDocument();
  });

  it('shows that it is working while the lists load', async () => {
    renderPreview({ kind: 'deletePolicy', ruleId: configEditorId });
    const region = await preview();
    expect(within(region).getByRole('status')).toHaveTextContent(t.loading);
    expect(await within(region).findByText(t.loses)).toBeInTheDocument();
    expect(within(region).queryByRole('status')).not.toBeInTheDocument();
  });

  it('says the impact could not be computed, with the reason, when a list fails', async () => {
    mockBackend.fail('listRules', { status: 400, code: 'UCS.00000011' });
    renderPreview({ kind: 'deletePolicy', ruleId: configEditorId });
    const region = await preview();
    expect(await within(region).findByText(t.failed)).toBeInTheDocument();
    expect(within(region).getByRole('alert')).toHaveTextContent('UCS.00000011');
  });

  it('renders nothing without a proposal', () => {
    renderPreview(null);
    // With a proposal the titled section (and its loader) would show at once.
    expect(screen.queryByText(t.title)).not.toBeInTheDocument();
    expect(screen.queryByText(t.loading)).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';

const impact = en.effectiveAccess.impact;

async function cluster(name: string) {
  const { items = [] } = await unwrap(ucs.GET('/v1/clusters'));
  const found = items.find((item) => item.metadata?.name === name);
  if (!found?.metadata?.uid) throw new Error(`no cluster ${name}`);
  return found;
}

async function addDevelopBinding(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: en.bindings.editAll }));
  await user.click(screen.getByRole('button', { name: en.bindings.add }));
  const policies = screen.getByRole('combobox', { name: en.bindings.policies });
  await user.click(policies);
  await user.type(policies, 'develop');
  await user.keyboard('{ArrowDown}{Enter}');
  await user.click(screen.getByRole('button', { name: en.bindings.saveAll }));
  return screen.findByRole('dialog', { name: en.bindings.confirmTitle });
}

describe("a cluster's bindings, saved from its page", () => {
  it('asks first, with the gains on this cluster only, and saves on confirmation', async () => {
    const { metadata } = await cluster('cmcloud-hefei');
    const user = userEvent.setup();
    renderApp(`/clusters/${metadata?.uid}/membership`);
    const dialog = await addDevelopBinding(user);
    expect(dialog).toHaveTextContent(en.bindings.confirmCluster);
    for (const userId of ['5acdb44b47ba4bd79783ad40e5346783', '978ff70ec1494a5680f6218faa3567d9']) {
      const changes = await within(dialog).findByRole('region', {
        name: `Changes for IAM user ${userId}`,
      });
      expect(changes).toHaveTextContent('cmcloud-hefei · namespace default');
      expect(within(changes).getByText(impact.gains)).toBeInTheDocument();
    }
    expect((await cluster('cmcloud-hefei')).spec?.ruleNamespaces ?? []).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: en.bindings.saveAll }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('link', { name: 'develop' })).toBeInTheDocument();
    expect((await cluster('cmcloud-hefei')).spec?.ruleNamespaces).toEqual([
      {
        rules: [{ ruleID: '3dce0c4e-65bb-11ee-bdf2-0255ac100033', ruleName: 'develop' }],
        namespaces: ['default'],
      },
    ]);
  });

  it('says no access moves for a cluster that follows its fleet', async () => {
    const { metadata } = await cluster('eks-us-east');
    const user = userEvent.setup();
    renderApp(`/clusters/${metadata?.uid}/membership`);
    const dialog = await addDevelopBinding(user);
    expect(await within(dialog).findByText(impact.noChange)).toBeInTheDocument();
  });
});

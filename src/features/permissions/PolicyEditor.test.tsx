import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';

const m = en.permissions;
const userA = '978ff70ec1494a5680f6218faa3567d9';
const userB = '5acdb44b47ba4bd79783ad40e5346783';

async function rules() {
  return (await unwrap(ucs.GET('/v1/permissions/rules'))).items ?? [];
}

async function ruleNamed(name: string) {
  return (await rules()).find((rule) => rule.metadata?.name === name);
}

function yamlPreview() {
  return parse(screen.getByRole('region', { name: m.preview.label }).textContent ?? '');
}

describe('creating a policy', () => {
  it('creates a custom policy from ticked verbs for two IAM users, previewed as a ClusterRole', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/permissions/new');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'pod-reader');
    await user.type(screen.getByLabelText(m.form.description), 'Reads pods and deployments.');
    const resources = screen.getByRole('combobox', { name: 'Resources of rule 1' });
    await user.type(resources, 'pods{enter}deployments{enter}');
    for (const resource of ['pods', 'deployments']) {
      await user.click(screen.getByRole('checkbox', { name: `get on ${resource}` }));
      await user.click(screen.getByRole('checkbox', { name: `list on ${resource}` }));
    }
    await user.type(
      screen.getByRole('combobox', { name: m.users.label }),
      `${userA}{enter}${userB}{enter}`,
    );

    expect(yamlPreview()).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'pod-reader' },
      rules: [{ apiGroups: ['*'], resources: ['pods', 'deployments'], verbs: ['get', 'list'] }],
    });

    await user.click(screen.getByRole('button', { name: m.form.create }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/permissions/new'));
    const created = await ruleNamed('pod-reader');
    expect(created?.spec).toEqual({
      type: 'custom',
      description: 'Reads pods and deployments.',
      contents: [{ verbs: ['get', 'list'], resources: ['pods', 'deployments'] }],
      iamUserIDs: [userA, userB],
    });
    expect(router.state.location.pathname).toBe(`/permissions/${created?.metadata?.uid}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Policy pod-reader' }),
    ).toBeInTheDocument();
  });

  it('refuses a bad name, an over-long description and a malformed IAM user ID at their fields', async () => {
    const user = userEvent.setup();
    const before = (await rules()).length;
    renderApp('/permissions/new');
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    await user.type(name, 'Pod_Reader');
    expect(name).toHaveAccessibleDescription(expect.stringContaining(m.form.nameErrors.pattern));
    expect(name).toHaveAttribute('aria-invalid', 'true');

    const description = screen.getByLabelText(m.form.description);
    // Pasted, not typed: 256 keystrokes would only slow the test down.
    fireEvent.change(description, { target: { value: 'x'.repeat(256) } });
    expect(
      await screen.findByText(
        'The description is 256 characters long; shorten it to 255 or fewer.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('256 / 255 characters')).toBeInTheDocument();

    const users = screen.getByRole('combobox', { name: m.users.label });
    await user.type(users, 'not-an-id{enter}');
    expect(
      screen.getByText(
        '“not-an-id” is not an IAM user ID: it must be exactly 32 hexadecimal characters (0–9, a–f); this has 9.',
      ),
    ).toBeInTheDocument();
    // Refused: no chip, and the text stays in the box to be corrected.
    expect(users).toHaveValue('not-an-id');

    await user.click(screen.getByRole('button', { name: m.form.create }));
    expect(await screen.findByText(m.form.fixProblems)).toBeInTheDocument();
    expect(screen.getByText(m.contents.noContents)).toBeInTheDocument();
    expect(await rules()).toHaveLength(before);
  });

  it('shows a taken name (409) at the name field and keeps everything entered', async () => {
    const user = userEvent.setup();
    renderApp('/permissions/new');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'admin');
    await user.click(screen.getByRole('radio', { name: m.types.readonly }));
    await user.type(screen.getByLabelText(m.form.description), 'Kept');
    await user.click(screen.getByRole('button', { name: m.form.create }));

    const name = screen.getByRole('textbox', { name: /^Name/ });
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        expect.stringContaining('A permission policy named admin already exists.'),
      ),
    );
    expect(name).toHaveValue('admin');
    expect(screen.getByLabelText(m.form.description)).toHaveValue('Kept');
    expect(screen.getByRole('radio', { name: m.types.readonly })).toBeChecked();
    expect(screen.getByText(m.form.serverError)).toBeInTheDocument();
  });

  it('shows a 400 about a field at that field', async () => {
    mockBackend.fail('createRule', {
      status: 400,
      code: 'UCS.00000012',
      message: 'spec.description must not mention secrets.',
      times: 1,
    });
    const user = userEvent.setup();
    renderApp('/permissions/new');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'viewer');
    await user.click(screen.getByRole('radio', { name: m.types.readonly }));
    await user.type(screen.getByLabelText(m.form.description), 'secrets');
    await user.click(screen.getByRole('button', { name: m.form.create }));
    await waitFor(() =>
      expect(screen.getByLabelText(m.form.description)).toHaveAccessibleDescription(
        expect.stringContaining('spec.description must not mention secrets.'),
      ),
    );
  });

  it('fills templates, describes them, and asks before a switch replaces ticked verbs', async () => {
    const user = userEvent.setup();
    const before = (await rules()).length;
    const { router } = renderApp('/permissions/new');
    // A valid name, so a stray save (the dialog's submit reaching the editor) would succeed.
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'switcher');
    await user.click(screen.getByRole('radio', { name: m.types.readonly }));
    // Each type's template is described in words under the choice.
    expect(screen.getByText(m.templates.readonly)).toBeVisible();
    expect(yamlPreview().rules).toEqual([
      { apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list', 'watch'] },
    ]);
    // Template contents are shown but fixed.
    expect(screen.getByRole('checkbox', { name: 'get on *' })).toBeDisabled();

    // From one untouched template to another: no question.
    await user.click(screen.getByRole('radio', { name: m.types.develop }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(m.templates.develop)).toBeVisible();
    expect(screen.queryByText(m.templates.readonly)).not.toBeInTheDocument();

    // Custom keeps what is ticked and makes it editable.
    await user.click(screen.getByRole('radio', { name: m.types.custom }));
    const cell = screen.getByRole('checkbox', { name: 'deletecollection on secrets' });
    expect(cell).toBeEnabled();
    await user.click(cell);

    await user.click(screen.getByRole('radio', { name: m.types.admin }));
    const dialog = await screen.findByRole('dialog', { name: m.switchType.title });
    await user.click(within(dialog).getByRole('button', { name: en.common.cancel }));
    expect(screen.getByRole('radio', { name: m.types.custom })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'deletecollection on secrets' })).not.toBeChecked();

    await user.click(screen.getByRole('radio', { name: m.types.admin }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Switch to Administrator',
      }),
    );
    expect(screen.getByRole('radio', { name: m.types.admin })).toBeChecked();
    expect(yamlPreview().rules).toEqual([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]);
    // Confirming the switch is not a save.
    expect(router.state.location.pathname).toBe('/permissions/new');
    expect(await rules()).toHaveLength(before);
  });

  it('toggles a whole row and a whole column, and moves with arrow keys', async () => {
    const user = userEvent.setup();
    renderApp('/permissions/new');
    const resources = await screen.findByRole('combobox', { name: 'Resources of rule 1' });
    await user.type(resources, 'pods{enter}secrets{enter}');

    await user.click(screen.getByRole('checkbox', { name: 'watch on every resource of rule 1' }));
    expect(screen.getByRole('checkbox', { name: 'watch on pods' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'watch on secrets' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'All verbs on pods' }));
    expect(yamlPreview().rules).toEqual([
      {
        apiGroups: ['*'],
        resources: ['pods'],
        verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'],
      },
      { apiGroups: ['*'], resources: ['secrets'], verbs: ['watch'] },
    ]);

    const getPods = screen.getByRole('checkbox', { name: 'get on pods' });
    getPods.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('checkbox', { name: 'get on secrets' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('checkbox', { name: 'list on secrets' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'list on secrets' })).toBeChecked();
  });

  it('refuses a resource name Kubernetes would not accept', async () => {
    const user = userEvent.setup();
    renderApp('/permissions/new');
    const resources = await screen.findByRole('combobox', { name: 'Resources of rule 1' });
    await user.type(resources, 'Pods!{enter}');
    expect(screen.getByText(/“pods!” is not a Kubernetes resource name/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'get on pods!' })).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/permissions/new');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'draft');
    const nav = screen.getByRole('navigation', { name: en.nav.main });
    await user.click(within(nav).getByRole('link', { name: en.nav.clusters }));
    const dialog = await screen.findByRole('dialog', { name: m.guard.title });
    await user.click(within(dialog).getByRole('button', { name: m.guard.stay }));
    expect(router.state.location.pathname).toBe('/permissions/new');
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('draft');

    await user.click(within(nav).getByRole('link', { name: en.nav.clusters }));
    await user.click(
      within(await screen.findByRole('dialog', { name: m.guard.title })).getByRole('button', {
        name: m.guard.leave,
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters'));
  });
});

describe('editing a policy', () => {
  it('shows the stored policy with a fixed name and saves a changed description and users', async () => {
    const rule = await ruleNamed('ci-deployer');
    const user = userEvent.setup();
    renderApp(`/permissions/${rule?.metadata?.uid}`);
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(name).toHaveValue('ci-deployer');
    expect(name).toHaveAttribute('readonly');
    expect(screen.getByRole('checkbox', { name: 'patch on ingresses' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'delete on ingresses' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: m.form.save })).toBeDisabled();

    const description = screen.getByLabelText(m.form.description);
    await user.clear(description);
    await user.type(description, 'CI rollouts');
    await user.click(screen.getByRole('checkbox', { name: 'delete on ingresses' }));
    await user.click(screen.getByRole('button', { name: m.form.save }));
    // Its only binding is prod-beijing-cce's own, inactive while the cluster follows its fleet.
    const dialog = await screen.findByRole('dialog', { name: 'Save policy ci-deployer?' });
    expect(await within(dialog).findByText(en.effectiveAccess.impact.noChange)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: m.form.confirmSave }));
    expect(await screen.findByText(m.form.unchanged)).toBeInTheDocument();

    const saved = await ruleNamed('ci-deployer');
    expect(saved?.spec?.description).toBe('CI rollouts');
    expect(saved?.spec?.contents).toEqual([
      {
        verbs: ['get', 'list', 'create', 'update', 'patch'],
        resources: ['deployments', 'services', 'horizontalpodautoscalers'],
      },
      { verbs: ['get', 'list', 'create', 'update', 'patch', 'delete'], resources: ['ingresses'] },
    ]);
  });

  it('saves a description-only edit without asking: it moves no access', async () => {
    const rule = await ruleNamed('config-editor');
    const user = userEvent.setup();
    renderApp(`/permissions/${rule?.metadata?.uid}`);
    const description = await screen.findByLabelText(m.form.description);
    await user.clear(description);
    await user.type(description, 'On-call');
    await user.click(screen.getByRole('button', { name: m.form.save }));
    expect(await screen.findByText(m.form.unchanged)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await ruleNamed('config-editor'))?.spec?.description).toBe('On-call');
  });

  it("asks before adding a user to a bound policy, showing the user's gains; a refusal keeps the edit", async () => {
    const rule = await ruleNamed('config-editor');
    const user = userEvent.setup();
    renderApp(`/permissions/${rule?.metadata?.uid}`);
    const users = await screen.findByRole('combobox', { name: m.users.label });
    await user.type(users, `${userA}{Enter}`);
    mockBackend.fail('updateRule', { status: 500, code: 'UCS.00000006', times: 1 });
    await user.click(screen.getByRole('button', { name: m.form.save }));

    const dialog = await screen.findByRole('dialog', { name: 'Save policy config-editor?' });
    expect(dialog).toHaveTextContent(m.form.confirmBody);
    // Bound on fleet cluster-test for storefront: the new user gains it on its four members.
    const changes = await within(dialog).findByRole('region', {
      name: `Changes for IAM user ${userA}`,
    });
    expect(changes).toHaveTextContent('on 4 clusters');
    expect(changes).toHaveTextContent('namespace storefront');
    expect(changes).toHaveTextContent('get, list, watch, update, patch on configmaps, secrets');
    // The user who already had it is not listed: nothing changes for them.
    expect(
      within(dialog).queryByRole('region', { name: `Changes for IAM user ${userB}` }),
    ).not.toBeInTheDocument();
    expect((await ruleNamed('config-editor'))?.spec?.iamUserIDs).toEqual([userB]);

    await user.click(within(dialog).getByRole('button', { name: m.form.confirmSave }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(m.form.serverError)).toBeInTheDocument();
    expect(screen.getByText(m.form.unsaved)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: m.form.save }));
    const again = await screen.findByRole('dialog', { name: 'Save policy config-editor?' });
    await user.click(within(again).getByRole('button', { name: m.form.confirmSave }));
    expect(await screen.findByText(m.form.unchanged)).toBeInTheDocument();
    expect((await ruleNamed('config-editor'))?.spec?.iamUserIDs).toEqual([userB, userA]);
  });

  it('says when a policy does not exist', async () => {
    renderApp('/permissions/no-such-policy');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(en.notFound.title);
  });
});

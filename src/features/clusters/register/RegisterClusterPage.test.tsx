import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';
import { kubeconfigYaml } from '@/test/kubeconfig';
import { chooseOption } from '../testing';
import { sentence } from '@/test/sentence';

const t = en.clusters;

type User = ReturnType<typeof userEvent.setup>;

/** Step 1 for an attached EKS cluster, then on to the details. */
async function chooseAttachedEks(user: User) {
  await user.click(await screen.findByRole('radio', { name: /^Attached cluster/ }));
  await chooseOption(
    user,
    screen.getByRole('combobox', { name: t.wizardKind.provider }),
    'AWS — EKS cluster',
  );
  await user.click(screen.getByRole('button', { name: t.wizard.next }));
}

/** Types a value at once (as a paste): per-key typing is slow in jsdom and tests nothing more. */
async function enter(user: User, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function fillDetails(user: User, name: string, kubeconfig: string, label = ['env', 'prod']) {
  await enter(user, await screen.findByRole('textbox', { name: t.wizard.name }), name);
  await user.click(screen.getByRole('button', { name: t.wizard.addLabel }));
  await user.type(screen.getByRole('textbox', { name: `${t.wizard.labelKey} 1` }), label[0] ?? '');
  await user.type(
    screen.getByRole('textbox', { name: `${t.wizard.labelValue} 1` }),
    label[1] ?? '',
  );
  await chooseOption(
    user,
    screen.getByRole('combobox', { name: t.wizard.country }),
    'Germany (DE)',
  );
  await user.click(screen.getByRole('textbox', { name: t.wizard.kubeconfig }));
  await user.paste(kubeconfig);
}

describe('the registration wizard', () => {
  it('registers an attached cluster from a pasted YAML kubeconfig and connects it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/clusters/register');
    await chooseAttachedEks(user);
    await fillDetails(user, 'edge-berlin', kubeconfigYaml);
    // Parsed in the browser: the context and the server it points at.
    const server = await screen.findByRole('group', { name: t.wizard.server });
    expect(within(server).getByText('https://203.0.113.10:6443')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.wizard.next }));

    const request = JSON.parse(
      (await screen.findByRole('region', { name: t.wizard.request })).textContent ?? '',
    );
    expect(request).toMatchObject({
      metadata: { name: 'edge-berlin', labels: { env: 'prod' } },
      spec: {
        category: 'attachedcluster',
        type: 'eks',
        provider: 'aws',
        country: 'DE',
        city: 'DE',
        manageType: 'discrete',
      },
    });
    await user.click(screen.getByRole('button', { name: t.wizard.registerButton }));

    expect(await screen.findByText(sentence('edge-berlin is registered.'))).toBeInTheDocument();
    const uid = new URLSearchParams(router.state.location.search).get('cluster') ?? '';
    const registered = await unwrap(
      ucs.GET('/v1/clusters/{clusterid}', { params: { path: { clusterid: uid } } }),
    );
    expect(registered.status?.phase).toBe('Pending');
    expect(registered.spec?.apiEndpoint).toBe('https://203.0.113.10:6443');
    await user.click(screen.getByRole('button', { name: t.access.fetch }));
    expect(await screen.findByText('kubectl apply -f ucs-agent.yaml')).toBeInTheDocument();
  });

  it('refuses a file that is not a kubeconfig, and an invalid label, at the field', async () => {
    const user = userEvent.setup();
    renderApp('/clusters/register');
    await chooseAttachedEks(user);
    await fillDetails(user, 'edge-berlin', 'apiVersion: apps/v1\nkind: Deployment\n', [
      '-bad',
      'ok',
    ]);
    const kubeconfig = screen.getByRole('textbox', { name: t.wizard.kubeconfig });
    expect(kubeconfig).toHaveAccessibleDescription(
      /This is a Kubernetes “Deployment”, not a kubeconfig/,
    );
    expect(
      screen.getByRole('textbox', { name: `${t.wizard.labelKey} 1` }),
    ).toHaveAccessibleDescription(t.wizard.labelKeyInvalid);
    await user.click(screen.getByRole('button', { name: t.wizard.next }));
    // Still on the details step, everything as typed.
    expect(screen.getByRole('textbox', { name: t.wizard.name })).toHaveValue('edge-berlin');
    expect(kubeconfig).toHaveValue('apiVersion: apps/v1\nkind: Deployment\n');
    expect(screen.queryByRole('region', { name: t.wizard.request })).toBeNull();
  });

  it('shows a duplicate name at the name field, with nothing typed lost', async () => {
    const user = userEvent.setup();
    renderApp('/clusters/register');
    await chooseAttachedEks(user);
    await fillDetails(user, 'eks-us-east', kubeconfigYaml);
    await user.click(screen.getByRole('button', { name: t.wizard.next }));
    await user.click(await screen.findByRole('button', { name: t.wizard.registerButton }));

    const name = await screen.findByRole('textbox', { name: t.wizard.name });
    await waitFor(() => expect(name).toHaveAccessibleDescription(/UCS\.01030003/));
    expect(name).toHaveValue('eks-us-east');
    expect(screen.getByRole('textbox', { name: `${t.wizard.labelKey} 1` })).toHaveValue('env');
    expect(screen.getByRole('textbox', { name: t.wizard.kubeconfig })).toHaveValue(kubeconfigYaml);
    expect(screen.getByRole('alert')).toHaveTextContent(t.wizard.submitFailed);
    // Fixing the name and registering again works.
    await user.clear(name);
    await enter(user, name, 'eks-us-east-2');
    await user.click(screen.getByRole('button', { name: t.wizard.next }));
    await user.click(await screen.findByRole('button', { name: t.wizard.registerButton }));
    expect(await screen.findByText(sentence('eks-us-east-2 is registered.'))).toBeInTheDocument();
  });

  it('imports a CCE cluster of the account', async () => {
    const user = userEvent.setup();
    const candidates = await unwrap(
      ucs.GET('/v1/managedclusters', { params: { query: { unregister: true } } }),
    );
    const cce = candidates[0];
    renderApp('/clusters/register');
    await user.click(await screen.findByRole('radio', { name: /^Huawei Cloud CCE/ }));
    const picker = await screen.findByRole('combobox', { name: t.wizardKind.cceCluster });
    await waitFor(() => expect(picker).not.toHaveAttribute('placeholder', en.common.loading));
    await user.click(picker);
    const listbox = await waitFor(() => {
      const element = document.getElementById(picker.getAttribute('aria-controls') ?? '');
      if (!element) throw new Error('not open');
      return element;
    });
    await user.click(within(listbox).getAllByRole('option', { hidden: true })[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: t.wizard.next }));
    expect(await screen.findByRole('textbox', { name: t.wizard.name })).toHaveValue(
      cce?.metadata?.name,
    );
    await chooseOption(
      user,
      screen.getByRole('combobox', { name: t.wizard.country }),
      'China (CN)',
    );
    await chooseOption(user, screen.getByRole('combobox', { name: t.wizard.city }), 'Beijing');
    await user.click(screen.getByRole('button', { name: t.wizard.next }));
    await user.click(await screen.findByRole('button', { name: t.wizard.registerButton }));
    expect(
      await screen.findByText(sentence(`${cce?.metadata?.name} is registered.`)),
    ).toBeInTheDocument();
    expect(screen.getByText(t.access.cceNoAgent)).toBeInTheDocument();
  });
});

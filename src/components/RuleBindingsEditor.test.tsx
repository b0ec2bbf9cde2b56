import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { RuleIDNamespaces } from '@/api/bindings';
import { AppProviders } from '@/app/AppProviders';
import { createQueryClient } from '@/app/queryClient';
import { jsdomTheme } from '@/test/jsdomTheme';
import '@/i18n';
import { en } from '@/i18n/resources';
import { isNamespaceName } from '@/api/reference/names';
import { isCompleteBindings, RuleBindingsEditor } from './RuleBindingsEditor';

// Policy ids of the mock seed (mocks/seed.ts).
const readonlyId = '3dcd9a12-65bb-11ee-bdf2-0255ac100033';
const developId = '3dce0c4e-65bb-11ee-bdf2-0255ac100033';

const t = en.bindings;

/** The editor as a page holds it: the value in state, every change also recorded. */
function renderEditor(initial: RuleIDNamespaces[], disabled = false) {
  const changes: RuleIDNamespaces[][] = [];
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <RuleBindingsEditor
        value={value}
        disabled={disabled}
        onChange={(next) => {
          changes.push(next);
          setValue(next);
        }}
      />
    );
  }
  const router = createMemoryRouter([{ path: '*', element: <Host /> }]);
  render(
    <AppProviders queryClient={createQueryClient()} router={router} themeOverride={jsdomTheme}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { changes, last: () => changes[changes.length - 1] };
}

const row = (index: number) => screen.getByRole('group', { name: `Binding ${index}` });

describe('RuleBindingsEditor', () => {
  it('shows each binding with its policies by name, linked to their pages', async () => {
    renderEditor([{ ruleIDs: [readonlyId], namespaces: ['default', 'team-a'] }]);
    const link = await screen.findByRole('link', { name: 'Open policy readonly' });
    expect(link).toHaveAttribute('href', `/permissions/${readonlyId}`);
    const first = row(1);
    expect(within(first).getByRole('radio', { name: t.chosenNamespaces })).toBeChecked();
    expect(within(first).getByRole('checkbox', { name: 'default' })).toBeChecked();
    expect(within(first).getByRole('checkbox', { name: 'kube-system' })).not.toBeChecked();
    // The typed namespace shows as a tag of the "other namespaces" field.
    expect(within(first).getByText('team-a')).toBeInTheDocument();
  });

  it('adds a binding by keyboard: a policy for default and kube-system', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor([]);
    expect(screen.getByText(t.empty)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.add }));

    const policies = within(row(1)).getByRole('combobox', { name: t.policies });
    expect(within(row(1)).getByText(t.policiesRequired)).toBeInTheDocument();
    // Keyboard only: type to filter, arrow to the match, Enter to pick it.
    await user.click(policies);
    await user.type(policies, 'develo');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(within(row(1)).getByRole('checkbox', { name: 'kube-system' }));

    expect(last()).toEqual([{ ruleIDs: [developId], namespaces: ['default', 'kube-system'] }]);
    expect(isCompleteBindings(last() ?? [])).toBe(true);
    expect(screen.getByRole('link', { name: 'Open policy develop' })).toBeInTheDocument();
  });

  it('refuses an invalid typed namespace, keeps it in the field, and accepts a valid one', async () => {
    const user = userEvent.setup();
    const { changes, last } = renderEditor([{ ruleIDs: [readonlyId], namespaces: ['default'] }]);
    const other = within(row(1)).getByRole('combobox', { name: t.otherNamespaces });

    await user.type(other, 'Team_A{Enter}');
    expect(
      await screen.findByText(t.invalidNamespace.replace('{{name}}', 'Team_A')),
    ).toBeInTheDocument();
    expect(other).toHaveValue('Team_A');
    expect(changes).toHaveLength(0);

    await user.clear(other);
    await user.type(other, 'team-a{Enter}');
    expect(last()).toEqual([{ ruleIDs: [readonlyId], namespaces: ['default', 'team-a'] }]);
    expect(other).toHaveValue('');
  });

  it('switches a binding to all namespaces and removes a binding', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor([
      { ruleIDs: [readonlyId], namespaces: ['default'] },
      { ruleIDs: [developId], namespaces: ['kube-system'] },
    ]);
    await user.click(within(row(1)).getByRole('radio', { name: t.allNamespaces }));
    expect(last()).toEqual([
      { ruleIDs: [readonlyId], namespaces: ['*'] },
      { ruleIDs: [developId], namespaces: ['kube-system'] },
    ]);
    expect(within(row(1)).queryByRole('checkbox', { name: 'default' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove binding 2' }));
    expect(last()).toEqual([{ ruleIDs: [readonlyId], namespaces: ['*'] }]);
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Binding 2' })).not.toBeInTheDocument(),
    );
  });

  it('offers nothing to change while disabled', async () => {
    renderEditor([{ ruleIDs: [readonlyId], namespaces: ['default'] }], true);
    await screen.findByRole('link', { name: 'Open policy readonly' });
    expect(screen.getByRole('button', { name: t.add })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove binding 1' })).toBeDisabled();
    expect(within(row(1)).getByRole('checkbox', { name: 'default' })).toBeDisabled();
  });
});

describe('namespace names and completeness', () => {
  it('accepts Kubernetes namespace names only', () => {
    expect(isNamespaceName('kube-system')).toBe(true);
    expect(isNamespaceName('a'.repeat(63))).toBe(true);
    expect(isNamespaceName('a'.repeat(64))).toBe(false);
    expect(isNamespaceName('-team')).toBe(false);
    expect(isNamespaceName('Team')).toBe(false);
    expect(isNamespaceName('')).toBe(false);
  });

  it('calls a binding without policies or namespaces incomplete', () => {
    expect(isCompleteBindings([{ ruleIDs: [], namespaces: ['default'] }])).toBe(false);
    expect(isCompleteBindings([{ ruleIDs: [readonlyId], namespaces: [] }])).toBe(false);
    expect(isCompleteBindings([])).toBe(true);
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { en } from '@/i18n/resources';
import { paths } from '@/paths';
import { renderApp } from '@/test/renderApp';
import { sentence } from '@/test/sentence';

const m = en.configuration.import;

const bundle = `apiVersion: ucs.fleet-console/v1
kind: Bundle
fleets:
  - name: platform
    clusters: [private-k8s-wuhan]
`;

async function openFile(text: string) {
  const user = userEvent.setup();
  renderApp(paths.bundleImport());
  await screen.findByRole('heading', { level: 1, name: m.title });
  // Mantine's FileButton: a button that opens a hidden file input.
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  await user.upload(input, new File([text], 'ucs-bundle.yaml', { type: 'application/yaml' }));
  return user;
}

describe('the import page', () => {
  it('plans a bundle opened from a file, showing its text', async () => {
    await openFile(bundle);
    const plan = await screen.findByRole('region', { name: 'Plan: 2 changes' });
    expect(within(plan).getByText(sentence('Fleet platform'))).toBeInTheDocument();
    expect(
      within(plan).getByText(sentence('Cluster private-k8s-wuhan joins fleet platform')),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(m.textLabel)).toHaveValue(bundle);
  });

  it('says what failed, keeps going, and skips what depended on it', async () => {
    const user = await openFile(bundle);
    const plan = await screen.findByRole('region', { name: 'Plan: 2 changes' });
    mockBackend.fail('createClusterGroup', { status: 500, code: 'UCS.00000001' });
    await user.click(within(plan).getByRole('checkbox', { name: m.stopOnError }));
    await user.click(within(plan).getByRole('button', { name: 'Apply 2 changes' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Done: 0 · failed: 1 · skipped: 1');
    expect(summary).toHaveTextContent('UCS.00000001');
    expect(summary).toHaveTextContent('not sent: fleet platform was not created.');
    // Planned again: the same two steps are still to do, and the text is still there.
    expect(await screen.findByRole('region', { name: 'Plan: 2 changes' })).toBeInTheDocument();
    expect(screen.getByLabelText(m.textLabel)).toHaveValue(bundle);
  });

  it('keeps the pasted text when the operator leaves the page and comes back', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp(paths.bundleImport());
    await user.type(await screen.findByLabelText(m.textLabel), 'kind: Bundle');
    unmount();
    renderApp(paths.bundleImport());
    expect(await screen.findByLabelText(m.textLabel)).toHaveValue('kind: Bundle');
  });
});

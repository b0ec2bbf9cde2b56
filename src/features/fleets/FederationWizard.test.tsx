import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';
import { invalidConnectionFields } from './federation-wizard/connectionFields';
import { minorVersion } from './federation-wizard/preflight';
import { sentence } from '@/test/sentence';

const t = en.fleets;
const w = t.wizard;
// Seed ids (mocks/seed.ts).
const clusterTest = 'bffbb35b-7949-11ee-886c-0255ac100037'; // federated
const devFleet = '4557ad49-22bf-11ee-b0c9-0255ac10004b'; // every member healthy
const emptyFleet = '108f5981-a105-11ed-a23e-0255ac100032';
const stagingFleet = 'c41e9d26-d2a8-11ee-8f3b-0255ac10004e'; // openshift-frankfurt unavailable

const projectID = '08d44be1ef00d22e2f6fc0061f54a2f1';
const vpcID = '11c9fe72-5a90-4295-bcfe-774726fb9066';
const subnetID = '0de91d89-1e06-4e24-b371-35d5d3d3779b';

async function startFederation(fleetId: string) {
  await unwrap(
    ucs.POST('/v1/clustergroups/{clustergroupid}/federations', {
      params: { path: { clustergroupid: fleetId }, query: {} },
    }),
  );
}

type CheckId = keyof typeof w.preflight.checks;
type CheckStatus = keyof typeof w.preflight.status;

/** A preflight check as listed: the one list item titled with the check's text. */
function check(id: CheckId): HTMLElement {
  const items = screen
    .getAllByRole('listitem')
    .filter((item) => within(item).queryByText(w.preflight.checks[id]));
  expect(items).toHaveLength(1);
  return items[0] as HTMLElement;
}

/** The check's title followed by its status, as it reads on screen. */
function reads(id: CheckId, status: CheckStatus) {
  return `${w.preflight.checks[id]} · ${w.preflight.status[status]}`;
}

/** A step of the enabling job: the one table row that names it. */
function stepRow(step: string): HTMLElement {
  const rows = screen.getAllByRole('row').filter((row) => within(row).queryByText(step));
  expect(rows).toHaveLength(1);
  return rows[0] as HTMLElement;
}

/** The header's indicator of running federations, whatever their number. */
const federationTasks = new RegExp(`^${en.federationTasks.running.replace('{{count}}', '\\d+')}$`);

/** The first find waits for the lazy route and its queries, slow when the machine is busy. */
// A poll of the federation job backs off to several seconds: wait longer than the default.
const firstLoad = { timeout: 15_000 };

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

/** jsdom's Blob has no text(); FileReader it has. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

describe('preflight', () => {
  it('names the unavailable cluster with a link and keeps Enable off until overridden', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${stagingFleet}/federation/enable`);
    const enable = await screen.findByRole('button', { name: w.preflight.enable }, firstLoad);
    expect(enable).toBeDisabled();
    const available = check('available');
    expect(available).toHaveTextContent(reads('available', 'fail'));
    const link = within(available).getByRole('link', { name: 'openshift-frankfurt' });
    expect(link.getAttribute('href')).toMatch(/^\/clusters\/[0-9a-f-]+$/);
    expect(check('hasClusters')).toHaveTextContent(reads('hasClusters', 'pass'));
    expect(screen.getByText(w.preflight.blocked)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: w.preflight.override }));
    expect(enable).toBeEnabled();
  });

  it('fails "has clusters" for an empty fleet', async () => {
    renderApp(`/fleets/${emptyFleet}/federation/enable`);
    expect(
      await screen.findByRole('button', { name: w.preflight.enable }, firstLoad),
    ).toBeDisabled();
    expect(check('hasClusters')).toHaveTextContent(reads('hasClusters', 'fail'));
  });

  it('passes for a healthy fleet; the quota is left to UCS and said so', async () => {
    renderApp(`/fleets/${devFleet}/federation/enable`);
    expect(
      await screen.findByRole('button', { name: w.preflight.enable }, firstLoad),
    ).toBeEnabled();
    for (const id of ['hasClusters', 'available', 'version'] as const)
      expect(check(id)).toHaveTextContent(reads(id, 'pass'));
    expect(check('quota')).toHaveTextContent(/2 fleets of this project already use federation/);
    expect(screen.queryByRole('checkbox', { name: w.preflight.override })).toBeNull();
  });

  it('reads versions by their minor version', () => {
    expect(minorVersion('v1.25.5-r0')).toBe('v1.25');
    expect(minorVersion('1.19')).toBe('v1.19');
    expect(minorVersion('latest')).toBeNull();
  });
});

describe('enabling', () => {
  it('enables, follows every step to success, and offers the connection', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${devFleet}/federation/enable`);
    await user.click(await screen.findByRole('button', { name: w.preflight.enable }, firstLoad));
    expect(
      await screen.findByRole('heading', { name: w.progress.title }, firstLoad),
    ).toBeInTheDocument();
    expect(screen.getByText('0 of 4 steps done')).toBeInTheDocument();
    expect(stepRow('InstallFederationChart')).toHaveTextContent(t.federationTab.phase.Pending);
    // The header follows the job from any page.
    expect(await screen.findByRole('button', { name: federationTasks })).toHaveTextContent(
      'Enabling federation: 1',
    );

    mockBackend.settle();
    expect(
      await screen.findByRole('heading', { name: w.connect.title }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(w.enabled.title)).not.toHaveLength(0);
    expect(screen.getAllByText('Enabled · v1.9.0')).not.toHaveLength(0);
    // When the job ends the header says so and stops following it.
    expect(
      await screen.findByText(sentence('Federation is enabled on cluster-dev.'), {}, firstLoad),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: federationTasks })).toBeNull());
  });

  it('shows the failed step and its reason once, and Retry completes it', async () => {
    const user = userEvent.setup();
    mockBackend.failFederationStep('InstallFederationChart', devFleet);
    renderApp(`/fleets/${devFleet}/federation/enable`);
    await user.click(await screen.findByRole('button', { name: w.preflight.enable }, firstLoad));
    await screen.findByText('0 of 4 steps done');
    mockBackend.settle();
    const retry = await screen.findByRole(
      'button',
      { name: w.progress.retry },
      { timeout: 15_000 },
    );
    const alert = screen.getByRole('alert', { name: 'Step InstallFederationChart failed' });
    expect(alert).toHaveTextContent(/helm install karmada failed/);
    expect(within(alert).getByRole('button', { name: w.progress.retry })).toBe(retry);
    const failedRow = stepRow('InstallFederationChart');
    expect(failedRow).toHaveTextContent(t.federationTab.phase.Failed);
    expect(failedRow).toHaveTextContent(t.federationTab.reasonAbove);
    // Said once on the page, in the alert: neither the summary nor the table repeats it (the
    // header's notification says it too, for whoever is on another page).
    expect(
      within(screen.getByRole('main')).getAllByText(/helm install karmada failed/),
    ).toHaveLength(1);
    expect(stepRow('CreateCert')).toHaveTextContent(t.federationTab.phase.Success);

    await user.click(retry);
    mockBackend.settle();
    expect(
      await screen.findByRole('heading', { name: w.connect.title }, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });

  it('resumes a running job from the URL, as after a reload', async () => {
    await startFederation(devFleet);
    mockBackend.advance(1_000);
    renderApp(`/fleets/${devFleet}/federation/enable`);
    expect(
      await screen.findByRole('heading', { name: w.progress.title }, firstLoad),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: w.preflight.enable })).toBeNull();
    expect(screen.getByText(/Elapsed: \d+ s/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: federationTasks })).toBeInTheDocument();
  });

  it('keeps the preflight and shows the UCS code when enabling is refused', async () => {
    const user = userEvent.setup();
    mockBackend.fail('enableFederation', {
      status: 400,
      code: 'UCS.01000017',
      message: 'Insufficient quota',
    });
    renderApp(`/fleets/${devFleet}/federation/enable`);
    await user.click(await screen.findByRole('button', { name: w.preflight.enable }, firstLoad));
    expect(await screen.findByText('Error code UCS.01000017')).toBeInTheDocument();
    expect(screen.getByText('Insufficient quota.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: w.preflight.title })).toBeInTheDocument();
  });
});

describe('connecting', () => {
  it('checks the formats before sending, then shows the VPC endpoint id', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${clusterTest}/federation/connect`);
    const project = await screen.findByRole(
      'textbox',
      { name: w.connect.fields.projectID },
      firstLoad,
    );
    await user.type(project, 'not-a-project');
    await user.click(screen.getByRole('button', { name: w.connect.submit }));
    expect(screen.getByText(w.connect.invalid.projectID)).toBeInTheDocument();
    expect(screen.getByText(w.connect.invalid.vpcID)).toBeInTheDocument();

    await user.clear(project);
    await user.type(project, projectID);
    await user.type(screen.getByRole('textbox', { name: w.connect.fields.vpcID }), vpcID);
    await user.type(screen.getByRole('textbox', { name: w.connect.fields.subnetID }), subnetID);
    await user.click(screen.getByRole('button', { name: w.connect.submit }));
    const created = await screen.findByRole('alert', { name: w.connect.created });
    expect(within(created).getByText(/^[0-9a-f-]{36}$/)).toBeInTheDocument();
  });

  it('downloads <fleet>_kubeconfig.json naming the fleet’s server', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:kubeconfig';
    });
    // jsdom has no object URLs; these stand in for the browser's and record the file.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });

    renderApp(`/fleets/${clusterTest}/federation/connect`);
    await user.type(
      await screen.findByRole('textbox', { name: w.connect.fields.projectID }, firstLoad),
      projectID,
    );
    await user.type(screen.getByRole('textbox', { name: w.connect.fields.vpcID }), vpcID);
    await user.type(screen.getByRole('textbox', { name: w.connect.fields.subnetID }), subnetID);
    await user.click(screen.getByRole('radio', { name: w.kubeconfig.presets.days30 }));
    await user.click(screen.getByRole('button', { name: w.connect.submitAndDownload }));

    expect(await screen.findByText('Downloaded cluster-test_kubeconfig.json.')).toBeInTheDocument();
    expect(names).toEqual(['cluster-test_kubeconfig.json']);
    const config = JSON.parse(await readText(blobs[0] as Blob)) as {
      clusters: { cluster: { server: string } }[];
    };
    expect(config.clusters[0]?.cluster.server).toBe(
      'https://cluster-test.fleet.ucs.cn-north-4.myhuaweicloud.com',
    );
    expect(screen.getByText(w.kubeconfig.notice)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: w.kubeconfig.use })).toHaveTextContent(
      'mv -f cluster-test_kubeconfig.json $HOME/.kube/config',
    );
  });

  it('a kubeconfig without a connection: the UCS code and explanation, the form kept', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${clusterTest}/federation/connect`);
    const project = await screen.findByRole(
      'textbox',
      { name: w.connect.fields.projectID },
      firstLoad,
    );
    await user.type(project, projectID);
    await user.click(screen.getByRole('radio', { name: w.kubeconfig.presets.custom }));
    const days = screen.getByRole('textbox', { name: w.kubeconfig.customDays });
    await user.clear(days);
    await user.type(days, '20000');
    expect(screen.getByText('Enter a whole number of days from 1 to 10950.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: w.kubeconfig.download })).toBeDisabled();
    await user.clear(days);
    await user.type(days, '7');
    await user.click(screen.getByRole('button', { name: w.kubeconfig.download }));
    expect(await screen.findByText(/UCS.01080001/)).toBeInTheDocument();
    // The reference's explanation of the code, from the error table loaded on demand.
    expect(
      await screen.findByText('Failed to obtain the federation information.'),
    ).toBeInTheDocument();
    expect(project).toHaveValue(projectID);
  });

  it('knows the formats', () => {
    expect(invalidConnectionFields({ projectID, vpcID, subnetID })).toEqual([]);
    expect(
      invalidConnectionFields({ projectID: projectID.slice(1), vpcID: 'vpc-1', subnetID }),
    ).toEqual(['projectID', 'vpcID']);
  });
});

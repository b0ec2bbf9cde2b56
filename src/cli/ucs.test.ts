// @vitest-environment node
// `npm run ucs` as a pipeline runs it: a child process against the HTTP mock server, configured by
// the environment only. One server for the file; the tests run in order and build on its state.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEMO_CREDENTIALS, EXPIRED_TOKEN } from '../../mocks/resources/iam';
import { startMockServer, type RunningMockServer } from '../../mocks/server/main';
import type { Bundle } from '@/api/bundle/schema';
import { editSeedBundle } from '@/api/bundle/testing';
import { runCli, type CliIo } from './run';

const root = fileURLToPath(new URL('../..', import.meta.url));
const token = 'cli-test-token';

let server: RunningMockServer;
let dir: string;

beforeAll(async () => {
  server = await startMockServer({ port: 0 });
  dir = await mkdtemp(join(tmpdir(), 'ucs-cli-'));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run ucs -- …args` as `npm run ucs` does (tsx), with only these variables for UCS. */
function ucs(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('UCS_')),
  );
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/ucs.ts', ...args],
      { cwd: root, env: { ...base, UCS_ENDPOINT: server.url, UCS_TOKEN: token, ...env } },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        }),
    );
    // Standard input is a pipe that ends at once: no terminal, no answer.
    child.stdin?.end();
  });
}

const file = (name: string) => join(dir, name);

describe('npm run ucs against the mock server', () => {
  it('exports the account, plans an edit with exit code 2, applies it, and then plans no change', async () => {
    const exported = await ucs(['export', '--out', file('bundle.yaml')]);
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    const bundle = parse(await readFile(file('bundle.yaml'), 'utf8')) as Bundle;
    expect(bundle.fleets?.map((fleet) => fleet.name)).toContain('cluster-dev');

    editSeedBundle(bundle);
    await writeFile(file('edited.yaml'), stringify(bundle));

    const planned = await ucs(['plan', file('edited.yaml')]);
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(2);
    const plan = `The account will be changed in this order:

  ~ update policy audit-viewer
      ~ contents:
          - get, list on events, pods/log
          + get, list, watch on events, pods/log
  + create fleet platform
      + description: "Platform team clusters"
  + cluster private-k8s-wuhan joins fleet platform
      + fleet: "platform"
  + cluster rancher-lab-nanjing joins fleet platform
      + fleet: "platform"
  ~ set permissions of fleet platform
      + permissions:
          + audit-viewer in default

Plan: 5 changes (1 policy to update, 1 fleet to create, 2 clusters to join a fleet, 1 fleet's permissions to set).
`;
    expect(planned.stdout).toBe(plan);

    // Without a terminal to answer on, apply refuses unless told not to ask; nothing changes.
    const refused = await ucs(['apply', file('edited.yaml')]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(plan);
    expect(refused.stderr).toContain('pass --auto-approve');
    expect((await ucs(['plan', file('edited.yaml')])).code).toBe(2);

    const applied = await ucs(['apply', file('edited.yaml'), '--auto-approve']);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toBe(`${plan}
✓ update policy audit-viewer
✓ create fleet platform
✓ cluster private-k8s-wuhan joins fleet platform
✓ cluster rancher-lab-nanjing joins fleet platform
✓ set permissions of fleet platform

Apply complete: 5 done, 0 failed, 0 skipped.
`);
    const platform = server.backend.store.state.fleets.find(
      (record) => record.fleet.metadata?.name === 'platform',
    );
    expect(platform?.fleet.spec?.description).toBe('Platform team clusters');

    const again = await ucs(['plan', file('edited.yaml')]);
    expect(again).toEqual({
      code: 0,
      stdout: 'No changes. The account matches the bundle.\n',
      stderr: '',
    });
  }, 60_000);

  it('exits 1 on an invalid bundle, naming the line and the field of each problem', async () => {
    await writeFile(
      file('invalid.yaml'),
      `apiVersion: ucs.fleet-console/v1
kind: Bundle
fleets:
  - name: ok
    colour: blue
  - name: two
    clusters: [no-such-cluster]
`,
    );
    const schema = await ucs(['plan', file('invalid.yaml')]);
    expect(schema.code).toBe(1);
    expect(schema.stdout).toBe('');
    expect(schema.stderr).toBe(
      `Error: ${file('invalid.yaml')} has 1 problem:\n  line 5, fleets[0].colour: colour is not a field here\n`,
    );

    // Found only against the account: a plan problem, as clearly.
    await writeFile(
      file('unknown.yaml'),
      'apiVersion: ucs.fleet-console/v1\nkind: Bundle\nfleets:\n  - name: two\n    clusters: [no-such-cluster]\n',
    );
    const planned = await ucs(['apply', file('unknown.yaml'), '--auto-approve']);
    expect(planned.code).toBe(1);
    expect(planned.stderr).toContain(
      'line 5, fleets[0].clusters[0]: no cluster named no-such-cluster in the account',
    );
  }, 60_000);

  it('reports each step as it ends and exits 1 when one fails', async () => {
    await writeFile(
      file('failing.yaml'),
      `apiVersion: ucs.fleet-console/v1
kind: Bundle
fleets:
  - name: edge
    clusters: [edge-gateway-xiamen]
clusters:
  - name: edge-gateway-xiamen
    permissions:
      - policies: [readonly]
        namespaces: ['*']
`,
    );
    // Both applies below meet it.
    server.backend.fail('createClusterGroup', { status: 500, code: 'UCS.00000001', times: 2 });
    const carryOn = await ucs(['apply', file('failing.yaml'), '--auto-approve']);
    expect(carryOn.code).toBe(1);
    expect(carryOn.stdout).toMatch(
      /\n✗ create fleet edge: .+ \(HTTP 500, code UCS\.00000001, request id \S+\)\n- cluster edge-gateway-xiamen joins fleet edge: skipped, fleet edge was not created\n✓ set permissions of cluster edge-gateway-xiamen\n\nApply finished with errors: 1 done, 1 failed, 1 skipped\.\n$/,
    );

    const stopped = await ucs(['apply', file('failing.yaml'), '--auto-approve', '--stop-on-error']);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toMatch(
      /\n✗ create fleet edge: .+\n- cluster edge-gateway-xiamen joins fleet edge: skipped, an earlier step failed \(--stop-on-error\)\n\nApply finished with errors: 0 done, 1 failed, 1 skipped\.\n$/,
    );
  }, 60_000);

  it('exits 1 without UCS_ENDPOINT or credentials, and prints what UCS answered on an API error', async () => {
    const [missing, refused, unknown] = await Promise.all([
      ucs(['export'], { UCS_ENDPOINT: '', UCS_TOKEN: '' }),
      ucs(['plan', file('edited.yaml')], { UCS_TOKEN: EXPIRED_TOKEN }),
      ucs(['plan', file('edited.yaml'), '--detailed-exitcode']),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Error: UCS_ENDPOINT is not set');
    expect(missing.stderr).toContain('Error: No credentials: set UCS_TOKEN');

    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^Error: UCS answered: Authorization failed\. The token has expired\. \(HTTP 401, code UCS\.01000003, request id \S+\)\n$/,
    );

    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown option for plan: --detailed-exitcode.');
  }, 60_000);

  it('signs in with IAM credentials from the environment, never printing the password', async () => {
    const user = {
      UCS_TOKEN: '',
      UCS_IAM_ENDPOINT: server.url,
      UCS_DOMAIN: DEMO_CREDENTIALS.domain,
      UCS_USERNAME: DEMO_CREDENTIALS.user,
    };
    const [signedIn, wrong] = await Promise.all([
      ucs(['plan', file('edited.yaml')], { ...user, UCS_PASSWORD: DEMO_CREDENTIALS.password }),
      ucs(['plan', file('edited.yaml')], { ...user, UCS_PASSWORD: 'not-the-password-42' }),
    ]);
    expect(signedIn).toMatchObject({ code: 0, stderr: '' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Error: IAM answered: The username or password is wrong.');
    expect(wrong.stdout + wrong.stderr).not.toContain('not-the-password-42');
  }, 60_000);

  it('exports Terraform that HashiCorp’s parser reads, to standard output by default', async () => {
    const { code, stdout, stderr } = await ucs(['export', '--format', 'terraform']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const hcl = (await parseHcl('ucs.tf', stdout)) as {
      resource: Record<string, Record<string, unknown>>;
      import: { to: string; id: string }[];
    };
    const { fleets, rules, clusters } = server.backend.store.state;
    expect(Object.keys(hcl.resource.huaweicloud_ucs_fleet ?? {})).toHaveLength(fleets.length);
    expect(Object.keys(hcl.resource.huaweicloud_ucs_policy ?? {})).toHaveLength(rules.length);
    expect(Object.keys(hcl.resource.huaweicloud_ucs_cluster ?? {})).toHaveLength(clusters.length);
    expect(hcl.import).toHaveLength(fleets.length + rules.length + clusters.length);
  }, 60_000);
});

describe('confirming an apply on a terminal', () => {
  // In this process the Vitest setup's MSW answers every request from the shared mock backend
  // (reset after each test), so the HTTP server above is not involved.
  const text = `apiVersion: ucs.fleet-console/v1
kind: Bundle
fleets:
  - name: platform
`;
  const io = (answer: string) => {
    const printed: string[] = [];
    const questions: string[] = [];
    const value: CliIo = {
      env: { UCS_ENDPOINT: 'http://localhost/ucs-api', UCS_TOKEN: token },
      out: (chunk) => printed.push(chunk),
      err: (chunk) => printed.push(chunk),
      interactive: true,
      ask: async (question) => {
        questions.push(question);
        return answer;
      },
    };
    return { value, printed, questions };
  };

  it('applies only after "yes"', async () => {
    await writeFile(file('one.yaml'), text);
    const no = io('y');
    expect(await runCli(['apply', file('one.yaml')], no.value)).toBe(1);
    expect(no.questions).toEqual(["Apply this change? Only 'yes' is accepted: "]);
    expect(no.printed.join('')).toContain('Error: Apply cancelled: nothing was changed.');

    const yes = io('yes');
    const code = await runCli(['apply', file('one.yaml')], yes.value);
    expect(yes.printed.join('')).toContain('✓ create fleet platform');
    expect(code).toBe(0);
  });
});

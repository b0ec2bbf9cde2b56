// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { StepResult } from '@/api/bundle/apply';
import type { BundlePlan, PlanStep } from '@/api/bundle/plan';
import { ApiError } from '@/api/errors';
import {
  applySummary,
  describeApiError,
  planSummary,
  planText,
  printable,
  resultLine,
} from './planText';

const steps: PlanStep[] = [
  {
    kind: 'createPolicy',
    policy: 'readers',
    request: { metadata: { name: 'readers' }, spec: { type: 'readonly' } },
    changes: [
      { field: 'type', before: [], after: ['readonly'] },
      { field: 'users', before: [], after: ['u-1'] },
    ],
  },
  {
    kind: 'updatePolicy',
    policy: 'audit-viewer',
    ruleId: 'r-1',
    request: { spec: {} },
    changes: [
      {
        field: 'contents',
        // As the plan writes them: sorted by localeCompare.
        before: ['get on secrets', 'get, list on events, pods/log'],
        after: ['get on secrets', 'get, list, watch on events, pods/log'],
      },
      { field: 'description', before: ['Auditors'], after: ['Auditors and SREs'] },
    ],
  },
  {
    kind: 'createFleet',
    fleet: 'platform',
    description: 'Platform team',
    changes: [{ field: 'description', before: [], after: ['Platform team'] }],
  },
  {
    kind: 'updateFleetDescription',
    fleet: 'cluster-dev',
    fleetId: 'f-1',
    description: '',
    changes: [{ field: 'description', before: ['Old'], after: [] }],
  },
  {
    kind: 'leaveFleet',
    cluster: 'ack-hangzhou',
    clusterId: 'c-1',
    fleet: 'cluster-dev',
    changes: [{ field: 'fleet', before: ['cluster-dev'], after: ['platform'] }],
  },
  { kind: 'joinFleet', cluster: 'ack-hangzhou', clusterId: 'c-1', fleet: 'platform', changes: [] },
  {
    kind: 'joinFleet',
    cluster: 'private-k8s-wuhan',
    clusterId: 'c-2',
    fleet: 'platform',
    changes: [{ field: 'fleet', before: [], after: ['platform'] }],
  },
  {
    kind: 'setFleetPermissions',
    fleet: 'platform',
    permissions: [],
    changes: [{ field: 'permissions', before: [], after: ['audit-viewer in default'] }],
  },
  {
    kind: 'setClusterPermissions',
    cluster: 'test-cluster',
    clusterId: 'c-3',
    permissions: [],
    changes: [
      {
        field: 'permissions',
        before: ['develop in dev', 'readonly in *'],
        after: ['readonly in *'],
      },
    ],
  },
];

describe('the plan as text', () => {
  it('prints one line per step with its symbol, the field changes beneath, and a summary', () => {
    expect(planText({ steps, problems: [] })).toBe(
      `The account will be changed in this order:

  + create policy readers
      + type: "readonly"
      + users:
          + u-1
  ~ update policy audit-viewer
      ~ contents:
            get on secrets
          - get, list on events, pods/log
          + get, list, watch on events, pods/log
      ~ description: "Auditors" → "Auditors and SREs"
  + create fleet platform
      + description: "Platform team"
  ~ update fleet cluster-dev
      - description: "Old"
  - cluster ack-hangzhou leaves fleet cluster-dev
      ~ fleet: "cluster-dev" → "platform"
  + cluster ack-hangzhou joins fleet platform
  + cluster private-k8s-wuhan joins fleet platform
      + fleet: "platform"
  ~ set permissions of fleet platform
      + permissions:
          + audit-viewer in default
  ~ set permissions of cluster test-cluster
      ~ permissions:
          - develop in dev
            readonly in *

Plan: 9 changes (1 policy to create, 1 policy to update, 1 fleet to create, 1 fleet description to update, 1 cluster to leave its fleet, 2 clusters to join a fleet, 1 fleet's permissions to set, 1 cluster's permissions to set).
`,
    );
  });

  it('says so when nothing changes, and counts one change in the singular', () => {
    expect(planText({ steps: [], problems: [] })).toBe(
      'No changes. The account matches the bundle.\n',
    );
    const one: BundlePlan = { steps: steps.slice(2, 3), problems: [] };
    expect(planSummary(one)).toBe('Plan: 1 change (1 fleet to create).');
  });

  it('escapes control characters from the bundle or the API', () => {
    expect(printable('evil\u001b[2Jname\nnext\ttab')).toBe('evil\\u001b[2Jname\\nnext\\ttab');
    const text = planText({
      steps: [
        {
          kind: 'createFleet',
          fleet: 'x',
          description: 'a\u001b[31mred',
          changes: [{ field: 'description', before: [], after: ['a\u001b[31mred'] }],
        },
      ],
      problems: [],
    });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('+ description: "a\\u001b[31mred"');
  });
});

describe('apply progress', () => {
  const [policy, update, fleet] = steps as [PlanStep, PlanStep, PlanStep, ...PlanStep[]];
  const error = new ApiError({
    kind: 'http',
    status: 409,
    code: 'UCS.00000004',
    message: 'The name is taken.',
    requestId: 'req-42',
  });
  const results: StepResult[] = [
    { step: policy, status: 'done' },
    { step: update, status: 'failed', error },
    { step: fleet, status: 'skipped', missing: { kind: 'policy', name: 'readers' } },
    { step: fleet, status: 'skipped' },
  ];

  it('prints each step as it ends: done, failed with the error, skipped with why', () => {
    expect(results.map(resultLine)).toEqual([
      '✓ create policy readers',
      '✗ update policy audit-viewer: The name is taken. (HTTP 409, code UCS.00000004, request id req-42)',
      '- create fleet platform: skipped, policy readers was not created',
      '- create fleet platform: skipped, an earlier step failed (--stop-on-error)',
    ]);
  });

  it('sums the results up', () => {
    expect(applySummary(results)).toBe('Apply finished with errors: 1 done, 1 failed, 2 skipped.');
    expect(applySummary(results.slice(0, 1))).toBe('Apply complete: 1 done, 0 failed, 0 skipped.');
  });

  it('names a network failure as such', () => {
    expect(
      describeApiError(new ApiError({ kind: 'network', status: 0, message: 'fetch failed' })),
    ).toBe('fetch failed (network error)');
  });
});

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import {
  contentsToRules,
  draftFromRule,
  emptyDraft,
  ruleToContents,
  templateContents,
  templateRules,
  toCreateRequest,
  toUpdateRequest,
  type PolicyDraft,
} from './policyModel';
import {
  draftProblems,
  fieldOfServerError,
  hasProblems,
  isValidIamUserId,
  isValidResource,
  nameProblem,
} from './policyValidation';
import { clusterRoleYaml } from './clusterRole';

const userA = '978ff70ec1494a5680f6218faa3567d9';

function customDraft(patch: Partial<PolicyDraft> = {}): PolicyDraft {
  return {
    ...emptyDraft(),
    name: 'pod-reader',
    rules: [
      {
        rows: [
          { resource: 'pods', verbs: ['list', 'get'] },
          { resource: 'deployments', verbs: ['get', 'list'] },
        ],
      },
    ],
    ...patch,
  };
}

describe('policy names', () => {
  it.each([
    ['', 'required'],
    ['a'.repeat(64), 'tooLong'],
    ['Pod-Reader', 'pattern'],
    ['1reader', 'pattern'],
    ['reader-', 'pattern'],
    ['pod_reader', 'pattern'],
  ])('refuses %j as %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it.each(['a', 'pod-reader', 'a'.repeat(63), 'ci2-deployer'])('accepts %j', (name) => {
    expect(nameProblem(name)).toBeNull();
  });
});

describe('IAM user IDs and resources', () => {
  it('accepts exactly 32 hexadecimal characters', () => {
    expect(isValidIamUserId(userA)).toBe(true);
    expect(isValidIamUserId(userA.toUpperCase())).toBe(true);
    expect(isValidIamUserId(userA.slice(1))).toBe(false);
    expect(isValidIamUserId(`${userA}0`)).toBe(false);
    expect(isValidIamUserId(`${userA.slice(1)}g`)).toBe(false);
  });

  it('accepts Kubernetes resource names, subresources and *', () => {
    for (const resource of ['pods', 'pods/log', '*', 'deployments.apps', 'foo-bars'])
      expect(isValidResource(resource), resource).toBe(true);
    for (const resource of ['Pods', 'pods/', '/log', 'pods log', '-pods', ''])
      expect(isValidResource(resource), resource).toBe(false);
  });
});

describe('grids and UCS contents', () => {
  it('groups rows with the same verbs into one entry, in Kubernetes verb order', () => {
    expect(
      ruleToContents({
        rows: [
          { resource: 'pods', verbs: ['list', 'get'] },
          { resource: 'secrets', verbs: ['get'] },
          { resource: 'deployments', verbs: ['get', 'list'] },
          { resource: 'events', verbs: [] },
        ],
      }),
    ).toEqual([
      { verbs: ['get', 'list'], resources: ['pods', 'deployments'] },
      { verbs: ['get'], resources: ['secrets'] },
    ]);
  });

  it('reads contents back into the same grid', () => {
    const contents = [{ verbs: ['watch', 'get'], resources: ['pods', 'services'] }];
    const rules = contentsToRules(contents);
    expect(rules).toEqual([
      {
        rows: [
          { resource: 'pods', verbs: ['get', 'watch'] },
          { resource: 'services', verbs: ['get', 'watch'] },
        ],
      },
    ]);
    expect(rules.flatMap(ruleToContents)).toEqual([
      { verbs: ['get', 'watch'], resources: ['pods', 'services'] },
    ]);
  });
});

describe('templates', () => {
  it('readonly is get, list, watch on everything; admin is everything', () => {
    expect(templateContents('readonly')).toEqual([
      { verbs: ['get', 'list', 'watch'], resources: ['*'] },
    ]);
    expect(templateContents('admin')).toEqual([{ verbs: ['*'], resources: ['*'] }]);
  });

  it('develop covers workloads and config but no RBAC, quotas or wildcards', () => {
    const contents = templateContents('develop');
    const resources = contents.flatMap((content) => content.resources);
    expect(resources).toEqual(expect.arrayContaining(['deployments', 'pods', 'configmaps']));
    for (const forbidden of ['*', 'roles', 'rolebindings', 'clusterroles', 'resourcequotas'])
      expect(resources).not.toContain(forbidden);
    expect(contents.flatMap((content) => content.verbs)).not.toContain('*');
  });

  it('custom starts from one empty rule, and templates round-trip through the grid', () => {
    expect(templateRules('custom')).toEqual([{ rows: [] }]);
    expect(templateRules('develop').flatMap(ruleToContents)).toEqual(templateContents('develop'));
  });
});

describe('draft problems', () => {
  it('finds nothing wrong with a complete custom policy', () => {
    expect(hasProblems(draftProblems(customDraft({ iamUserIDs: [userA] })))).toBe(false);
  });

  it('reports name, description, IAM users and an empty custom rule', () => {
    const problems = draftProblems(
      customDraft({
        name: 'Bad Name',
        description: 'x'.repeat(256),
        iamUserIDs: [userA, 'nope'],
        rules: [{ rows: [{ resource: 'pods', verbs: ['get'] }] }, { rows: [] }],
      }),
    );
    expect(problems).toMatchObject({
      name: 'pattern',
      description: true,
      emptyRules: [1],
      iamUserIDs: ['nope'],
    });
    expect(problems.noContents).toBeUndefined();
  });

  it('allows a description of exactly 255 characters', () => {
    expect(draftProblems(customDraft({ description: 'x'.repeat(255) })).description).toBe(
      undefined,
    );
  });

  it('requires a custom policy to allow something', () => {
    expect(draftProblems(customDraft({ rules: [{ rows: [] }] })).noContents).toBe(true);
  });
});

describe('requests', () => {
  it('creates with name and spec, updates with the spec only', () => {
    const draft = customDraft({ description: 'Pods', iamUserIDs: [userA] });
    const spec = {
      type: 'custom',
      description: 'Pods',
      contents: [{ verbs: ['get', 'list'], resources: ['pods', 'deployments'] }],
      iamUserIDs: [userA],
    };
    expect(toCreateRequest(draft)).toEqual({ metadata: { name: 'pod-reader' }, spec });
    expect(toUpdateRequest(draft)).toEqual({ spec });
  });

  it('reads a stored policy into a draft', () => {
    const draft = draftFromRule({
      metadata: { uid: 'x', name: 'readonly' },
      spec: { type: 'readonly', contents: [{ verbs: ['get'], resources: ['*'] }] },
    });
    expect(draft).toEqual({
      name: 'readonly',
      type: 'readonly',
      description: '',
      iamUserIDs: [],
      rules: [{ rows: [{ resource: '*', verbs: ['get'] }] }],
    });
  });
});

describe('server errors at the field', () => {
  const error = (status: number, serverMessage: string) =>
    new ApiError({ kind: 'http', status, message: serverMessage, serverMessage });

  it('puts 409 at the name and a 400 at the field its message names', () => {
    expect(fieldOfServerError(error(409, 'A policy named x already exists.'))).toBe('name');
    expect(fieldOfServerError(error(400, 'spec.description must be at most 255'))).toBe(
      'description',
    );
    expect(fieldOfServerError(error(400, 'spec.iamUserIDs must be …'))).toBe('iamUserIDs');
    expect(fieldOfServerError(error(400, 'spec.contents[0].verbs has unknown verb'))).toBe(
      'contents',
    );
    expect(fieldOfServerError(error(400, 'metadata.name must not be empty'))).toBe('name');
    expect(fieldOfServerError(error(400, 'body is not valid JSON'))).toBeNull();
    expect(fieldOfServerError(error(500, 'spec.description'))).toBeNull();
  });
});

describe('the ClusterRole preview', () => {
  it('shows exactly the ticked verbs and resources', () => {
    const role = parse(clusterRoleYaml(customDraft()));
    expect(role).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'pod-reader' },
      rules: [{ apiGroups: ['*'], resources: ['pods', 'deployments'], verbs: ['get', 'list'] }],
    });
  });

  it('names the role before the name is typed and lists no rules when nothing is ticked', () => {
    const role = parse(clusterRoleYaml(emptyDraft()));
    expect(role.metadata.name).toBe('<name>');
    expect(role.rules).toEqual([]);
  });
});

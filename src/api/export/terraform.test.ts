// @vitest-environment node
// HashiCorp's own HCL parser (Go, compiled to WebAssembly) reads what the export writes.
import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import type { components } from '../generated/ucs';
import { normalizeCluster, normalizeClusterGroup, normalizeRule } from '../normalize';
import {
  clusterExportSelection,
  hclString,
  terraformIdentifier,
  toTerraform,
  uniqueIdentifiers,
  type TerraformExportInput,
} from './terraform';

type Schemas = components['schemas'];

const ids = {
  admin: '3dcdef78-65bb-11ee-bdf2-0255ac100033',
  editor: '8a4f1c2e-0b6d-11ef-a7c3-0255ac100041',
  elsewhere: 'f6434332-60d6-11ed-a847-0255ac10003f',
  prod: 'bffbb35b-7949-11ee-886c-0255ac100037',
  other: '4557ad49-22bf-11ee-b0c9-0255ac10004b',
  cce: '0c4b43cc-7ca3-11ee-9e5b-0255ac100043',
  eks: '9d8c3a1e-1f2b-11ee-a3c4-0255ac10004c',
};

const rule = (uid: string, name: string, spec: Schemas['RuleSpec']) =>
  normalizeRule({ metadata: { uid, name }, spec });
const fleet = (uid: string, name: string, spec: Schemas['ClusterGroupSpec'] = {}) =>
  normalizeClusterGroup({ metadata: { uid, name }, spec });
const cluster = (
  uid: string,
  name: string,
  spec: Schemas['ClusterSpec'],
  metadata: Schemas['ObjectMeta'] = {},
) => normalizeCluster({ metadata: { uid, name, ...metadata }, spec });

const admin = rule(ids.admin, 'admin', { type: 'admin', iamUserIDs: ['u-1', 'u-2'] });
const editor = rule(ids.editor, 'config-editor', {
  type: 'custom',
  iamUserIDs: ['u-3'],
  description: 'Edits config maps',
  contents: [{ verbs: ['get', 'update'], resources: ['configmaps', 'secrets'] }],
});
const prod = fleet(ids.prod, 'Prod Fleet/东京 #1', {
  description: 'Storefront production',
  ruleNamespaces: [
    {
      rules: [{ ruleID: ids.admin, ruleName: 'admin' }],
      namespaces: ['default', 'storefront'],
    },
    {
      rules: [
        { ruleID: ids.editor, ruleName: 'config-editor' },
        { ruleID: ids.elsewhere, ruleName: 'ci-deployer' },
      ],
      namespaces: ['*'],
    },
  ],
});
const cce = cluster(
  ids.cce,
  'prod-beijing-cce',
  {
    category: 'self',
    type: 'cce',
    provider: 'huaweicloud',
    clusterGroupID: ids.prod,
    region: 'cn-north-4',
    projectID: 'b6315dd3d0ff4be5b31a963256794989',
    country: 'CN',
    city: '110000',
    ruleNamespaces: [
      { rules: [{ ruleID: ids.elsewhere, ruleName: 'ci-deployer' }], namespaces: ['ci'] },
    ],
  },
  {
    labels: { env: 'prod', 'topology.kubernetes.io/region': 'cn-north-4' },
    annotations: { kubeconfig: 'apiVersion: v1 # SECRET-TOKEN-abc' },
  },
);
const eks = cluster(ids.eks, 'us-east-eks', {
  category: 'attachedcluster',
  type: 'eks',
  provider: 'aws',
  clusterGroupID: ids.other,
  country: 'US',
});

const input: TerraformExportInput = {
  policies: [admin, editor],
  fleets: [prod],
  clusters: [cce, eks],
  known: { fleets: [fleet(ids.other, 'cluster-dev')] },
};

/** The file as Terraform reads it (its JSON syntax: references are `${…}` strings). */
async function parsed(text: string) {
  return (await parse('ucs.tf', text)) as {
    resource: Record<string, Record<string, [Record<string, unknown>]>>;
    import: { to: string; id: string }[];
  };
}

/** A string of the JSON syntax as text: `$${` and `%%{` are its escapes of `${` and `%{`. */
const literal = (value: unknown) =>
  String(value)
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');

describe('the Terraform export', () => {
  it('writes HCL that parses, one resource and one import block per object', async () => {
    const hcl = await parsed(toTerraform(input));
    expect(Object.keys(hcl.resource).sort()).toEqual([
      'huaweicloud_ucs_cluster',
      'huaweicloud_ucs_fleet',
      'huaweicloud_ucs_policy',
    ]);
    expect(Object.keys(hcl.resource.huaweicloud_ucs_policy ?? {})).toEqual([
      'admin',
      'config_editor',
    ]);
    expect(Object.keys(hcl.resource.huaweicloud_ucs_fleet ?? {})).toEqual(['prod_fleet_1']);
    expect(Object.keys(hcl.resource.huaweicloud_ucs_cluster ?? {})).toEqual([
      'prod_beijing_cce',
      'us_east_eks',
    ]);
    expect(hcl.import).toEqual([
      { to: '${huaweicloud_ucs_policy.admin}', id: ids.admin },
      { to: '${huaweicloud_ucs_policy.config_editor}', id: ids.editor },
      { to: '${huaweicloud_ucs_fleet.prod_fleet_1}', id: ids.prod },
      { to: '${huaweicloud_ucs_cluster.prod_beijing_cce}', id: ids.cce },
      { to: '${huaweicloud_ucs_cluster.us_east_eks}', id: ids.eks },
    ]);
  });

  it('refers to exported objects and keeps the ids of the others', async () => {
    const text = toTerraform(input);
    const { resource } = await parsed(text);
    const [prodFleet] = resource.huaweicloud_ucs_fleet?.prod_fleet_1 ?? [];
    expect(prodFleet).toEqual({
      name: 'Prod Fleet/东京 #1',
      description: 'Storefront production',
      permissions: [
        {
          namespaces: ['default', 'storefront'],
          policy_ids: ['${huaweicloud_ucs_policy.admin.id}'],
        },
        {
          namespaces: ['*'],
          policy_ids: ['${huaweicloud_ucs_policy.config_editor.id}', ids.elsewhere],
        },
      ],
    });
    expect(text).toContain(
      `# Permission policy ci-deployer (${ids.elsewhere}) is not in this export: its id is used as is.`,
    );

    const [cceCluster] = resource.huaweicloud_ucs_cluster?.prod_beijing_cce ?? [];
    expect(cceCluster).toMatchObject({
      category: 'self',
      cluster_type: 'cce',
      cluster_name: 'prod-beijing-cce',
      fleet_id: '${huaweicloud_ucs_fleet.prod_fleet_1.id}',
      service_provider: 'huaweicloud',
      country: 'CN',
      city: '110000',
      cluster_id: ids.cce,
      cluster_region: 'cn-north-4',
      cluster_project_id: 'b6315dd3d0ff4be5b31a963256794989',
      cluster_labels: { env: 'prod', 'topology.kubernetes.io/region': 'cn-north-4' },
      lifecycle: [{ ignore_changes: ['${annotations}'] }],
    });
    const [eksCluster] = resource.huaweicloud_ucs_cluster?.us_east_eks ?? [];
    expect(eksCluster).toMatchObject({ fleet_id: ids.other, cluster_type: 'eks' });
    // Only clusters imported from CCE name their CCE cluster, region and project.
    expect(eksCluster).not.toHaveProperty('cluster_id');
    expect(text).toContain(
      `# Fleet cluster-dev (${ids.other}) is not in this export: its id is used as is.`,
    );
  });

  it('writes policies with their users, and the contents of custom ones', async () => {
    const { resource } = await parsed(toTerraform(input));
    expect(resource.huaweicloud_ucs_policy?.admin?.[0]).toEqual({
      name: 'admin',
      type: 'admin',
      iam_user_ids: ['u-1', 'u-2'],
    });
    expect(resource.huaweicloud_ucs_policy?.config_editor?.[0]).toEqual({
      name: 'config-editor',
      type: 'custom',
      iam_user_ids: ['u-3'],
      description: 'Edits config maps',
      details: [{ operations: ['get', 'update'], resources: ['configmaps', 'secrets'] }],
    });
  });

  it('never exports annotations, and says why', async () => {
    const text = toTerraform(input);
    expect(text).not.toContain('SECRET-TOKEN');
    expect(text).not.toMatch(/^\s*annotations\s*=/m);
    expect(text).toContain('Secrets are never exported');
    const { resource } = await parsed(text);
    for (const [block] of Object.values(resource.huaweicloud_ucs_cluster ?? {}))
      expect(block).not.toHaveProperty('annotations');
  });

  it('says that a cluster’s own bindings are not exported', () => {
    expect(toTerraform(input)).toContain(
      '# Its own policy bindings are not exported, huaweicloud_ucs_cluster has no argument for them: ci-deployer for ci.',
    );
  });

  it('gives a fleet whose name is no identifier a valid one, and parses', async () => {
    const odd = [
      fleet('f-1', '2024 Prod/Fleet'),
      fleet('f-2', '生产舰队'),
      fleet('f-3', 'Café-Zürich'),
      fleet('f-4', '--'),
    ];
    const text = toTerraform({ fleets: odd, policies: [], clusters: [] });
    const { resource } = await parsed(text);
    expect(Object.keys(resource.huaweicloud_ucs_fleet ?? {}).sort()).toEqual([
      'cafe_zurich',
      'fleet',
      'fleet_2',
      'fleet_2024_prod_fleet',
    ]);
    for (const identifier of Object.keys(resource.huaweicloud_ucs_fleet ?? {}))
      expect(identifier).toMatch(/^[a-z_][a-z0-9_]*$/);
    expect(resource.huaweicloud_ucs_fleet?.fleet_2024_prod_fleet?.[0]?.name).toBe(
      '2024 Prod/Fleet',
    );
  });

  it('keeps identifiers unique when names collide', async () => {
    const text = toTerraform({
      fleets: [fleet('f-b', 'web.app'), fleet('f-a', 'web-app'), fleet('f-c', 'web_app_2')],
      policies: [],
      clusters: [
        cluster('c-1', 'web-app', { category: 'attachedcluster', type: 'eks' }),
        cluster('c-2', 'web app', {
          category: 'attachedcluster',
          type: 'eks',
          clusterGroupID: 'f-b',
        }),
      ],
    });
    const { resource, import: imports } = await parsed(text);
    // Sorted by name: web-app, web.app, web_app_2; the suffix skips the name already taken.
    expect(
      Object.fromEntries(
        Object.entries(resource.huaweicloud_ucs_fleet ?? {}).map(([key, [block]]) => [
          key,
          block.name,
        ]),
      ),
    ).toEqual({ web_app: 'web-app', web_app_3: 'web.app', web_app_2: 'web_app_2' });
    expect(Object.keys(resource.huaweicloud_ucs_cluster ?? {}).sort()).toEqual([
      'web_app',
      'web_app_2',
    ]);
    // The cluster in fleet web.app refers to that fleet, not to the one named web-app.
    expect(resource.huaweicloud_ucs_cluster?.web_app?.[0]?.fleet_id).toBe(
      '${huaweicloud_ucs_fleet.web_app_3.id}',
    );
    expect(imports).toHaveLength(5);
    expect(uniqueIdentifiers(['a', 'a', 'a_2', 'a'], 'fleet')).toEqual(['a', 'a_3', 'a_2', 'a_4']);
  });

  it('escapes what HCL would read as syntax', async () => {
    const nasty =
      'say "hi" \\ ${var.secret} $${literal} %{ if true }x%{ endif } 100%\nnext line\ttab\u0001 end$';
    const text = toTerraform({
      fleets: [fleet('f-1', 'nasty', { description: nasty })],
      policies: [],
      clusters: [],
    });
    const { resource } = await parsed(text);
    expect(literal(resource.huaweicloud_ucs_fleet?.nasty?.[0]?.description)).toBe(nasty);
    // Nothing was read as an interpolation or a directive.
    expect(JSON.stringify(resource)).not.toMatch(/(^|[^$])\$\{var/);
    expect(hclString('a${b}%{c}')).toBe('"a$${b}%%{c}"');
    expect(hclString('line\r\nbreak')).toBe('"line\\r\\nbreak"');
  });

  it('keeps a name with a line break inside its comment', async () => {
    const text = toTerraform({
      fleets: [fleet('f-1', 'evil\nresource "x" "y" {}')],
      policies: [],
      clusters: [],
    });
    const hcl = await parsed(text);
    expect(Object.keys(hcl.resource)).toEqual(['huaweicloud_ucs_fleet']);
    expect(hcl.import).toHaveLength(1);
  });

  it('writes the same text whatever order the objects come in', () => {
    const shuffled: TerraformExportInput = {
      ...input,
      policies: [editor, admin],
      clusters: [eks, cce],
    };
    expect(toTerraform(shuffled)).toBe(toTerraform(input));
  });

  it('aligns attributes as terraform fmt does', () => {
    const text = toTerraform(input);
    expect(text).toContain(
      [
        'resource "huaweicloud_ucs_policy" "admin" {',
        '  name         = "admin"',
        '  type         = "admin"',
        '  iam_user_ids = ["u-1", "u-2"]',
        '}',
        '',
        'import {',
        '  to = huaweicloud_ucs_policy.admin',
        `  id = "${ids.admin}"`,
        '}',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '  cluster_labels = {',
        '    "env"                           = "prod"',
        '    "topology.kubernetes.io/region" = "cn-north-4"',
        '  }',
      ].join('\n'),
    );
  });

  it('derives identifiers from names', () => {
    expect(terraformIdentifier('cluster-test', 'fleet')).toBe('cluster_test');
    expect(terraformIdentifier('  Team A (prod)  ', 'policy')).toBe('team_a_prod');
    expect(terraformIdentifier('0131', 'fleet')).toBe('fleet_0131');
    expect(terraformIdentifier('', 'cluster')).toBe('cluster');
  });

  it('exports the demo’s whole seed as HCL that parses, every reference resolved', async () => {
    // The mock backend answers Node's fetch too (its handlers match any origin).
    const list = async <T>(path: string) => {
      const response = await fetch(`http://localhost/ucs-api${path}`, {
        headers: { 'X-Auth-Token': 'test-token' },
      });
      return ((await response.json()) as { items: T[] }).items;
    };
    const [rules, fleets, clusters] = await Promise.all([
      list<Schemas['Rule']>('/v1/permissions/rules').then((items) => items.map(normalizeRule)),
      list<Schemas['ClusterGroup']>('/v1/clustergroups').then((items) =>
        items.map(normalizeClusterGroup),
      ),
      list<Schemas['Cluster']>('/v1/clusters').then((items) => items.map(normalizeCluster)),
    ]);
    const text = toTerraform({ policies: rules, fleets, clusters });
    const hcl = await parsed(text);
    const total = rules.length + fleets.length + clusters.length;
    expect(
      Object.values(hcl.resource).reduce((sum, byName) => sum + Object.keys(byName).length, 0),
    ).toBe(total);
    expect(hcl.import).toHaveLength(total);
    expect(new Set(hcl.import.map((entry) => entry.id)).size).toBe(total);
    expect(text).not.toContain('is not in this export');
    const fleetRefs = Object.values(hcl.resource.huaweicloud_ucs_cluster ?? {})
      .map(([block]) => block.fleet_id)
      .filter(Boolean);
    expect(fleetRefs.length).toBeGreaterThan(0);
    for (const ref of fleetRefs)
      expect(ref).toMatch(/^\$\{huaweicloud_ucs_fleet\.[a-z0-9_]+\.id\}$/);
  });

  it('takes a selection of clusters with their fleets and those fleets’ policies', () => {
    expect(clusterExportSelection([eks, cce], [prod])).toEqual({
      policies: [ids.admin, ids.editor, ids.elsewhere].sort(),
      fleets: [ids.other, ids.prod].sort(),
      clusters: [ids.cce, ids.eks].sort(),
    });
    expect(clusterExportSelection([], [prod])).toEqual({ policies: [], fleets: [], clusters: [] });
  });
});

/**
 * The account's fleets, permission policies and clusters as Terraform configuration for the
 * huaweicloud provider (huaweicloud/terraform-provider-huaweicloud): one resource and one
 * `import` block (Terraform 1.5 or newer) per object, so `terraform plan` adopts the live objects
 * instead of creating them again.
 *
 * The provider's resources, as its documentation and code describe them:
 * - `huaweicloud_ucs_policy`: `name`, `iam_user_ids` and `type` required; `description`;
 *   `details { operations, resources }`, sent only for type `custom` (the API's `contents`, verbs
 *   and resources).
 * - `huaweicloud_ucs_fleet`: `name` required; `description`; `permissions { namespaces,
 *   policy_ids }`, read back from `spec.ruleNamespaces` in the order UCS reports them.
 * - `huaweicloud_ucs_cluster`: `category` and `cluster_type` required; `fleet_id`,
 *   `cluster_name`, `cluster_labels`, `annotations`, `service_provider`, `country`, `city`, and
 *   for clusters imported from CCE `cluster_id`, `cluster_region`, `cluster_project_id`. It has no
 *   argument for the cluster's own policy bindings.
 * All three are imported by their id.
 *
 * Pure text in, text out: no browser or React imports, so the page and a Node command share it.
 * The output is deterministic: objects sorted by name (then id), map keys sorted. Lists keep the
 * order UCS reports them in, since the provider reads them back as ordered lists and another
 * order would show as a change in `terraform plan`.
 */
import { toRuleIDNamespaces } from '../bindings';
import type {
  NormalizedCluster,
  NormalizedClusterGroup,
  NormalizedRule,
  NormalizedRuleNamespace,
} from '../normalize';

export const terraformTypes = {
  fleet: 'huaweicloud_ucs_fleet',
  policy: 'huaweicloud_ucs_policy',
  cluster: 'huaweicloud_ucs_cluster',
} as const;

export type TerraformKind = keyof typeof terraformTypes;

/** The file name the console offers the export under. */
export const terraformFileName = 'ucs.tf';

export interface TerraformExportInput {
  fleets: readonly NormalizedClusterGroup[];
  policies: readonly NormalizedRule[];
  clusters: readonly NormalizedCluster[];
  /**
   * Every fleet and policy of the account, exported or not: a reference to one that is not
   * exported keeps its raw id, and a comment names it.
   */
  known?: {
    fleets?: readonly NormalizedClusterGroup[];
    policies?: readonly NormalizedRule[];
  };
}

// ------------------------------------------------------------------------------ HCL values

/**
 * A quoted HCL string that reads back as exactly `value`: backslashes and quotes escaped, line
 * breaks and other control characters as escapes (a quoted string may not span lines), and the
 * template sequences `${` and `%{` doubled so a name like `${var.x}` stays text, never an
 * interpolation.
 */
export function hclString(value: string): string {
  const escaped = value.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is escaped here
    /[\\"]|\$\{|%\{|[\u0000-\u001f\u007f\u2028\u2029]/g,
    (match) => {
      switch (match) {
        case '\\':
          return '\\\\';
        case '"':
          return '\\"';
        case '${':
          return '$${';
        case '%{':
          return '%%{';
        case '\n':
          return '\\n';
        case '\r':
          return '\\r';
        case '\t':
          return '\\t';
        default:
          return `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }
    },
  );
  return `"${escaped}"`;
}

/** Text from UCS as one comment line's content: line breaks and control characters become spaces. */
function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex -- a line break in a name must not end the comment
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').trim();
}

/** A reference to another exported resource's id: `huaweicloud_ucs_fleet.prod.id`. */
function idOf(kind: TerraformKind, identifier: string): string {
  return `${terraformTypes[kind]}.${identifier}.id`;
}

// ----------------------------------------------------------------------------- identifiers

/**
 * A Terraform identifier derived from a name: lower case, `[a-z0-9_]` only (accents dropped,
 * every other run of characters one underscore), starting with a letter. A name that leaves
 * nothing (only CJK characters, say) or starts with a digit is prefixed with the kind:
 * `生产` → `fleet`, `2024-prod` → `fleet_2024_prod`.
 */
export function terraformIdentifier(name: string, kind: TerraformKind): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base) return kind;
  return /^[a-z]/.test(base) ? base : `${kind}_${base}`;
}

/**
 * Unique identifiers for objects of one resource type, in the order given: the first object
 * with a base keeps it, later ones get the first free `_2`, `_3`, …. A suffix never takes
 * another object's own base (`web`, `web` and `web_2` become `web`, `web_3` and `web_2`).
 */
export function uniqueIdentifiers(names: readonly string[], kind: TerraformKind): string[] {
  const bases = names.map((name) => terraformIdentifier(name, kind));
  const taken = new Set(bases);
  const used = new Set<string>();
  return bases.map((base) => {
    if (!used.has(base)) {
      used.add(base);
      return base;
    }
    let suffix = 2;
    while (taken.has(`${base}_${suffix}`) || used.has(`${base}_${suffix}`)) suffix += 1;
    const identifier = `${base}_${suffix}`;
    used.add(identifier);
    return identifier;
  });
}

// ------------------------------------------------------------------------------- the writer

/** Lines wider than this put a list's items one per line. */
const maxLineWidth = 100;

/**
 * A block's body, written the way `terraform fmt` leaves it: two spaces per level, and the `=`
 * of consecutive one-line attributes aligned (a blank line, a comment, a nested block or a
 * multi-line value ends such a run). Lines are strings from the start: 10,000 clusters are a
 * quarter of a million lines.
 */
class Body {
  private readonly lines: string[] = [];
  /** The attributes of the current run, written once it ends and its width is known. */
  private run: [name: string, value: string][] = [];

  constructor(private readonly indent: string) {}

  private flush(): void {
    if (this.run.length === 0) return;
    let width = 0;
    for (const [name] of this.run) width = Math.max(width, name.length);
    for (const [name, value] of this.run)
      this.lines.push(`${this.indent}${name.padEnd(width)} = ${value}`);
    this.run = [];
  }

  private line(text: string): void {
    this.flush();
    this.lines.push(text);
  }

  private append(lines: readonly string[]): void {
    for (const text of lines) this.lines.push(text);
  }

  attribute(name: string, value: string): this {
    this.run.push([name, value]);
    return this;
  }

  /** A list of expressions: on one line when it fits, else one item per line. */
  list(name: string, items: readonly string[]): this {
    const oneLine = `[${items.join(', ')}]`;
    if (this.indent.length + name.length + 3 + oneLine.length <= maxLineWidth)
      return this.attribute(name, oneLine);
    this.line(`${this.indent}${name} = [`);
    for (const item of items) this.lines.push(`${this.indent}  ${item},`);
    this.line(`${this.indent}]`);
    return this;
  }

  /**
   * A map of strings, keys sorted, one entry per line. Keys are quoted unless `bareKeys` (only
   * for keys known to be identifiers): a label key such as `topology.kubernetes.io/region` is not.
   */
  map(name: string, entries: Record<string, string>, { bareKeys = false } = {}): this {
    const inner = new Body(`${this.indent}  `);
    for (const key of Object.keys(entries).sort(compareText))
      inner.attribute(bareKeys ? key : hclString(key), hclString(entries[key] ?? ''));
    this.line(`${this.indent}${name} = {`);
    this.append(inner.done());
    this.line(`${this.indent}}`);
    return this;
  }

  comment(text = ''): this {
    const line = commentText(text);
    this.line(line ? `${this.indent}# ${line}` : `${this.indent}#`);
    return this;
  }

  blank(): this {
    this.flush();
    // Never two blank lines in a row, nor one right after the block opened.
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    return this;
  }

  block(header: string, fill: (body: Body) => void): this {
    const inner = new Body(`${this.indent}  `);
    fill(inner);
    const lines = inner.done();
    while (lines[lines.length - 1] === '') lines.pop();
    this.line(`${this.indent}${header} {`);
    this.append(lines);
    this.line(`${this.indent}}`);
    return this;
  }

  /** The lines, the last run of attributes written. */
  done(): string[] {
    this.flush();
    return this.lines;
  }
}

// ------------------------------------------------------------------------------ the export

/** Plain code-unit order: the same in every browser and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Named {
  metadata: { uid: string; name?: string };
}

/** Objects by name then id, each with its identifier. */
function identified<T extends Named>(
  objects: readonly T[],
  kind: TerraformKind,
): { object: T; identifier: string }[] {
  const sorted = [...objects].sort(
    (a, b) =>
      compareText(a.metadata.name ?? '', b.metadata.name ?? '') ||
      compareText(a.metadata.uid, b.metadata.uid),
  );
  const identifiers = uniqueIdentifiers(
    sorted.map((object) => object.metadata.name || object.metadata.uid),
    kind,
  );
  return sorted.map((object, index) => ({ object, identifier: identifiers[index] ?? kind }));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "cluster-test (bffbb35b-…)" or just the id when the object has no name. */
function labelOf(name: string | undefined, uid: string): string {
  return name ? `${name} (${uid})` : uid;
}

/** "readonly for default, storefront; develop for *": a target's bindings in words. */
function bindingsText(
  ruleNamespaces: readonly NormalizedRuleNamespace[],
  policyName: (id: string) => string | undefined,
): string {
  return toRuleIDNamespaces(ruleNamespaces)
    .map(
      ({ ruleIDs, namespaces }) =>
        `${ruleIDs.map((id) => policyName(id) ?? id).join(', ')} for ${namespaces.join(', ')}`,
    )
    .join('; ');
}

function importBlock(body: Body, kind: TerraformKind, identifier: string, id: string): void {
  body.block('import', (block) =>
    block.attribute('to', `${terraformTypes[kind]}.${identifier}`).attribute('id', hclString(id)),
  );
}

/**
 * The configuration of the given objects as the text of one `.tf` file. References between
 * exported objects are expressions (`huaweicloud_ucs_fleet.prod.id`); a reference to an object
 * that is not exported keeps its id, with a comment saying so.
 */
export function toTerraform(input: TerraformExportInput): string {
  const policies = identified(input.policies, 'policy');
  const fleets = identified(input.fleets, 'fleet');
  const clusters = identified(input.clusters, 'cluster');

  const policyRefs = new Map(
    policies.map(({ object, identifier }) => [object.metadata.uid, identifier]),
  );
  const fleetRefs = new Map(
    fleets.map(({ object, identifier }) => [object.metadata.uid, identifier]),
  );
  const policyNames = new Map<string, string>();
  for (const policy of [...(input.known?.policies ?? []), ...input.policies])
    if (policy.metadata.name) policyNames.set(policy.metadata.uid, policy.metadata.name);
  const fleetNames = new Map<string, string>();
  for (const fleet of [...(input.known?.fleets ?? []), ...input.fleets])
    if (fleet.metadata.name) fleetNames.set(fleet.metadata.uid, fleet.metadata.name);
  // A binding names its policy too: the name of a policy that is not in the lists at hand.
  for (const target of [...input.fleets, ...input.clusters])
    for (const entry of target.spec.ruleNamespaces ?? [])
      for (const rule of entry.rules ?? [])
        if (rule.ruleID && rule.ruleName && !policyNames.has(rule.ruleID))
          policyNames.set(rule.ruleID, rule.ruleName);
  const policyName = (id: string) => policyNames.get(id);

  const file = new Body('');
  file
    .comment(
      `UCS configuration exported by the UCS Fleet Console: ${plural(policies.length, 'permission policy', 'permission policies')}, ${plural(fleets.length, 'fleet', 'fleets')}, ${plural(clusters.length, 'cluster', 'clusters')}.`,
    )
    .comment()
    .comment('The import blocks (Terraform 1.5 or newer) make `terraform plan` adopt the live')
    .comment('objects instead of creating them again: run `terraform init`, then `terraform plan`.')
    .comment('The provider reads its region and credentials from HW_REGION_NAME, HW_ACCESS_KEY')
    .comment('and HW_SECRET_KEY, or from a provider "huaweicloud" block of your own.')
    .comment()
    .comment("Secrets are never exported: cluster annotations (an attached cluster's carry its")
    .comment('kubeconfig) are left out. The provider does not read them back either, so every')
    .comment("cluster ignores changes to them, as the provider's documentation advises.")
    .blank()
    .comment('Remove this block if your configuration already requires the huaweicloud provider.')
    .block('terraform', (body) =>
      body
        .attribute('required_version', hclString('>= 1.5.0'))
        .blank()
        .block('required_providers', (providers) =>
          providers.map('huaweicloud', { source: 'huaweicloud/huaweicloud' }, { bareKeys: true }),
        ),
    );

  for (const { object: policy, identifier } of policies) {
    const { uid, name = '' } = policy.metadata;
    file.blank().comment(`Permission policy ${labelOf(name, uid)}`);
    file.block(`resource "${terraformTypes.policy}" "${identifier}"`, (body) => {
      body
        .attribute('name', hclString(name))
        .attribute('type', hclString(policy.spec.type ?? ''))
        .list('iam_user_ids', (policy.spec.iamUserIDs ?? []).map(hclString));
      if (policy.spec.description)
        body.attribute('description', hclString(policy.spec.description));
      // The provider sends the contents of custom policies only; the others' are UCS's own.
      if (policy.spec.type === 'custom') {
        for (const content of policy.spec.contents ?? []) {
          body
            .blank()
            .block('details', (details) =>
              details
                .list('operations', (content.verbs ?? []).map(hclString))
                .list('resources', (content.resources ?? []).map(hclString)),
            );
        }
      }
    });
    file.blank();
    importBlock(file, 'policy', identifier, uid);
  }

  for (const { object: fleet, identifier } of fleets) {
    const { uid, name = '' } = fleet.metadata;
    const permissions = toRuleIDNamespaces(fleet.spec.ruleNamespaces);
    file.blank().comment(`Fleet ${labelOf(name, uid)}`);
    const outside = [...new Set(permissions.flatMap((entry) => entry.ruleIDs))].filter(
      (id) => !policyRefs.has(id),
    );
    for (const id of outside)
      file.comment(
        `Permission policy ${labelOf(policyName(id), id)} is not in this export: its id is used as is.`,
      );
    // The reference's fleets may list bound namespaces without their policies (plain strings).
    const unattributed = (fleet.spec.ruleNamespaces ?? []).filter(
      (entry) => (entry.rules ?? []).length === 0 && (entry.namespaces ?? []).length > 0,
    );
    for (const entry of unattributed)
      file.comment(
        `UCS reports bindings in ${(entry.namespaces ?? []).join(', ')} without their policies: they are not exported.`,
      );
    file.block(`resource "${terraformTypes.fleet}" "${identifier}"`, (body) => {
      body.attribute('name', hclString(name));
      if (fleet.spec.description) body.attribute('description', hclString(fleet.spec.description));
      for (const entry of permissions) {
        body.blank().block('permissions', (block) =>
          block.list('namespaces', entry.namespaces.map(hclString)).list(
            'policy_ids',
            entry.ruleIDs.map((id) => {
              const ref = policyRefs.get(id);
              return ref ? idOf('policy', ref) : hclString(id);
            }),
          ),
        );
      }
    });
    file.blank();
    importBlock(file, 'fleet', identifier, uid);
  }

  for (const { object: cluster, identifier } of clusters) {
    const { uid, name } = cluster.metadata;
    const { spec } = cluster;
    const fleetId = spec.clusterGroupID;
    const fleetRef = fleetId ? fleetRefs.get(fleetId) : undefined;
    file.blank().comment(`Cluster ${labelOf(name, uid)}`);
    if (fleetId && !fleetRef)
      file.comment(
        `Fleet ${labelOf(fleetNames.get(fleetId), fleetId)} is not in this export: its id is used as is.`,
      );
    const ownBindings = bindingsText(spec.ruleNamespaces ?? [], policyName);
    if (ownBindings)
      file.comment(
        `Its own policy bindings are not exported, huaweicloud_ucs_cluster has no argument for them: ${ownBindings}.`,
      );
    file.block(`resource "${terraformTypes.cluster}" "${identifier}"`, (body) => {
      body
        .attribute('category', hclString(spec.category ?? ''))
        .attribute('cluster_type', hclString(spec.type ?? ''));
      if (name) body.attribute('cluster_name', hclString(name));
      if (fleetId)
        body.attribute('fleet_id', fleetRef ? idOf('fleet', fleetRef) : hclString(fleetId));
      if (spec.provider) body.attribute('service_provider', hclString(spec.provider));
      if (spec.country) body.attribute('country', hclString(spec.country));
      if (spec.city) body.attribute('city', hclString(spec.city));
      // Huawei Cloud clusters are registered from CCE by their CCE id, region and project.
      if (spec.category === 'self') {
        body.attribute('cluster_id', hclString(uid));
        if (spec.region) body.attribute('cluster_region', hclString(spec.region));
        if (spec.projectID) body.attribute('cluster_project_id', hclString(spec.projectID));
      }
      const labels = cluster.metadata.labels ?? {};
      if (Object.keys(labels).length > 0) body.blank().map('cluster_labels', labels);
      body
        .blank()
        .comment("No annotations: secrets (an attached cluster's kubeconfig) are never exported.")
        .block('lifecycle', (lifecycle) => lifecycle.attribute('ignore_changes', '[annotations]'));
    });
    file.blank();
    importBlock(file, 'cluster', identifier, uid);
  }

  return `${file.done().join('\n')}\n`;
}

// The inventory's selection helper lives in its own small module, so that the inventory does not
// carry this writer; re-exported for the callers that have the writer anyway.
export { clusterExportSelection } from './selection';

/**
 * Permission policies (reference section 3.3) and their association with clusters (3.1.8) and
 * fleets (3.2.8). An association call replaces the target's bindings; a cluster shows them in
 * `spec.ruleNamespaces` as `RuleNamespace` objects (policies + namespaces), and so does a fleet:
 * the reference types a fleet's items as plain namespace strings, which the contract also
 * accepts on reading, but those lose which policy is bound where. A policy still bound
 * somewhere cannot be deleted.
 */
import type { components } from '../../src/api/generated/ucs';
import {
  isNamespaceName,
  policyDescriptionMaxLength,
  policyNameMaxLength,
  policyNamePattern,
} from '../../src/api/reference/names';
import { kubernetesVerbs, policyTypes } from '../../src/api/reference/permissions';
import { ucsError } from '../errors';
import { readPageQuery, SortedView } from '../listing';
import type { BackendContext, RuleBinding, RuleRecord, StoredRule } from '../store';
import {
  invalidBody,
  isObject,
  type Json,
  type NameRule,
  objectAt,
  optionalObjectAt,
  optionalStringArrayAt,
  optionalStringAt,
  readName,
  stringArrayAt,
} from '../validate';
import { checkQuota, newObject, requireCluster, requireFleet, requireRule, touch } from './records';

type Schemas = components['schemas'];

// --- Policies ---------------------------------------------------------------------------

/** Validates RuleSpecRequest fields that are present; returns the spec to store. */
function readRuleSpec(spec: Json, existing?: Schemas['RuleSpec']): Schemas['RuleSpec'] {
  const type = optionalStringAt(spec.type, 'spec.type', { oneOf: policyTypes });
  const description = optionalStringAt(spec.description, 'spec.description', {
    max: policyDescriptionMaxLength,
  });
  const iamUserIDs = optionalStringArrayAt(spec.iamUserIDs ?? spec.iamuserids, 'spec.iamUserIDs', {
    min: 1,
    max: 64,
  });
  let contents: Schemas['RuleContent'][] | undefined;
  if (spec.contents !== undefined && spec.contents !== null) {
    if (!Array.isArray(spec.contents)) throw invalidBody('spec.contents', 'must be an array');
    contents = spec.contents.map((item: unknown, index) => {
      const field = `spec.contents[${index}]`;
      const content = objectAt(item, field);
      const itemVerbs = stringArrayAt(content.verbs, `${field}.verbs`, { min: 1 });
      if (itemVerbs.length === 0)
        throw invalidBody(`${field}.verbs`, 'must name at least one verb');
      const unknownVerb = itemVerbs.find(
        (verb) => !(kubernetesVerbs as readonly string[]).includes(verb),
      );
      if (unknownVerb)
        throw invalidBody(
          `${field}.verbs`,
          `has unknown verb "${unknownVerb}" (allowed: ${kubernetesVerbs.join(', ')})`,
        );
      const resources = stringArrayAt(content.resources, `${field}.resources`, {
        min: 1,
        max: 253,
      });
      if (resources.length === 0)
        throw invalidBody(`${field}.resources`, 'must name at least one resource');
      return { verbs: itemVerbs, resources };
    });
  }
  const result: Schemas['RuleSpec'] = { ...existing };
  if (type !== undefined) result.type = type;
  if (description !== undefined) result.description = description;
  if (iamUserIDs !== undefined) result.iamUserIDs = iamUserIDs;
  if (contents !== undefined) result.contents = contents;
  if (result.type === 'custom' && !result.contents?.length) {
    throw invalidBody(
      'spec.contents',
      'must list at least one verbs/resources entry for a custom policy',
    );
  }
  return result;
}

const policyName: NameRule = {
  maxLength: policyNameMaxLength,
  pattern: policyNamePattern,
  hint: 'must be lowercase letters, digits and hyphens, start with a letter and end with a letter or digit',
};

export function createRule(ctx: BackendContext, body: Json): Schemas['UidResponse'] {
  const name = readName(body, policyName);
  const spec = readRuleSpec(objectAt(body.spec, 'spec'));
  if (!spec.type) throw invalidBody('spec.type', `is required (one of ${policyTypes.join(', ')})`);
  if (ctx.store.state.rules.some((record) => record.rule.metadata.name === name)) {
    // Table 5-1 has no code of its own for this; UCS reports the failed ClusterRole creation.
    throw ucsError('UCS.01120001', `A permission policy named ${name} already exists.`, 409);
  }
  checkQuota(ctx, ctx.store.state.rules.length, 'permission policies');
  const now = ctx.clock.now();
  const rule: StoredRule = { ...newObject(ctx, 'Rule', name, now), spec };
  ctx.store.state.rules.push({ rule, createdAt: now, updatedAt: now });
  ctx.store.changed();
  return { uid: rule.metadata.uid };
}

const ruleOrder = new SortedView<RuleRecord>();

export function listRules(ctx: BackendContext, params: URLSearchParams): Schemas['RuleList'] {
  const paging = readPageQuery(params);
  return ruleOrder.list(ctx.store.state.rules, ctx.store.version, paging, (record) => record.rule);
}

export function updateRule(ctx: BackendContext, id: string, body: Json): void {
  const record = requireRule(ctx, id);
  const spec = optionalObjectAt(body.spec, 'spec');
  if (spec) record.rule.spec = readRuleSpec(spec, record.rule.spec);
  touch(record, ctx.clock.now());
  ctx.store.changed();
}

/** Where a policy is still in use, as names for the error message. */
function usesOf(ctx: BackendContext, ruleId: string): string[] {
  const uses: string[] = [];
  for (const { cluster } of ctx.store.state.clusters) {
    const bound = cluster.spec.ruleNamespaces?.some((item) =>
      item.rules?.some((rule) => rule.ruleID === ruleId),
    );
    if (bound) uses.push(`cluster ${cluster.metadata.name}`);
  }
  for (const fleet of ctx.store.state.fleets) {
    if (fleet.bindings.some((binding) => binding.ruleIDs.includes(ruleId)))
      uses.push(`fleet ${fleet.fleet.metadata.name}`);
  }
  return uses;
}

export function deleteRule(ctx: BackendContext, id: string): void {
  const record = requireRule(ctx, id);
  const uses = usesOf(ctx, id);
  if (uses.length) {
    throw ucsError(
      'UCS.01120002',
      `Permission policy ${record.rule.metadata.name} is still associated with ${uses.join(', ')}; remove those associations first.`,
    );
  }
  ctx.store.state.rules = ctx.store.state.rules.filter((rule) => rule !== record);
  ctx.store.changed();
}

// --- Associations -----------------------------------------------------------------------

/** Reads `ruleIDNamespaces`; every policy must exist, every namespace be a valid name (or `*`). */
function readBindings(ctx: BackendContext, body: Json): RuleBinding[] {
  const raw = body.ruleIDNamespaces;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw invalidBody('ruleIDNamespaces', 'must be an array');
  return raw.map((item: unknown, index) => {
    const field = `ruleIDNamespaces[${index}]`;
    if (!isObject(item)) throw invalidBody(field, 'must be an object');
    const ruleIDs = optionalStringArrayAt(item.ruleIDs, `${field}.ruleIDs`, { min: 1 }) ?? [];
    const namespaces =
      optionalStringArrayAt(item.namespaces, `${field}.namespaces`, { min: 1 }) ?? [];
    const badNamespace = namespaces.find(
      (namespace) => namespace !== '*' && !isNamespaceName(namespace),
    );
    if (badNamespace !== undefined) {
      throw invalidBody(
        `${field}.namespaces`,
        `has "${badNamespace}", which is not a Kubernetes namespace name`,
      );
    }
    const missing = ruleIDs.filter((id) => !ctx.store.ruleRecord(id));
    if (missing.length)
      throw ucsError(
        'UCS.01100003',
        `These permission policies do not exist: ${missing.join(', ')}.`,
      );
    return { ruleIDs: [...new Set(ruleIDs)], namespaces: [...new Set(namespaces)] };
  });
}

/**
 * `spec.ruleNamespaces` of a cluster and of a fleet: policies by id and name, with their
 * namespaces.
 */
export function toRuleNamespaces(
  ctx: BackendContext,
  bindings: RuleBinding[],
): Schemas['RuleNamespace'][] {
  return bindings
    .filter((binding) => binding.ruleIDs.length > 0)
    .map((binding) => ({
      rules: binding.ruleIDs.map((ruleID) => ({
        ruleID,
        ruleName: ctx.store.ruleRecord(ruleID)?.rule.metadata.name ?? ruleID,
      })),
      namespaces: binding.namespaces,
    }));
}

export function updateClusterAssociatedRules(
  ctx: BackendContext,
  clusterId: string,
  body: Json,
): void {
  const record = requireCluster(ctx, clusterId);
  const bindings = readBindings(ctx, body);
  const ruleNamespaces = toRuleNamespaces(ctx, bindings);
  if (ruleNamespaces.length) record.cluster.spec.ruleNamespaces = ruleNamespaces;
  else delete record.cluster.spec.ruleNamespaces;
  touch(record, ctx.clock.now());
  ctx.store.changed();
}

export function updateFleetAssociatedRules(ctx: BackendContext, fleetId: string, body: Json): void {
  const fleet = requireFleet(ctx, fleetId);
  const bindings = readBindings(ctx, body).filter((binding) => binding.ruleIDs.length > 0);
  fleet.bindings = bindings;
  // The cluster-side shape, not the reference's `string[]`: the contract reads either, and only
  // this one tells which policy is bound for which namespaces.
  const ruleNamespaces = toRuleNamespaces(ctx, bindings);
  if (ruleNamespaces.length) fleet.fleet.spec.ruleNamespaces = ruleNamespaces;
  else delete fleet.fleet.spec.ruleNamespaces;
  touch(fleet, ctx.clock.now());
  ctx.store.changed();
}

/**
 * The configuration bundle: one versioned YAML document describing fleets (description, member
 * clusters by name, bindings), permission policies (type, contents, users) and clusters' own
 * bindings. Its JSON Schema is this object; `npm run generate` writes it to
 * `src/api/generated/bundle.schema.json` (for editors and other tools) and compiles its
 * validator ahead of time, as the contract's are (no `new Function` under the page's CSP).
 *
 * Names and limits come from `../reference/names`, the rules the forms and the mock use.
 */
import { kubernetesVerbs, policyTypes } from '../reference/permissions';
import {
  clusterNamePattern,
  dnsLabelPattern,
  fleetDescriptionMaxLength,
  fleetNameMaxLength,
  fleetNamePattern,
  policyDescriptionMaxLength,
  policyNameMaxLength,
  policyNamePattern,
} from '../reference/names';

export const bundleApiVersion = 'ucs.fleet-console/v1';
export const bundleKind = 'Bundle';
/** What the console offers the bundle as. */
export const bundleFileName = 'ucs-bundle.yaml';

const pattern = (regex: RegExp) => regex.source;

const names = (item: object, description: string) => ({
  type: 'array',
  description,
  items: item,
  uniqueItems: true,
});

/** A binding: these policies for these namespaces (`*` is every namespace, present and future). */
const permission = {
  type: 'object',
  additionalProperties: false,
  required: ['policies', 'namespaces'],
  properties: {
    policies: {
      ...names(
        { type: 'string', pattern: pattern(policyNamePattern), maxLength: policyNameMaxLength },
        'Names of the policies bound.',
      ),
      minItems: 1,
    },
    namespaces: {
      ...names(
        { type: 'string', anyOf: [{ const: '*' }, { pattern: pattern(dnsLabelPattern) }] },
        'Namespaces the policies apply in; `*` is every namespace, including ones created later.',
      ),
      minItems: 1,
    },
  },
};

const permissions = {
  type: 'array',
  description: 'The whole list of bindings: policies not named here are unbound.',
  items: permission,
};

const clusterName = { type: 'string', pattern: pattern(clusterNamePattern) };

export const bundleSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/ucs-fleet-console/bundle.schema.json',
  title: 'UCS Fleet Console configuration bundle',
  description:
    'Fleets, permission policies and cluster bindings of a UCS account. Objects are matched by name; objects the bundle does not name, and fields it leaves out, are left as they are.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind'],
  properties: {
    apiVersion: { const: bundleApiVersion },
    kind: { const: bundleKind },
    policies: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'type', 'users'],
        properties: {
          name: {
            type: 'string',
            pattern: pattern(policyNamePattern),
            maxLength: policyNameMaxLength,
          },
          type: { enum: [...policyTypes] },
          description: { type: 'string', maxLength: policyDescriptionMaxLength },
          users: names({ type: 'string', minLength: 1 }, 'IAM user IDs the policy applies to.'),
          contents: {
            type: 'array',
            description: 'What a custom policy grants: each verb on each resource.',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['verbs', 'resources'],
              properties: {
                verbs: {
                  ...names({ enum: [...kubernetesVerbs] }, 'Kubernetes verbs.'),
                  minItems: 1,
                },
                resources: {
                  ...names({ type: 'string', minLength: 1 }, 'Kubernetes resources; `*` is all.'),
                  minItems: 1,
                },
              },
            },
          },
        },
        // Contents belong to custom policies, and a custom policy needs them.
        if: { properties: { type: { const: 'custom' } } },
        then: { required: ['contents'] },
        else: { not: { required: ['contents'] } },
      },
    },
    fleets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: {
            type: 'string',
            pattern: pattern(fleetNamePattern),
            maxLength: fleetNameMaxLength,
          },
          description: { type: 'string', maxLength: fleetDescriptionMaxLength },
          clusters: names(clusterName, 'Names of the member clusters: the whole list.'),
          permissions,
        },
      },
    },
    clusters: {
      type: 'array',
      description: "Clusters' own bindings (inactive while the cluster is in a fleet).",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'permissions'],
        properties: { name: clusterName, permissions },
      },
    },
  },
} as const;

/** A binding in a bundle. */
export interface BundlePermission {
  policies: string[];
  namespaces: string[];
}

export interface BundlePolicy {
  name: string;
  type: (typeof policyTypes)[number];
  /** Absent: left as it is. */
  description?: string;
  users: string[];
  contents?: { verbs: string[]; resources: string[] }[];
}

export interface BundleFleet {
  name: string;
  /** Absent: left as it is. */
  description?: string;
  /** Absent: membership is left as it is. */
  clusters?: string[];
  /** Absent: bindings are left as they are. */
  permissions?: BundlePermission[];
}

export interface BundleCluster {
  name: string;
  permissions: BundlePermission[];
}

/** The document, as the schema describes it. */
export interface Bundle {
  apiVersion: typeof bundleApiVersion;
  kind: typeof bundleKind;
  policies?: BundlePolicy[];
  fleets?: BundleFleet[];
  clusters?: BundleCluster[];
}

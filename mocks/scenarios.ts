/**
 * Scenarios: the demo seed changed past what the rules accept, to see how the console copes with
 * what a real UCS could still send. `?mock-scenario=hostile-text` in the demo's URL (not
 * persisted, like `?mock-scale`), or `createBackend({ scenario: 'hostile-text' })`.
 *
 * - `hostile-text`: names, descriptions, labels, messages and user ids of 100,000 characters
 *   without a space, and names that start with U+202E RIGHT-TO-LEFT OVERRIDE (which would show
 *   "\u202Egnp.exe" as "exe.png" and reorder the words around it).
 */
import type { MockState } from './store';

/** A text of `length` characters (100,000 unless told) without a space, starting with `label`. */
export function longText(label: string, length = 100_000): string {
  const filler = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return (label + filler.repeat(Math.ceil(length / filler.length))).slice(0, length);
}

/** The right-to-left override trick: shows as "exe.png" unless isolated. */
export const rloName = '\u202Egnp.exe';

/** What `hostile-text` changes, by seed name, so tests can find it. */
export const hostileText = {
  clusters: {
    /** Renamed to a 100,000-character name, with long labels, annotations and conditions. */
    long: { seed: 'prod-beijing-cce', name: longText('clustername') },
    /** Renamed to `rloName`; unavailable, with the long message (the overview lists it). */
    rlo: { seed: 'openshift-frankfurt', name: rloName },
  },
  fleets: {
    /** A long name and description; its federation condition's message is long too. */
    long: { seed: 'cluster-test', name: longText('fleetname'), description: longText('fleetdesc') },
    rlo: { seed: 'staging-global', name: rloName, description: rloName },
    /** Its last federation job failed, with a long reason on the job, its step and the fleet. */
    failed: { seed: 'retail-edge', reason: longText('federationfailure') },
  },
  policies: {
    long: { seed: 'readonly', name: longText('policyname'), description: longText('policydesc') },
    rlo: { seed: 'develop', name: rloName },
  },
  /** Added to the users of the `long` policy. */
  users: { long: longText('iamuser'), rlo: rloName },
  /** Every cluster condition's reason and message on the long cluster. */
  condition: { reason: longText('conditionreason'), message: longText('conditionmessage') },
  label: { key: 'example.com/long', value: longText('labelvalue') },
} as const;

function named<T extends { metadata: { name: string } }>(items: T[], name: string): T | undefined {
  return items.find((item) => item.metadata.name === name);
}

function hostile(state: MockState): void {
  const { clusters, fleets, policies, users, condition, label } = hostileText;
  const all = state.clusters.map((record) => record.cluster);
  const longCluster = named(all, clusters.long.seed);
  if (longCluster) {
    longCluster.metadata.name = clusters.long.name;
    longCluster.metadata.labels = { ...longCluster.metadata.labels, [label.key]: label.value };
    longCluster.metadata.annotations = {
      ...longCluster.metadata.annotations,
      [label.key]: label.value,
    };
    longCluster.status.conditions = (longCluster.status.conditions ?? []).map((item) => ({
      ...item,
      reason: condition.reason,
      message: condition.message,
    }));
  }
  const rloCluster = named(all, clusters.rlo.seed);
  if (rloCluster) {
    rloCluster.metadata.name = clusters.rlo.name;
    rloCluster.status.message = condition.message;
  }

  const fleetsByName = (name: string) =>
    named(
      state.fleets.map((record) => record.fleet),
      name,
    );
  const longFleet = fleetsByName(fleets.long.seed);
  if (longFleet) {
    longFleet.metadata.name = fleets.long.name;
    longFleet.spec.description = fleets.long.description;
    for (const item of longFleet.status.conditions ?? []) item.message = condition.message;
  }
  const rloFleet = fleetsByName(fleets.rlo.seed);
  if (rloFleet) {
    rloFleet.metadata.name = fleets.rlo.name;
    rloFleet.spec.description = fleets.rlo.description;
  }
  const failedFleet = fleetsByName(fleets.failed.seed);
  const record = failedFleet && state.federations[failedFleet.metadata.uid];
  if (failedFleet && record) {
    // As UCS shows a federation whose enabling job failed at its third step.
    delete failedFleet.spec.federationId;
    delete failedFleet.spec.federationVersion;
    failedFleet.status.conditions = (failedFleet.status.conditions ?? []).map((item) =>
      item.type === 'Federation'
        ? { ...item, status: 'Failed', reason: 'FederationFailed', message: fleets.failed.reason }
        : item,
    );
    // The job and its steps are worked out from the plan on every progress read.
    record.plan = record.plan.map((item, index) =>
      index === 2 ? { ...item, fails: true, reason: fleets.failed.reason } : item,
    );
  }

  const rules = state.rules.map((item) => item.rule);
  const longPolicy = named(rules, policies.long.seed);
  if (longPolicy) {
    longPolicy.metadata.name = policies.long.name;
    longPolicy.spec.description = policies.long.description;
    longPolicy.spec.iamUserIDs = [...(longPolicy.spec.iamUserIDs ?? []), users.long, users.rlo];
  }
  const rloPolicy = named(rules, policies.rlo.seed);
  if (rloPolicy) rloPolicy.metadata.name = policies.rlo.name;

  // Bindings carry the policies' names (spec.ruleNamespaces): the new ones, as UCS would show.
  const names = new Map(rules.map((rule) => [rule.metadata.uid, rule.metadata.name]));
  for (const owner of [...all, ...state.fleets.map((item) => item.fleet)]) {
    for (const entry of owner.spec.ruleNamespaces ?? []) {
      if (typeof entry === 'string') continue;
      for (const rule of entry.rules ?? [])
        rule.ruleName = names.get(rule.ruleID ?? '') ?? rule.ruleName;
    }
  }
}

export const scenarios = { 'hostile-text': hostile } satisfies Record<
  string,
  (state: MockState) => void
>;

export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(name: string | null | undefined): name is ScenarioName {
  return name !== null && name !== undefined && Object.hasOwn(scenarios, name);
}

/**
 * What a plan does to access: the account's lists as they would be after every step (objects
 * the plan creates get a stand-in id), and access computed before and after by the access
 * module, as every other preview does.
 */
import { computeAccess } from '../access/effectiveAccess';
import { diffAccess, type AccessImpact } from '../access/impact';
import type { NormalizedCluster, NormalizedClusterGroup, NormalizedRule } from '../normalize';
import type { BundleFacts } from './export';
import type { BundlePlan } from './plan';
import type { BundlePermission } from './schema';

const plannedId = (kind: 'policy' | 'fleet', name: string) => `planned:${kind}:${name}`;

/** The lists after the plan, without sending anything. The input is not modified. */
export function factsAfterPlan(plan: BundlePlan, facts: BundleFacts): BundleFacts {
  const rules = new Map(facts.rules.map((rule) => [rule.metadata.uid, rule]));
  const fleets = new Map(facts.fleets.map((fleet) => [fleet.metadata.uid, fleet]));
  const clusters = new Map(facts.clusters.map((cluster) => [cluster.metadata.uid, cluster]));
  const policyId = new Map(
    facts.rules.map((rule) => [rule.metadata.name ?? '', rule.metadata.uid]),
  );
  const fleetId = new Map(
    facts.fleets.map((fleet) => [fleet.metadata.name ?? '', fleet.metadata.uid]),
  );
  const ruleNamespaces = (permissions: readonly BundlePermission[]) =>
    permissions.map((entry) => ({
      rules: entry.policies.map((name) => ({
        ruleID: policyId.get(name) ?? plannedId('policy', name),
        ruleName: name,
      })),
      namespaces: [...entry.namespaces],
    }));
  const setCluster = (id: string, spec: Partial<NormalizedCluster['spec']>) => {
    const cluster = clusters.get(id);
    if (cluster) clusters.set(id, { ...cluster, spec: { ...cluster.spec, ...spec } });
  };

  for (const step of plan.steps) {
    switch (step.kind) {
      case 'createPolicy': {
        const uid = plannedId('policy', step.policy);
        policyId.set(step.policy, uid);
        rules.set(uid, {
          metadata: { uid, name: step.policy },
          spec: { ...step.request.spec },
        } as NormalizedRule);
        break;
      }
      case 'updatePolicy': {
        const rule = rules.get(step.ruleId);
        if (rule) rules.set(step.ruleId, { ...rule, spec: { ...rule.spec, ...step.request.spec } });
        break;
      }
      case 'createFleet': {
        const uid = plannedId('fleet', step.fleet);
        fleetId.set(step.fleet, uid);
        fleets.set(uid, {
          metadata: { uid, name: step.fleet },
          spec: { description: step.description },
          status: { conditions: [] },
        } as NormalizedClusterGroup);
        break;
      }
      case 'updateFleetDescription':
        break; // no access in a description
      case 'leaveFleet':
        setCluster(step.clusterId, { clusterGroupID: '' });
        break;
      case 'joinFleet':
        setCluster(step.clusterId, {
          clusterGroupID: fleetId.get(step.fleet) ?? plannedId('fleet', step.fleet),
        });
        break;
      case 'setFleetPermissions': {
        const id = fleetId.get(step.fleet) ?? plannedId('fleet', step.fleet);
        const fleet = fleets.get(id);
        if (fleet)
          fleets.set(id, {
            ...fleet,
            spec: { ...fleet.spec, ruleNamespaces: ruleNamespaces(step.permissions) },
          });
        break;
      }
      case 'setClusterPermissions':
        setCluster(step.clusterId, { ruleNamespaces: ruleNamespaces(step.permissions) });
        break;
    }
  }
  return {
    rules: [...rules.values()],
    fleets: [...fleets.values()],
    clusters: [...clusters.values()],
  };
}

/** Who gains and loses what if the plan is applied. */
export function planImpact(plan: BundlePlan, facts: BundleFacts): AccessImpact {
  return diffAccess(computeAccess(facts), computeAccess(factsAfterPlan(plan, facts)));
}

/**
 * Applying a plan: one request per step, in the plan's order, each step's outcome reported as it
 * ends (the bulk pattern: per-item results, never a rejection). Objects the plan creates are
 * named by later steps; their ids come from the create's answer. A step whose object could not
 * be created is skipped, saying which; with `stopOnError`, everything after a failure is skipped.
 */
import { apiErrorFromFailure, type ApiError } from '../errors';
import type { ReadData, ReadId, ReadVars } from '../operationSet';
import type { Write } from '../query';
import type { BundleFacts } from './export';
import type { BundlePlan, PlanStep } from './plan';
import type { BundlePermission } from './schema';

/** How a plan reaches UCS: the page's query layer, or the command line's client. */
export interface BundleApi {
  write: (write: Write) => Promise<unknown>;
  read: <Id extends ReadId>(id: Id, vars: ReadVars<Id>) => Promise<ReadData<Id>>;
}

export type StepResult =
  | { step: PlanStep; status: 'done' }
  | { step: PlanStep; status: 'failed'; error: ApiError }
  /** Not sent: an earlier step failed (`stopOnError`), or the policy or fleet it needs was not created. */
  | { step: PlanStep; status: 'skipped'; missing?: { kind: 'policy' | 'fleet'; name: string } };

export interface ApplyOptions {
  stopOnError?: boolean;
  /** Called as each step ends, in order. */
  onStep?: (result: StepResult, index: number) => void;
}

class Missing extends Error {
  constructor(readonly missing: { kind: 'policy' | 'fleet'; name: string }) {
    super(`${missing.kind} ${missing.name} does not exist`);
  }
}

function uidOf(answer: unknown): string | undefined {
  const uid = (answer as { uid?: unknown } | null)?.uid;
  return typeof uid === 'string' && uid ? uid : undefined;
}

export async function applyPlan(
  plan: BundlePlan,
  facts: BundleFacts,
  api: BundleApi,
  { stopOnError = false, onStep }: ApplyOptions = {},
): Promise<StepResult[]> {
  const policyIds = new Map(
    facts.rules.map((rule) => [rule.metadata.name ?? '', rule.metadata.uid]),
  );
  const fleetIds = new Map(
    facts.fleets.map((fleet) => [fleet.metadata.name ?? '', fleet.metadata.uid]),
  );
  const idOf = (kind: 'policy' | 'fleet', name: string) => {
    const id = (kind === 'policy' ? policyIds : fleetIds).get(name);
    if (!id) throw new Missing({ kind, name });
    return id;
  };
  const ruleIDNamespaces = (permissions: readonly BundlePermission[]) =>
    permissions.map((entry) => ({
      ruleIDs: entry.policies.map((name) => idOf('policy', name)),
      namespaces: [...entry.namespaces],
    }));
  // A create that answers without the id (the reference's tables make it optional): look it up.
  const created = async (kind: 'policy' | 'fleet', name: string, answer: unknown) => {
    let id = uidOf(answer);
    if (!id) {
      const list =
        kind === 'policy'
          ? (await api.read('listRules', {})).items
          : (await api.read('listClusterGroups', {})).items;
      id = list.find((item) => item.metadata.name === name)?.metadata.uid;
    }
    if (id) (kind === 'policy' ? policyIds : fleetIds).set(name, id);
  };

  const send = async (step: PlanStep): Promise<void> => {
    switch (step.kind) {
      case 'createPolicy':
        return created(
          'policy',
          step.policy,
          await api.write({ id: 'createRule', vars: { body: step.request } }),
        );
      case 'updatePolicy':
        await api.write({ id: 'updateRule', vars: { ruleid: step.ruleId, body: step.request } });
        return;
      case 'createFleet':
        return created(
          'fleet',
          step.fleet,
          await api.write({
            id: 'createClusterGroup',
            vars: {
              body: {
                metadata: { name: step.fleet },
                ...(step.description ? { spec: { description: step.description } } : {}),
              },
            },
          }),
        );
      case 'updateFleetDescription':
        await api.write({
          id: 'updateClusterGroupDescription',
          vars: { clustergroupid: step.fleetId, description: step.description },
        });
        return;
      case 'leaveFleet':
        await api.write({ id: 'unjoinClusterGroup', vars: { clusterid: step.clusterId } });
        return;
      case 'joinFleet':
        await api.write({
          id: 'joinClusterGroup',
          vars: { clusterid: step.clusterId, clustergroupid: idOf('fleet', step.fleet) },
        });
        return;
      case 'setFleetPermissions':
        await api.write({
          id: 'updateClusterGroupAssociatedRules',
          vars: {
            clustergroupid: idOf('fleet', step.fleet),
            body: { ruleIDNamespaces: ruleIDNamespaces(step.permissions) },
          },
        });
        return;
      case 'setClusterPermissions':
        await api.write({
          id: 'updateClusterAssociatedRules',
          vars: {
            clusterid: step.clusterId,
            body: { ruleIDNamespaces: ruleIDNamespaces(step.permissions) },
          },
        });
        return;
    }
  };

  const results: StepResult[] = [];
  let stopped = false;
  for (const [index, step] of plan.steps.entries()) {
    let result: StepResult;
    if (stopped) {
      result = { step, status: 'skipped' };
    } else {
      try {
        await send(step);
        result = { step, status: 'done' };
      } catch (error) {
        result =
          error instanceof Missing
            ? { step, status: 'skipped', missing: error.missing }
            : { step, status: 'failed', error: apiErrorFromFailure(error) };
        if (stopOnError && result.status === 'failed') stopped = true;
      }
    }
    results.push(result);
    onStep?.(result, index);
  }
  return results;
}

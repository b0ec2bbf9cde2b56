import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { cidrPattern, clusterNamePattern } from '@/api/reference/names';
import type { NormalizedCluster } from '@/api/normalize';
import type { RegisterClusterRequest } from '@/api/types';
import { clusterKinds } from '@/api/reference/clusterKinds';
import { locationRules, locationSpec } from '../LocationFields';
import { parseKubeconfig, selectContext, type KubeconfigProblem } from './kubeconfig';
import { labelProblems, labelsObject, type LabelRow } from './labels';

type Category = RegisterClusterRequest['spec']['category'];

/**
 * Everything the wizard holds, in one `useForm` of the page, so no step loses what was typed.
 * A message is kept at the value its field edits (`form.errors.name`, `form.errors.country`).
 */
export interface RegisterValues {
  category: Category | '';
  /**
   * The cluster type of table 5.7; for an import, the CCE cluster's. A problem with the kind as
   * a whole (none chosen, or refused by UCS) is kept here: every choice of a kind sets `type`,
   * so the message goes as soon as the operator chooses again.
   */
  type: string;
  cceClusterId: string;
  name: string;
  labels: LabelRow[];
  country: string;
  city: string;
  fleetId: string;
  kubeconfigText: string;
  /** The chosen context; empty means the kubeconfig's current-context. */
  context: string;
  podCIDR: string;
  serviceCIDR: string;
}

export type RegisterFormApi = UseFormReturnType<RegisterValues>;

export const emptyValues: RegisterValues = {
  category: '',
  type: '',
  cceClusterId: '',
  name: '',
  labels: [],
  country: '',
  city: '',
  fleetId: '',
  kubeconfigText: '',
  context: '',
  podCIDR: '',
  serviceCIDR: '',
};

/** The values a message can be shown at. */
export type FormField =
  | 'type'
  | 'cceClusterId'
  | 'name'
  | 'labels'
  | 'country'
  | 'city'
  | 'fleetId'
  | 'kubeconfigText'
  | 'podCIDR'
  | 'serviceCIDR';

/** The wizard step a field is on: 0 kind, 1 details. */
export function stepOf(field: string): number {
  return field === 'type' || field === 'cceClusterId' ? 0 : 1;
}

export function kindsOf(category: string) {
  return clusterKinds.filter((kind) => kind.category === category);
}

/** The provider of table 5.7 for the chosen category and type. */
export function providerOf(values: RegisterValues): string {
  return kindsOf(values.category).find((kind) => kind.type === values.type)?.provider ?? '';
}

export function kubeconfigState(values: Pick<RegisterValues, 'kubeconfigText' | 'context'>) {
  if (!values.kubeconfigText.trim()) return undefined;
  const parsed = parseKubeconfig(values.kubeconfigText);
  if (!parsed.ok) return { parsed, check: undefined };
  const contextName = values.context || parsed.currentContext || parsed.contexts[0]?.name || '';
  return { parsed, contextName, check: selectContext(parsed.document, contextName) };
}

/** What is wrong with a pasted kubeconfig, in words; undefined while nothing is. */
export function kubeconfigProblemText(
  state: ReturnType<typeof kubeconfigState>,
  t: TFunction,
): string | undefined {
  const problem: KubeconfigProblem | undefined =
    state && !state.parsed.ok
      ? state.parsed.problem
      : state?.check && !state.check.ok
        ? state.check.problem
        : undefined;
  // The key is built from data, so the typed `t` cannot check it; every KubeconfigProblem key
  // exists under clusters.kubeconfig in messages.ts.
  const translate = t as unknown as (key: string, values?: Record<string, string>) => string;
  return problem && translate(`clusters.kubeconfig.${problem.key}`, problem.values);
}

type Messages = Partial<Record<FormField, string>>;

/** What stops the kind step: a kind, and for an import the CCE cluster. */
function kindProblems(values: RegisterValues, t: TFunction): Messages {
  if (!values.category || !values.type) return { type: t('clusters.wizardKind.label') };
  if (values.category === 'self' && !values.cceClusterId)
    return { cceClusterId: t('clusters.wizardKind.cceRequired') };
  return {};
}

/** What stops the details step, checked in the browser before UCS is asked. */
function detailsProblems(values: RegisterValues, t: TFunction): Messages {
  const errors: Messages = {};
  if (values.category !== 'self' && !clusterNamePattern.test(values.name))
    errors.name = t('clusters.wizard.nameInvalid');
  // Each row's problem shows at its row; this one only holds the step back.
  if (labelProblems(values.labels).size > 0) errors.labels = t('clusters.wizard.labelKeyInvalid');
  const location = locationRules(t);
  errors.country = location.country(values.country) ?? undefined;
  if (!errors.country) errors.city = location.city(values.city, values) ?? undefined;
  if (values.category === 'attachedcluster') {
    const state = kubeconfigState(values);
    errors.kubeconfigText = state
      ? kubeconfigProblemText(state, t)
      : t('clusters.wizard.kubeconfigRequired');
  }
  if (values.category === 'multicloud') {
    for (const field of ['podCIDR', 'serviceCIDR'] as const) {
      if (values[field] && !cidrPattern.test(values[field]))
        errors[field] = t('clusters.wizard.cidrInvalid');
    }
  }
  return errors;
}

/**
 * The wizard's rules for `useForm`: only the fields of the step on screen are checked, so Next
 * moves on once this step is right (Mantine's stepper-with-form pattern). The review has none.
 */
export function stepRules(step: number, t: TFunction) {
  return (values: RegisterValues): Messages =>
    step === 0 ? kindProblems(values, t) : step === 1 ? detailsProblems(values, t) : {};
}

/** The request `POST /v1/clusters` gets (section 3.1.3), exactly as it is sent. */
export function buildRequest(
  values: RegisterValues,
  cceCluster: NormalizedCluster | undefined,
): RegisterClusterRequest {
  const labels = labelsObject(values.labels);
  const fleet = values.fleetId
    ? { manageType: 'grouped' as const, clusterGroupID: values.fleetId }
    : { manageType: 'discrete' as const, clusterGroupID: '' };
  const location = locationSpec(values);
  const category = values.category as Category;
  if (category === 'self') {
    return {
      kind: 'Cluster',
      apiVersion: 'v1',
      metadata: {
        uid: values.cceClusterId,
        name: cceCluster?.metadata.name ?? '',
        ...(labels ? { labels } : {}),
      },
      spec: {
        category,
        type: values.type as RegisterClusterRequest['spec']['type'],
        provider: 'huaweicloud',
        ...location,
        ...(cceCluster?.spec.region ? { region: cceCluster.spec.region } : {}),
        ...(cceCluster?.spec.projectID ? { projectID: cceCluster.spec.projectID } : {}),
        ...fleet,
      },
    };
  }
  const kubeconfig = category === 'attachedcluster' ? kubeconfigState(values)?.check : undefined;
  const network =
    category === 'multicloud' && (values.podCIDR || values.serviceCIDR)
      ? {
          network: {
            ...(values.podCIDR ? { podCIDR: values.podCIDR } : {}),
            ...(values.serviceCIDR ? { serviceCIDR: values.serviceCIDR } : {}),
          },
        }
      : {};
  return {
    kind: 'Cluster',
    apiVersion: 'v1',
    metadata: {
      name: values.name,
      ...(labels ? { labels } : {}),
      ...(kubeconfig?.ok ? { annotations: { kubeconfig: kubeconfig.kubeconfig } } : {}),
    },
    spec: {
      category,
      type: values.type as RegisterClusterRequest['spec']['type'],
      provider: providerOf(values) as RegisterClusterRequest['spec']['provider'],
      ...location,
      ...fleet,
      ...network,
    },
  };
}

/** The request as shown at the review: the kubeconfig shortened so credentials stay off screen. */
export function redactedRequest(request: RegisterClusterRequest): RegisterClusterRequest {
  const kubeconfig = request.metadata.annotations?.kubeconfig;
  if (!kubeconfig) return request;
  return {
    ...request,
    metadata: {
      ...request.metadata,
      annotations: {
        ...request.metadata.annotations,
        kubeconfig: `<kubeconfig, ${kubeconfig.length} characters>`,
      },
    },
  };
}

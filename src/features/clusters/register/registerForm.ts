import { cidrPattern, clusterNamePattern } from '@/api/reference/names';
import type { ApiError } from '@/api/errors';
import type { NormalizedCluster } from '@/api/normalize';
import type { RegisterClusterRequest } from '@/api/types';
import { clusterKinds } from '@/api/reference/clusterKinds';
import { locationSpec, type LocationValue } from '../LocationFields';
import { parseKubeconfig, selectContext, type KubeconfigProblem } from './kubeconfig';
import { labelProblems, labelsObject, type LabelRow } from './labels';

type Category = RegisterClusterRequest['spec']['category'];

/** Everything the wizard holds; it lives in the page, so no step loses what was typed. */
export interface RegisterForm {
  category: Category | '';
  /** The cluster type of table 5.7; for an import, the CCE cluster's. */
  type: string;
  cceClusterId: string;
  name: string;
  labels: LabelRow[];
  location: LocationValue;
  fleetId: string;
  kubeconfigText: string;
  /** The chosen context; empty means the kubeconfig's current-context. */
  context: string;
  podCIDR: string;
  serviceCIDR: string;
}

export const emptyForm: RegisterForm = {
  category: '',
  type: '',
  cceClusterId: '',
  name: '',
  labels: [],
  location: { country: '', city: '' },
  fleetId: '',
  kubeconfigText: '',
  context: '',
  podCIDR: '',
  serviceCIDR: '',
};

/** The fields a message can be shown at. */
export type FormField =
  | 'kind'
  | 'cce'
  | 'name'
  | 'labels'
  | 'country'
  | 'city'
  | 'fleet'
  | 'kubeconfig'
  | 'podCIDR'
  | 'serviceCIDR';

/** The wizard step a field is on: 0 kind, 1 details. */
export function stepOf(field: FormField): number {
  return field === 'kind' || field === 'cce' ? 0 : 1;
}

export function kindsOf(category: string) {
  return clusterKinds.filter((kind) => kind.category === category);
}

/** The provider of table 5.7 for the chosen category and type. */
export function providerOf(form: RegisterForm): string {
  return kindsOf(form.category).find((kind) => kind.type === form.type)?.provider ?? '';
}

export function kubeconfigState(form: RegisterForm) {
  if (!form.kubeconfigText.trim()) return undefined;
  const parsed = parseKubeconfig(form.kubeconfigText);
  if (!parsed.ok) return { parsed, check: undefined };
  const contextName = form.context || parsed.currentContext || parsed.contexts[0]?.name || '';
  return { parsed, contextName, check: selectContext(parsed.document, contextName) };
}

export type Problem =
  | { message: 'key'; key: string; values?: Record<string, string> }
  | { message: 'text'; text: string };

export type FormErrors = Partial<Record<FormField, Problem>>;

const kubeconfigProblem = (problem: KubeconfigProblem): Problem => ({
  message: 'key',
  key: `clusters.kubeconfig.${problem.key}`,
  values: problem.values,
});

/** What stops the kind step: a kind, and for an import the CCE cluster. */
export function validateKind(form: RegisterForm): FormErrors {
  if (!form.category || !form.type)
    return { kind: { message: 'key', key: 'clusters.wizardKind.label' } };
  if (form.category === 'self' && !form.cceClusterId)
    return { cce: { message: 'key', key: 'clusters.wizardKind.cceRequired' } };
  return {};
}

/** What stops the details step, checked in the browser before UCS is asked. */
export function validateDetails(form: RegisterForm): FormErrors {
  const errors: FormErrors = {};
  if (form.category !== 'self' && !clusterNamePattern.test(form.name))
    errors.name = { message: 'key', key: 'clusters.wizard.nameInvalid' };
  if (labelProblems(form.labels).size > 0)
    errors.labels = { message: 'key', key: 'clusters.wizard.labelKeyInvalid' };
  if (!form.location.country)
    errors.country = { message: 'key', key: 'clusters.wizard.countryRequired' };
  else if (form.location.country === 'CN' && !form.location.city)
    errors.city = { message: 'key', key: 'clusters.wizard.cityRequired' };
  if (form.category === 'attachedcluster') {
    const state = kubeconfigState(form);
    if (!state) errors.kubeconfig = { message: 'key', key: 'clusters.wizard.kubeconfigRequired' };
    else if (!state.parsed.ok) errors.kubeconfig = kubeconfigProblem(state.parsed.problem);
    else if (state.check && !state.check.ok)
      errors.kubeconfig = kubeconfigProblem(state.check.problem);
  }
  if (form.category === 'multicloud') {
    for (const field of ['podCIDR', 'serviceCIDR'] as const) {
      if (form[field] && !cidrPattern.test(form[field]))
        errors[field] = { message: 'key', key: 'clusters.wizard.cidrInvalid' };
    }
  }
  return errors;
}

export { kubeconfigProblem };

/** The request `POST /v1/clusters` gets (section 3.1.3), exactly as it is sent. */
export function buildRequest(
  form: RegisterForm,
  cceCluster: NormalizedCluster | undefined,
): RegisterClusterRequest {
  const labels = labelsObject(form.labels);
  const fleet = form.fleetId
    ? { manageType: 'grouped' as const, clusterGroupID: form.fleetId }
    : { manageType: 'discrete' as const, clusterGroupID: '' };
  const location = locationSpec(form.location);
  const category = form.category as Category;
  if (category === 'self') {
    return {
      kind: 'Cluster',
      apiVersion: 'v1',
      metadata: {
        uid: form.cceClusterId,
        name: cceCluster?.metadata.name ?? '',
        ...(labels ? { labels } : {}),
      },
      spec: {
        category,
        type: form.type as RegisterClusterRequest['spec']['type'],
        provider: 'huaweicloud',
        ...location,
        ...(cceCluster?.spec.region ? { region: cceCluster.spec.region } : {}),
        ...(cceCluster?.spec.projectID ? { projectID: cceCluster.spec.projectID } : {}),
        ...fleet,
      },
    };
  }
  const kubeconfig = category === 'attachedcluster' ? kubeconfigState(form)?.check : undefined;
  const network =
    category === 'multicloud' && (form.podCIDR || form.serviceCIDR)
      ? {
          network: {
            ...(form.podCIDR ? { podCIDR: form.podCIDR } : {}),
            ...(form.serviceCIDR ? { serviceCIDR: form.serviceCIDR } : {}),
          },
        }
      : {};
  return {
    kind: 'Cluster',
    apiVersion: 'v1',
    metadata: {
      name: form.name,
      ...(labels ? { labels } : {}),
      ...(kubeconfig?.ok ? { annotations: { kubeconfig: kubeconfig.kubeconfig } } : {}),
    },
    spec: {
      category,
      type: form.type as RegisterClusterRequest['spec']['type'],
      provider: providerOf(form) as RegisterClusterRequest['spec']['provider'],
      ...location,
      ...fleet,
      ...network,
    },
  };
}

/** Fields named at the start of a 400 UCS.00000012 message ("metadata.labels key …"). */
const bodyFields: [string, FormField][] = [
  ['metadata.name', 'name'],
  ['metadata.labels', 'labels'],
  ['metadata.annotations.kubeconfig', 'kubeconfig'],
  ['spec.country', 'country'],
  ['spec.city', 'city'],
  ['spec.clusterGroupID', 'fleet'],
  ['spec.network.podCIDR', 'podCIDR'],
  ['spec.network.serviceCIDR', 'serviceCIDR'],
  ['spec.type', 'kind'],
  ['spec.provider', 'kind'],
  ['spec.category', 'kind'],
];

/**
 * The field a refused registration belongs to, from the UCS error code (table 5-1) — or, for a
 * generic "invalid body", from the field the message names. Undefined: show it at the review.
 */
export function fieldOfError(error: ApiError, category: string): FormField | undefined {
  switch (error.code) {
    case 'UCS.01030003':
      return category === 'self' ? 'cce' : 'name';
    case 'UCS.01030008':
      return 'kubeconfig';
    case 'UCS.01030011':
      return 'kind';
    case 'UCS.01030012':
    case 'UCS.01030001':
    case 'UCS.01030010':
      return 'cce';
    case 'UCS.01100005':
    case 'UCS.01100001':
      return 'fleet';
    case 'UCS.00000012':
      return bodyFields.find(([prefix]) => error.message.startsWith(prefix))?.[1];
    default:
      return undefined;
  }
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

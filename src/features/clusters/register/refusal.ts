import { isApiError, type ApiError } from '@/api/errors';
import type { FormField } from './registerForm';

/** Fields named at the start of a 400 UCS.00000012 message ("metadata.labels key …"). */
const bodyFields: [string, FormField][] = [
  ['metadata.name', 'name'],
  ['metadata.labels', 'labels'],
  ['metadata.annotations.kubeconfig', 'kubeconfigText'],
  ['spec.country', 'country'],
  ['spec.city', 'city'],
  ['spec.clusterGroupID', 'fleetId'],
  ['spec.network.podCIDR', 'podCIDR'],
  ['spec.network.serviceCIDR', 'serviceCIDR'],
  ['spec.type', 'type'],
  ['spec.provider', 'type'],
  ['spec.category', 'type'],
];

/**
 * The field a refused registration belongs to, from the UCS error code (table 5-1) — or, for a
 * generic "invalid body", from the field the message names. Undefined: show it at the review.
 */
export function fieldOfError(error: unknown, category: string): FormField | undefined {
  if (!isApiError(error)) return undefined;
  switch (error.code) {
    case 'UCS.01030003':
      return category === 'self' ? 'cceClusterId' : 'name';
    case 'UCS.01030008':
      return 'kubeconfigText';
    case 'UCS.01030011':
      return 'type';
    case 'UCS.01030012':
    case 'UCS.01030001':
    case 'UCS.01030010':
      return 'cceClusterId';
    case 'UCS.01100005':
    case 'UCS.01100001':
      return 'fleetId';
    case 'UCS.00000012':
      return bodyFields.find(([prefix]) => error.message.startsWith(prefix))?.[1];
    default:
      return undefined;
  }
}

/** UCS's refusal as shown at its field: the message with its code. */
export function refusalText(error: ApiError): string {
  return `${error.message} (${error.code})`;
}

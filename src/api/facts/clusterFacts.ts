/**
 * What the cluster pages say about a cluster, derived from the normalised object and the
 * reference tables (never re-typed codes): location names, kind labels, version support,
 * federation state, nodes and resources.
 */
import type { NormalizedCluster } from '../normalize';
import { clusterKinds, findClusterKind } from '../reference/clusterKinds';
import { provinceOf, ucsCityNames, ucsCountries } from '../reference/locations';

/** Country name in the UI language when the browser knows it, else the reference's English. */
export function countryName(code: string | undefined, language: string): string | undefined {
  if (!code) return undefined;
  const reference = ucsCountries[code];
  if (!reference) return code;
  if (language.startsWith('en')) return reference;
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? reference;
  } catch {
    return reference;
  }
}

/** "City, Province" for Chinese city codes (section 5.6); nothing for other countries. */
export function cityName(code: string | undefined, country: string | undefined, short = false) {
  if (!code || country !== 'CN' || code === country) return undefined;
  const city = ucsCityNames[code];
  if (!city) return code;
  const province = provinceOf(code);
  return province && province.code !== code && !short ? `${city}, ${province.name}` : city;
}

export function locationText(
  cluster: NormalizedCluster,
  language: string,
  { short = false }: { short?: boolean } = {},
): string | undefined {
  const country = countryName(cluster.spec.country, language);
  const city = cityName(cluster.spec.city, cluster.spec.country, short);
  if (!country) return undefined;
  return city ? `${city} · ${country}` : country;
}

export function kindLabels(cluster: NormalizedCluster) {
  const kind = findClusterKind(cluster.spec.category ?? '', cluster.spec.type ?? '');
  return {
    category: kind?.labels.category ?? cluster.spec.category ?? '',
    type: kind?.labels.type ?? cluster.spec.type ?? '',
    provider:
      kind?.labels.provider ??
      clusterKinds.find((row) => row.provider === cluster.spec.provider)?.labels.provider ??
      cluster.spec.provider ??
      '',
  };
}

/** The minor versions the version filter offers; clusters older than v1.19 cannot register. */
export const kubernetesMinorVersions = [
  ...Array.from({ length: 14 }, (_, index) => `v1.${19 + index}`),
  'unknown',
];

/** `v1.25.3-r0` → `v1.25`, the form `registeredclusterversions` lists. */
export function minorVersion(version: string | undefined): string | undefined {
  const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  return match ? `v${match[1]}.${match[2]}` : undefined;
}

/**
 * Whether UCS supports the cluster's Kubernetes version. Undefined while the supported list is
 * unknown or the cluster reports no version, so nothing is flagged on a guess.
 */
export function isVersionSupported(
  version: string | undefined,
  supported: readonly string[] | undefined,
): boolean | undefined {
  const minor = minorVersion(version);
  if (!minor || !supported) return undefined;
  return supported.some((entry) => minorVersion(entry) === minor);
}

export type FederationState = 'Federalized' | 'Federalizing' | 'FederalizeFailed' | 'none';

export function federationState(cluster: NormalizedCluster): FederationState {
  const status = cluster.status.conditions.find((item) => item.type === 'Federation')?.status;
  return status === 'Federalized' || status === 'Federalizing' || status === 'FederalizeFailed'
    ? status
    : 'none';
}

/** Third-party clusters connect through the proxy agent; Huawei Cloud (CCE) clusters do not. */
export function needsAgent(cluster: NormalizedCluster): boolean {
  return cluster.spec.category !== 'self';
}

/**
 * What the operator runs in the cluster after deregistering it: the agent's namespace holds
 * everything the access-info manifest created (Namespace `ucs-agent`, its Secret and the
 * proxy-agent Deployment). CCE clusters have no agent, so there is nothing to clean up.
 */
export function cleanupCommand(cluster: Pick<NormalizedCluster, 'spec'>): string | undefined {
  return cluster.spec.category === 'self' ? undefined : 'kubectl delete namespace ucs-agent';
}

export const clusterPhases = ['Available', 'Pending', 'Unavailable', 'Failed', 'Deleting'] as const;

export const phaseColors: Record<string, string> = {
  Available: 'green',
  Unavailable: 'red',
  Failed: 'red',
  Deleting: 'orange',
  Pending: 'yellow',
  Waiting: 'yellow',
};

/** A Kubernetes quantity (`16`, `500m`, `64Gi`, `1.5G`) as a number of base units. */
export function parseQuantity(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  const match = /^([0-9.]+)([a-zA-Z]*)$/.exec(raw.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const factors: Record<string, number> = {
    '': 1,
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
  };
  const factor = factors[match[2] ?? ''];
  return Number.isFinite(value) && factor !== undefined ? value * factor : undefined;
}

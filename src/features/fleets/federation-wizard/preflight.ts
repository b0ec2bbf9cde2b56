import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { federationStateOf } from '@/api/facts/federationState';

export type PreflightCheckId = 'hasClusters' | 'available' | 'version' | 'quota';

/**
 * `unknown`: the console cannot tell before sending (the quota); it never blocks Enable, and
 * UCS's own answer (UCS.01000017) is shown if it refuses.
 */
export type PreflightStatus = 'pass' | 'fail' | 'unknown';

export interface ClusterAtFault {
  id: string;
  name: string;
  /** What is wrong with it: its phase, or its Kubernetes version. */
  detail: string;
}

export interface PreflightCheck {
  id: PreflightCheckId;
  status: PreflightStatus;
  clusters: ClusterAtFault[];
  /** For the quota check: fleets of the project that already have (or are getting) federation. */
  federatedFleets?: number;
}

/** The oldest Kubernetes minor version UCS federates (reference 3.2.11). */
const minimumMinor = 19;

/** `v1.25.5-r0` → `v1.25`; null for anything that is not a version. */
export function minorVersion(version?: string): string | null {
  const match = /^v?(\d+)\.(\d+)/.exec(version?.trim() ?? '');
  return match ? `v${Number(match[1])}.${Number(match[2])}` : null;
}

function isAtLeastMinimum(minor: string): boolean {
  const [major = 0, rest = 0] = minor.slice(1).split('.').map(Number);
  return major > 1 || (major === 1 && rest >= minimumMinor);
}

function atFault(cluster: NormalizedCluster, detail: string): ClusterAtFault {
  return { id: cluster.metadata.uid, name: cluster.metadata.name ?? '', detail };
}

/**
 * What UCS will check when federation is enabled, computed from what the console already
 * knows, so nothing is sent that is bound to fail.
 *
 * The federation quota is not exposed by the API: a fleet holds at most one federation, and UCS
 * answers UCS.01000017 (insufficient quota) if the project has no room left. So the quota check
 * reports how many fleets already use federation and stays `unknown` rather than guessing a
 * limit; it never blocks.
 */
export function preflightChecks({
  members,
  registeredVersions,
  fleets,
}: {
  members: NormalizedCluster[];
  registeredVersions: string[];
  fleets: NormalizedClusterGroup[];
}): PreflightCheck[] {
  const registered = new Set(
    registeredVersions.map(minorVersion).filter((v): v is string => Boolean(v)),
  );
  const unavailable = members
    .filter((cluster) => cluster.status.phase !== 'Available')
    .map((cluster) => atFault(cluster, cluster.status.phase ?? ''));
  const unsupported = members
    .filter((cluster) => {
      const minor = minorVersion(cluster.status.kubernetesVersion);
      return !minor || !isAtLeastMinimum(minor) || !registered.has(minor);
    })
    .map((cluster) => atFault(cluster, cluster.status.kubernetesVersion ?? ''));
  const federatedFleets = fleets.filter(
    (fleet) => Boolean(fleet.spec.federationId) || federationStateOf(fleet).kind === 'enabling',
  ).length;

  return [
    { id: 'hasClusters', status: members.length ? 'pass' : 'fail', clusters: [] },
    {
      id: 'available',
      status: members.length && !unavailable.length ? 'pass' : 'fail',
      clusters: unavailable,
    },
    {
      id: 'version',
      status: members.length && !unsupported.length ? 'pass' : 'fail',
      clusters: unsupported,
    },
    { id: 'quota', status: 'unknown', clusters: [], federatedFleets },
  ];
}

export function preflightPasses(checks: PreflightCheck[]): boolean {
  return checks.every((check) => check.status !== 'fail');
}

import { describe, expect, it } from 'vitest';
import {
  cidrPattern,
  clusterNamePattern,
  fleetNamePattern,
  isLabelKey,
  isLabelValue,
  isNamespaceName,
  policyNamePattern,
} from './names';

describe('naming rules', () => {
  it('namespaces and fleets: RFC 1123 labels of at most 63 characters', () => {
    for (const ok of ['kube-system', 'a', '0team', 'a'.repeat(63)]) {
      expect(isNamespaceName(ok)).toBe(true);
      expect(fleetNamePattern.test(ok)).toBe(true);
    }
    for (const bad of ['', '-team', 'team-', 'Team', 'a_b', 'a'.repeat(64)]) {
      expect(isNamespaceName(bad)).toBe(false);
      expect(fleetNamePattern.test(bad)).toBe(false);
    }
  });

  it('clusters: 2–64 characters starting with a letter', () => {
    expect(clusterNamePattern.test('eks-us-east')).toBe(true);
    expect(clusterNamePattern.test('a'.repeat(64))).toBe(true);
    for (const bad of ['a', '1eks', 'eks-', 'EKS', 'a'.repeat(65)]) {
      expect(clusterNamePattern.test(bad)).toBe(false);
    }
  });

  it('policies: a ClusterRole name starting with a letter', () => {
    expect(policyNamePattern.test('ci-deployer')).toBe(true);
    for (const bad of ['Bad Name', '1st', 'ci-', ''])
      expect(policyNamePattern.test(bad)).toBe(false);
  });

  it('labels and CIDR blocks as Kubernetes and UCS read them', () => {
    expect(isLabelKey('app.kubernetes.io/name')).toBe(true);
    expect(isLabelKey('Bad Prefix/name')).toBe(false);
    expect(isLabelKey('-edge')).toBe(false);
    expect(isLabelValue('')).toBe(true);
    expect(isLabelValue('v'.repeat(64))).toBe(false);
    expect(cidrPattern.test('10.0.0.0/16')).toBe(true);
    expect(cidrPattern.test('300.0.0.0/16')).toBe(false);
    expect(cidrPattern.test('10.0.0.0/33')).toBe(false);
  });
});

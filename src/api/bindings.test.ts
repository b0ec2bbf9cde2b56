import { describe, expect, it } from 'vitest';
import {
  namespacesByRule,
  normalizeNamespaces,
  toRuleIDNamespaces,
  withRuleBinding,
} from './bindings';

const current = [
  {
    rules: [
      { ruleID: 'admin', ruleName: 'admin' },
      { ruleID: 'dev', ruleName: 'dev' },
    ],
    namespaces: ['default'],
  },
  { rules: [{ ruleID: 'viewer', ruleName: 'viewer' }], namespaces: ['*'] },
];

describe('permission policy bindings', () => {
  it('turn what UCS reports back into the request that keeps them', () => {
    expect(toRuleIDNamespaces(current)).toEqual([
      { ruleIDs: ['admin', 'dev'], namespaces: ['default'] },
      { ruleIDs: ['viewer'], namespaces: ['*'] },
    ]);
    expect(toRuleIDNamespaces(undefined)).toEqual([]);
    expect(toRuleIDNamespaces([{ rules: [], namespaces: ['default'] }])).toEqual([]);
  });

  it('bind one policy while keeping every other binding', () => {
    expect(withRuleBinding(current, 'ops', ['default', 'kube-system'])).toEqual([
      { ruleIDs: ['admin', 'dev'], namespaces: ['default'] },
      { ruleIDs: ['viewer'], namespaces: ['*'] },
      { ruleIDs: ['ops'], namespaces: ['default', 'kube-system'] },
    ]);
  });

  it('change the namespaces of a policy that is already bound', () => {
    expect(withRuleBinding(current, 'dev', ['kube-public'])).toEqual([
      { ruleIDs: ['admin'], namespaces: ['default'] },
      { ruleIDs: ['viewer'], namespaces: ['*'] },
      { ruleIDs: ['dev'], namespaces: ['kube-public'] },
    ]);
  });

  it('unbind a policy when no namespaces are left', () => {
    expect(withRuleBinding(current, 'viewer', [])).toEqual([
      { ruleIDs: ['admin', 'dev'], namespaces: ['default'] },
    ]);
  });

  it('list the namespaces of each policy', () => {
    expect(Object.fromEntries(namespacesByRule(current))).toEqual({
      admin: ['default'],
      dev: ['default'],
      viewer: ['*'],
    });
  });

  it('treat "all namespaces" as covering every other choice', () => {
    expect(normalizeNamespaces([' default ', 'default', '*', ''])).toEqual(['*']);
    expect(normalizeNamespaces(['b', 'a', 'b'])).toEqual(['b', 'a']);
  });
});

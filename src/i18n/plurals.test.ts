import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';

// The test setup loads both languages (src/test/setup.ts); each case asks i18next itself, so
// a plural form it would not pick (or a call without `count`) shows here as the wrong words.
const fixed = (language: string) => i18n.getFixedT(language);

describe('counts in both languages', () => {
  it('says "1 cluster", never "1 clusters", in English', () => {
    const t = fixed('en');
    expect(t('fleets.members.added', { count: 1, name: 'cluster-dev' })).toBe(
      '1 cluster added to cluster-dev.',
    );
    expect(t('fleets.members.addSubmit', { count: 1 })).toBe('Add 1 cluster');
    expect(t('fleets.delete.removeClusters', { count: 1 })).toBe(
      'Remove the cluster from the fleet',
    );
    expect(t('fleets.delete.hasClusters', { count: 1, names: 'a' })).toBe(
      'It still contains 1 cluster: a.',
    );
    expect(t('clusters.bulk.joinTitle', { count: 1 })).toBe('Add 1 cluster to a fleet');
    expect(t('clusters.bulk.leaveTitle', { count: 1 })).toBe('Remove 1 cluster from its fleet');
    expect(t('fleets.health.allAvailable', { count: 1 })).toBe('1 cluster, available');
    expect(t('fleets.federationTab.jobSteps', { done: 0, count: 1 })).toBe('0 of 1 step done');
    expect(t('clusters.nodesReady', { ready: 1, count: 1 })).toBe('1 of 1 node ready');
    expect(t('bulk.allSucceeded', { count: 1 })).toBe('1 succeeded');
  });

  it('says "2 clusters" and "0 clusters" in English', () => {
    const t = fixed('en');
    expect(t('fleets.members.added', { count: 2, name: 'cluster-dev' })).toBe(
      '2 clusters added to cluster-dev.',
    );
    expect(t('fleets.members.addSubmit', { count: 0 })).toBe('Add 0 clusters');
    expect(t('fleets.delete.removeClusters', { count: 3 })).toBe(
      'Remove the 3 clusters from the fleet',
    );
    expect(t('fleets.federationTab.jobSteps', { done: 1, count: 4 })).toBe('1 of 4 steps done');
  });

  it('uses the one form Chinese has for every count, 1 included', () => {
    const t = fixed('zh-CN');
    expect(t('fleets.members.added', { count: 1, name: 'cluster-dev' })).toBe(
      '已向 cluster-dev 添加 1 个集群。',
    );
    expect(t('fleets.members.addSubmit', { count: 1 })).toBe('添加 1 个集群');
    expect(t('fleets.delete.removeClusters', { count: 1 })).toBe('将这 1 个集群移出舰队');
    expect(t('fleets.members.addSubmit', { count: 5 })).toBe('添加 5 个集群');
    expect(t('fleets.federationTab.jobSteps', { done: 0, count: 1 })).toBe('已完成 0/1 步');
    expect(t('clusters.bulk.joinTitle', { count: 1 })).toBe('将 1 个集群加入舰队');
  });

  it('knows Chinese has only the "other" plural category', () => {
    expect(new Intl.PluralRules('zh-CN').resolvedOptions().pluralCategories).toEqual(['other']);
  });
});

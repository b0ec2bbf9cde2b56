import type { Messages } from '../../i18n/types';

// Strings of this feature. English is the source of the key set; zh-CN must match it.
export const en = {
  title: 'Overview',
  description: 'Your clusters, fleets and permission policies at a glance.',
  clusters: 'Clusters',
  fleets: 'Fleets',
  policies: 'Permission policies',
  available: '{{count}} available',
};

export const zhCN: Messages<typeof en> = {
  title: '总览',
  description: '集群、舰队和权限策略一览。',
  clusters: '集群',
  fleets: '舰队',
  policies: '权限策略',
  available: '{{count}} 个可用',
};

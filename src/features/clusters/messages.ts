import type { Messages } from '../../i18n/types';

// Strings of this feature. English is the source of the key set; zh-CN must match it.
export const en = {
  title: 'Clusters',
  description: 'Every cluster registered with UCS, wherever it runs.',
  empty: 'No clusters are registered yet.',
  columns: {
    name: 'Name',
    status: 'Status',
    kind: 'Category / type',
    version: 'Kubernetes',
    fleet: 'Fleet',
    created: 'Created',
  },
  notInFleet: 'Not in a fleet',
  detailTitle: 'Cluster {{name}}',
};

export const zhCN: Messages<typeof en> = {
  title: '集群',
  description: '注册到 UCS 的所有集群，无论运行在哪里。',
  empty: '尚未注册任何集群。',
  columns: {
    name: '名称',
    status: '状态',
    kind: '类别 / 类型',
    version: 'Kubernetes',
    fleet: '舰队',
    created: '创建时间',
  },
  notInFleet: '未加入舰队',
  detailTitle: '集群 {{name}}',
};

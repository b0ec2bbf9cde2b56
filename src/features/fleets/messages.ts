import type { Messages } from '../../i18n/types';

// Strings of this feature. English is the source of the key set; zh-CN must match it.
export const en = {
  title: 'Fleets',
  description: 'Groups of clusters that share permissions and, optionally, a federation.',
  empty: 'No fleets yet.',
  columns: {
    name: 'Name',
    description: 'Description',
    federation: 'Federation',
    created: 'Created',
    updated: 'Updated',
  },
  federation: {
    enabled: 'Enabled',
    notEnabled: 'Not enabled',
  },
  detailTitle: 'Fleet {{name}}',
};

export const zhCN: Messages<typeof en> = {
  title: '舰队',
  description: '共享权限并可开启联邦的一组集群。',
  empty: '暂无舰队。',
  columns: {
    name: '名称',
    description: '描述',
    federation: '联邦',
    created: '创建时间',
    updated: '更新时间',
  },
  federation: {
    enabled: '已开启',
    notEnabled: '未开启',
  },
  detailTitle: '舰队 {{name}}',
};

import type { Messages } from '../../i18n/types';

// Strings of this feature. English is the source of the key set; zh-CN must match it.
export const en = {
  title: 'Permission policies',
  description: 'Which IAM users may do what in which namespaces.',
  empty: 'No permission policies yet.',
  columns: {
    name: 'Name',
    type: 'Type',
    users: 'IAM users',
    description: 'Description',
    created: 'Created',
  },
  types: {
    readonly: 'Read-only',
    develop: 'Developer',
    admin: 'Administrator',
    custom: 'Custom',
  },
  detailTitle: 'Policy {{name}}',
};

export const zhCN: Messages<typeof en> = {
  title: '权限策略',
  description: '哪些 IAM 用户可以在哪些命名空间中执行哪些操作。',
  empty: '暂无权限策略。',
  columns: {
    name: '名称',
    type: '类型',
    users: 'IAM 用户',
    description: '描述',
    created: '创建时间',
  },
  types: {
    readonly: '只读',
    develop: '开发',
    admin: '管理员',
    custom: '自定义',
  },
  detailTitle: '策略 {{name}}',
};

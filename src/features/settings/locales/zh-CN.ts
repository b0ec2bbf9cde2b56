import type { Messages } from '@/i18n/types';
import type { en } from './en';

export const zhCN: Messages<typeof en> = {
  export: {
    title: '导出为 Terraform',
    description:
      '将舰队、权限策略和集群导出为 huaweicloud provider 的 Terraform 配置，并为每个对象附带 import 块，使 terraform plan 直接接管现有对象，而不是重新创建（需要 Terraform 1.5 或更高版本）。',
    choose: '导出内容',
    all: {
      policies: '全部权限策略（{{count}}）',
      fleets: '全部舰队（{{count}}）',
      clusters: '全部集群（{{count}}）',
    },
    pick: {
      policies: '要导出的权限策略',
      fleets: '要导出的舰队',
      clusters: '要导出的集群',
    },
    pickPlaceholder: '按名称选择',
    noMatch: '没有匹配项',
    notesTitle: '须知',
    notes: {
      secrets:
        '绝不导出敏感信息：不导出集群注解（附着集群的注解中含有其 kubeconfig），且每个集群都忽略注解的变更。',
      references:
        '舰队通过引用指向已导出的权限策略，集群通过引用指向已导出的舰队；未导出的对象保留其 ID。',
      clusterBindings: '集群自身的策略绑定不会导出（provider 没有对应参数），文件中以注释列出。',
    },
    summary:
      '权限策略：{{policies}} · 舰队：{{fleets}} · 集群：{{clusters}}。每个对象对应一个 resource 块和一个 import 块。',
    download: '下载 ucs.tf',
    copy: '复制到剪贴板',
    copied: '已将 ucs.tf 复制到剪贴板。',
    copyFailed: '此浏览器不允许在此处复制，请改为下载文件。',
    preview: '预览',
    previewLabel: 'ucs.tf 预览',
    truncated:
      '预览显示前 {{shown, number}} 行，共 {{total, number}} 行；下载和复制的内容是完整的。',
    nothingChosen: '请至少选择一个要导出的权限策略、舰队或集群。',
    nothingToExport: '暂无可导出的内容：此账号下没有舰队、权限策略或集群。',
  },
};

import type { Messages } from '@/i18n/types';
import type { en } from './en';

export const zhCN: Messages<typeof en> = {
  title: '总览',
  description: '集群、舰队和权限策略一览。',
  clusters: '集群',
  fleets: '舰队',
  policies: '权限策略',
  available: '{{count}} 个可用',
  federated: '{{count}} 个已开启联邦',
  quota: '配额 {{used}} / {{limit}}',
  quotaNear: '接近 {{limit}} 的配额：继续注册前请先申请扩容。',
  quotaFull: '已达到 {{limit}} 的配额：新建将被拒绝（UCS.00000017）。',
  attention: {
    title: '需要关注',
    none: '暂无需要关注的事项：所有集群均可用，联邦均正常。',
    kinds: {
      unavailable: '不可用',
      failed: '失败',
      pending: '等待接入超 30 分钟',
      frozen: '已冻结',
      federation: '联邦',
    },
  },
  charts: {
    byStatus: '按状态统计集群',
    byCategory: '按类别统计集群',
    byProvider: '按提供商统计集群',
    byVersion: '按 Kubernetes 版本统计集群',
    byCountry: '按国家或地区统计集群',
    fleetsByFederation: '按联邦状态统计舰队',
    unsupported: 'UCS 不支持',
    showClusters_other: '查看 {{count}} 个集群：{{label}}',
  },
  federationStates: {
    notEnabled: '未开启',
    enabling: '开启中',
    enabled: '已开启',
    disabling: '关闭中',
    failed: '失败',
    unhealthy: '异常',
  },
};

import type { Messages } from '../types';
import type { en } from './en';

export const zhCN: Messages<typeof en> = {
  app: {
    name: 'UCS 舰队控制台',
    skipToContent: '跳到主要内容',
    mode: { demo: '演示', live: '在线' },
    modeHint: {
      demo: '演示模式：数据来自内置模拟后端，仅保存在此浏览器中。',
      live: '在线模式：已连接到真实的 UCS 服务端点。',
    },
    toggleNavigation: '展开或收起导航',
  },
  nav: {
    main: '主导航',
    overview: '总览',
    clusters: '集群',
    fleets: '舰队',
    permissions: '权限策略',
  },
  settings: {
    colorScheme: '配色方案',
    light: '浅色',
    dark: '深色',
    auto: '跟随系统',
    language: '语言',
    resetDemo: '重置演示数据',
    resetDemoDone: '演示数据已恢复为初始数据。',
  },
  common: {
    loading: '加载中…',
    retry: '重试',
    refresh: '刷新',
    goHome: '返回总览',
    cancel: '取消',
    close: '关闭',
    copy: '复制',
    copied: '已复制',
    none: '—',
    total: '共 {{count}} 个',
    comingSoon: '此区域的完整页面正在建设中；下方列表已读取实时 API。',
  },
  bulk: {
    summary: '{{succeeded}} 个成功，{{failed}} 个失败',
    allSucceeded: '全部 {{count}} 个成功',
    failedHeading: '失败',
    succeededHeading: '成功',
  },
  errors: {
    title: '出现问题',
    network: '无法连接 UCS API。请检查网络或代理后重试。',
    timeout: 'UCS API 未及时响应，请稍后重试。',
    unauthorized: '会话已过期或令牌无效，请重新登录。',
    code: '错误码 {{code}}',
    requestId: '请求 ID {{id}}',
    status: 'HTTP {{status}}',
    unexpected: '发生意外错误，页面无法显示。',
  },
  notFound: {
    title: '页面不存在',
    body: '{{path}} 不存在。页面可能已移动，或链接有误。',
  },
};

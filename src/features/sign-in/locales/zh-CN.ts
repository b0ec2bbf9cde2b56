import type { Messages } from '@/i18n/types';
import type { en } from './en';

export const zhCN: Messages<typeof en> = {
  title: '登录 UCS',
  method: '登录方式',
  methods: { password: 'IAM 用户', token: '令牌' },
  region: '区域',
  regionHint: '管理集群所在的区域。每个区域有自己的 UCS 服务端点。',
  proxyEndpoint: '为此控制台配置的服务端点',
  domainName: '账号名',
  domainNameHint: 'IAM 用户所属的华为云账号（domain）。',
  userName: 'IAM 用户名',
  password: '密码',
  showSecret: '显示或隐藏输入内容',
  projectName: '项目',
  projectNameHint: '可选。默认为该区域的默认项目。',
  required: '必填。',
  token: 'X-Auth-Token',
  tokenHint: '粘贴 IAM 用户令牌。令牌只保存在当前浏览器标签页中。',
  tokenRequired: '请输入令牌。',
  tokenTooLong: '令牌最多 16384 个字符。',
  wrongCredentials: 'IAM 不接受此用户名和密码。',
  failed: '登录失败：{{message}}',
  submit: '登录',
  signingIn: '正在登录…',
  expired: '会话已结束。重新登录后将返回 {{path}}。',
  demoHint: '演示模式：任意令牌均可，或使用账号 {{domain}} 下的 IAM 用户 {{user}} / {{password}}。',
};

import type { Messages } from '../../i18n/types';

// Strings of this feature. English is the source of the key set; zh-CN must match it.
export const en = {
  title: 'Sign in to UCS',
  token: 'X-Auth-Token',
  tokenHint: 'Paste an IAM user token. It is kept in this browser tab only.',
  tokenRequired: 'Enter a token.',
  tokenTooLong: 'A token is at most 16384 characters.',
  submit: 'Sign in',
  expired: 'Your session ended. Sign in again to return to {{path}}.',
};

export const zhCN: Messages<typeof en> = {
  title: '登录 UCS',
  token: 'X-Auth-Token',
  tokenHint: '粘贴 IAM 用户令牌。令牌只保存在当前浏览器标签页中。',
  tokenRequired: '请输入令牌。',
  tokenTooLong: '令牌最多 16384 个字符。',
  submit: '登录',
  expired: '会话已结束。重新登录后将返回 {{path}}。',
};

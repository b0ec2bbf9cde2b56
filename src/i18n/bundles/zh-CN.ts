import { zhCN as access } from '@/features/access/locales/zh-CN';
import { zhCN as clusters } from '@/features/clusters/locales/zh-CN';
import { zhCN as fleets } from '@/features/fleets/locales/zh-CN';
import { zhCN as overview } from '@/features/overview/locales/zh-CN';
import { zhCN as permissions } from '@/features/permissions/locales/zh-CN';
import { zhCN as configuration } from '@/features/settings/locales/zh-CN';
import { zhCN as signIn } from '@/features/sign-in/locales/zh-CN';
import type { Messages } from '../types';
import { zhCN as shell } from '../locales/zh-CN';
import type { en } from './en';

// Every Chinese string, checked against the English key set (tests and types only).
export const zhCN: Messages<typeof en> = {
  ...shell,
  overview,
  clusters,
  fleets,
  permissions,
  signIn,
  access,
  configuration,
};

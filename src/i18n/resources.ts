import * as clusters from '@/features/clusters/messages';
import * as fleets from '@/features/fleets/messages';
import * as overview from '@/features/overview/messages';
import * as permissions from '@/features/permissions/messages';
import * as signIn from '@/features/sign-in/messages';
import { en as shellEn } from './locales/en';
import { zhCN as shellZhCN } from './locales/zh-CN';
import type { Messages } from './types';

// One translation tree per language: the shell's strings plus one branch per feature, so a
// feature's strings live in its own folder and the key set is still checked as a whole.
export const en = {
  ...shellEn,
  overview: overview.en,
  clusters: clusters.en,
  fleets: fleets.en,
  permissions: permissions.en,
  signIn: signIn.en,
};

export const zhCN: Messages<typeof en> = {
  ...shellZhCN,
  overview: overview.zhCN,
  clusters: clusters.zhCN,
  fleets: fleets.zhCN,
  permissions: permissions.zhCN,
  signIn: signIn.zhCN,
};

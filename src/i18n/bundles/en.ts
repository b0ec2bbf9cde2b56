import { en as access } from '@/features/access/locales/en';
import { en as clusters } from '@/features/clusters/locales/en';
import { en as fleets } from '@/features/fleets/locales/en';
import { en as overview } from '@/features/overview/locales/en';
import { en as permissions } from '@/features/permissions/locales/en';
import { en as configuration } from '@/features/settings/locales/en';
import { en as signIn } from '@/features/sign-in/locales/en';
import { en as shell } from '../locales/en';

// Every English string: the shell's plus one branch per feature, for tests and the types of
// `t()`. The app loads the shell's and each feature's strings separately (src/i18n/index.ts).
export const en = {
  ...shell,
  overview,
  clusters,
  fleets,
  permissions,
  signIn,
  access,
  configuration,
};

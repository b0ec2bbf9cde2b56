import { registerFeatureStrings } from '@/i18n';

// Where each feature's strings are, per language: each a chunk of its own, fetched with the
// feature's first page (router.tsx) in the language shown.
registerFeatureStrings({
  overview: {
    en: async () => (await import('@/features/overview/locales/en')).en,
    'zh-CN': async () => (await import('@/features/overview/locales/zh-CN')).zhCN,
  },
  clusters: {
    en: async () => (await import('@/features/clusters/locales/en')).en,
    'zh-CN': async () => (await import('@/features/clusters/locales/zh-CN')).zhCN,
  },
  fleets: {
    en: async () => (await import('@/features/fleets/locales/en')).en,
    'zh-CN': async () => (await import('@/features/fleets/locales/zh-CN')).zhCN,
  },
  permissions: {
    en: async () => (await import('@/features/permissions/locales/en')).en,
    'zh-CN': async () => (await import('@/features/permissions/locales/zh-CN')).zhCN,
  },
  access: {
    en: async () => (await import('@/features/access/locales/en')).en,
    'zh-CN': async () => (await import('@/features/access/locales/zh-CN')).zhCN,
  },
  configuration: {
    en: async () => (await import('@/features/settings/locales/en')).en,
    'zh-CN': async () => (await import('@/features/settings/locales/zh-CN')).zhCN,
  },
  signIn: {
    en: async () => (await import('@/features/sign-in/locales/en')).en,
    'zh-CN': async () => (await import('@/features/sign-in/locales/zh-CN')).zhCN,
  },
});

// Both languages at once, for tests and type checks. The app itself never imports this file:
// it loads the active language's bundle (src/i18n/index.ts), so only those strings download.
export { en } from './bundles/en';
export { zhCN } from './bundles/zh-CN';

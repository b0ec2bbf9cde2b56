import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zhCN } from './resources';

export const supportedLanguages = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
export type LanguageCode = (typeof supportedLanguages)[number]['code'];

const storageKey = 'ucs:language';

function initialLanguage(): LanguageCode {
  const stored = globalThis.localStorage?.getItem(storageKey);
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function setLanguage(code: LanguageCode): void {
  globalThis.localStorage?.setItem(storageKey, code);
  void i18n.changeLanguage(code);
}

// Keeps <html lang> right for screen readers and for CJK font selection.
i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  // No console advertising in an operator's browser.
  showSupportNotice: false,
});

export { i18n };

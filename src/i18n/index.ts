import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { en } from './bundles/en';
import type { Messages } from './types';

export const supportedLanguages = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
export type LanguageCode = (typeof supportedLanguages)[number]['code'];
/** Every string of one language: the shell's plus one branch per feature. */
export type Translation = typeof en;
/** The branches of the translation that belong to a feature folder. */
export type Feature =
  | 'overview'
  | 'clusters'
  | 'fleets'
  | 'permissions'
  | 'signIn'
  | 'access'
  // src/features/settings: the shell's own strings already have a `settings` branch.
  | 'configuration';
/** How to fetch a feature's strings in each language (dynamic imports: chunks of their own). */
export type FeatureStrings = Record<Feature, Record<LanguageCode, () => Promise<object>>>;

const storageKey = 'ucs:language';

/** The shell's strings: a chunk per language, fetched before the first render. */
const shellStrings: Record<LanguageCode, () => Promise<object>> = {
  en: async () => (await import('./locales/en')).en,
  'zh-CN': async () => (await import('./locales/zh-CN')).zhCN,
};

let featureStrings: FeatureStrings | undefined;
/** The languages whose shell strings are loaded (a feature's may arrive before them). */
const shellsLoaded = new Set<LanguageCode>();
/** The features whose strings a page has needed so far: a language switch fetches them too. */
const featuresInUse = new Set<Feature>();

/** The language to start in: the operator's last choice, else the browser's. */
export function initialLanguage(): LanguageCode {
  const stored = globalThis.localStorage?.getItem(storageKey);
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function isLanguage(code: string): code is LanguageCode {
  return supportedLanguages.some((language) => language.code === code);
}

/** Adds what is missing of the shell's and these features' strings in one language. */
async function addStrings(language: LanguageCode, features: Iterable<Feature>): Promise<void> {
  const loads: Promise<unknown>[] = [];
  if (!shellsLoaded.has(language)) {
    shellsLoaded.add(language);
    loads.push(
      shellStrings[language]().then((strings) =>
        i18n.addResourceBundle(language, 'translation', strings, true, false),
      ),
    );
  }
  for (const feature of features) {
    const load = featureStrings?.[feature][language];
    if (load && !i18n.getResource(language, 'translation', feature))
      loads.push(
        load().then((strings) =>
          i18n.addResourceBundle(language, 'translation', { [feature]: strings }, true, false),
        ),
      );
  }
  await Promise.all(loads);
}

/**
 * Tells where each feature's strings are (the app layer knows the feature folders). Each
 * feature's strings then load with its first page, in the language shown.
 */
export function registerFeatureStrings(strings: FeatureStrings): void {
  featureStrings = strings;
}

/** Fetches a feature's strings (the first time), so its page renders without raw keys. */
export function loadFeatureStrings(feature: Feature): Promise<void> {
  featuresInUse.add(feature);
  const language = isLanguage(i18n.language) ? i18n.language : initialLanguage();
  return addStrings(language, [feature]);
}

/** Switches language once its strings (the shell's and the features' in use) are there. */
export async function setLanguage(code: LanguageCode): Promise<void> {
  globalThis.localStorage?.setItem(storageKey, code);
  await addStrings(code, featuresInUse);
  await i18n.changeLanguage(code);
}

// Keeps <html lang> right for screen readers and for CJK font selection.
i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

function init(
  language: LanguageCode,
  resources: Partial<Record<LanguageCode, object>>,
): Promise<unknown> {
  return i18n.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries(resources).map(([code, translation]) => [code, { translation }]),
    ),
    lng: language,
    // Each language is complete (the key sets are type-checked), so there is no fallback to load.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // No console advertising in an operator's browser.
    showSupportNotice: false,
  });
}

/**
 * The app: starts in the operator's language and resolves once the shell's strings are there.
 * i18next is ready at once, so a page's strings may start loading (with its route) meanwhile.
 */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  const ready = init(language, {});
  await Promise.all([ready, addStrings(language, [])]);
}

/** Tests: every string of both languages at once, so any page renders and switching is instant. */
export function startI18nWith(resources: Record<LanguageCode, Messages<Translation>>): void {
  for (const language of Object.keys(resources) as LanguageCode[]) shellsLoaded.add(language);
  void init('en', resources);
}

export { i18n };

/**
 * The UI locales the library speaks. English is the source and is always in the bundle; every
 * other locale is a small generated module loaded on demand. A static map (not a template
 * `import()`) so the dev server, the test runner and Rollup all resolve it.
 */
export const SOURCE_LOCALE = 'en';

type LocaleModule = {templates: Record<string, unknown>};

export const LOCALE_LOADERS: Record<string, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  id: () => import('../generated/locales/id.js'),
  ja: () => import('../generated/locales/ja.js'),
  ko: () => import('../generated/locales/ko.js'),
  th: () => import('../generated/locales/th.js'),
  vi: () => import('../generated/locales/vi.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
};

/** Every locale the UI can speak, source first. */
export const SUPPORTED_LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(LOCALE_LOADERS)];

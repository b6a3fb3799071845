/**
 * The UI locales the library speaks. English is the source and is always in the bundle; every
 * other locale is a small generated module loaded on demand. A static map (not a template
 * `import()`) so the dev server, the test runner and Rollup all resolve it.
 */
export const SOURCE_LOCALE = 'en';

export const LOCALE_LOADERS: Record<string, () => Promise<{templates: Record<string, unknown>}>> =
  {};

/** Every locale the UI can speak, source first. */
export const SUPPORTED_LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(LOCALE_LOADERS)];

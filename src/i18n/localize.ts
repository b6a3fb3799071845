/**
 * Per-widget localization on top of @lit/localize's extraction and XLIFF tooling.
 *
 * @lit/localize keeps one active locale per page; a news page may show an English widget beside
 * a Vietnamese one. So elements call this module's `msg` (same signature and type brand as
 * @lit/localize's, so `lit-localize extract` finds every call) and each element renders inside
 * `withLocale(its locale, …)`: `msg` looks its explicit `id` up in the generated module of the
 * locale being rendered, and falls back to the English source.
 *
 * Importing the package never calls `configureLocalization`, so a host app's own
 * @lit/localize setup is untouched.
 */
import type {msg as litMsg} from '@lit/localize';
import {str} from '@lit/localize';
import {LOCALE_LOADERS, SOURCE_LOCALE} from './locales.js';
import {matchLocale} from './resolve.js';

export {str};

/** A `str` template result: `strings` with numbered holes filled from `values`. */
interface StrLike {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}

type Template = string | StrLike | {strings: readonly string[]; values: readonly unknown[]};
type Templates = Record<string, Template>;

const loaded = new Map<string, Templates>([[SOURCE_LOCALE, {}]]);
const pending = new Map<string, Promise<void>>();
let current = SOURCE_LOCALE;

const isStr = (t: unknown): t is StrLike =>
  typeof t === 'object' && t !== null && (t as StrLike).strTag === true;

function join(strings: readonly string[], values: readonly unknown[]): string {
  let out = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) out += String(values[i - 1]) + strings[i];
  return out;
}

/**
 * Localized text for the locale being rendered. Same signature as @lit/localize's `msg`;
 * always pass an explicit `id`.
 */
export const msg: typeof litMsg = ((template: unknown, options?: {id?: string}) => {
  const id = options?.id;
  const localized = id !== undefined ? loaded.get(current)?.[id] : undefined;
  if (localized !== undefined) {
    if (typeof localized === 'string') return localized;
    if (isStr(localized) && isStr(template)) {
      // Generated str templates refer to the source values by index: str`${0} … ${1}`.
      return join(
        localized.strings,
        localized.values.map((i) => template.values[i as number])
      );
    }
    if (isStr(localized)) return join(localized.strings, localized.values);
  }
  if (isStr(template)) return join(template.strings, template.values);
  return template;
}) as typeof litMsg;

/** The loaded locale whose strings speak for `locale` ("vi-VN" → "vi"), else the source. */
const matched = new Map<string, string | undefined>();
function stringsFor(locale: string): string {
  if (loaded.has(locale)) return locale;
  if (!matched.has(locale)) matched.set(locale, matchLocale(locale));
  const m = matched.get(locale);
  return m && loaded.has(m) ? m : SOURCE_LOCALE;
}

/**
 * Runs `fn` (a render) with `locale` as the locale `msg` reads. A full tag ("en-GB", "vi-VN")
 * reads the strings of its nearest shipped locale.
 */
export function withLocale<T>(locale: string, fn: () => T): T {
  const previous = current;
  current = stringsFor(locale);
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The locale `msg` reads right now (the one of the element being rendered). */
export function renderLocale(): string {
  return current;
}

/** Whether `locale`'s strings are in memory. */
export function isLocaleLoaded(locale: string): boolean {
  return loaded.has(locale);
}

/**
 * Loads the strings of `locale` once (each locale is its own small module, fetched on demand).
 * Resolves even when the locale is unknown or fails to load: the widget then speaks English.
 */
export function loadLocale(locale: string): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  const loader = LOCALE_LOADERS[locale];
  if (!loader) return Promise.resolve();
  let p = pending.get(locale);
  if (!p) {
    p = loader()
      .then((mod) => {
        loaded.set(locale, mod.templates as Templates);
      })
      .catch((e: unknown) => {
        console.warn(`news-blocks: could not load locale "${locale}"`, e);
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, p);
  }
  return p;
}

/** Adds (or replaces) the strings of a locale: for host apps that ship their own translations. */
export function registerLocale(locale: string, templates: Templates): void {
  loaded.set(locale, templates);
}

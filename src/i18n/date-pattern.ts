/**
 * Dates in a date-fns pattern (`date-format="hh:mm a dd/MM/yyyy"` → "10:40 AM 13/11/2023"):
 * date-fns' `format` and the locale's date-fns data are loaded the first time a pattern is
 * asked for, never in the always-loaded bundle. Until then (and for a pattern date-fns rejects)
 * callers fall back to an `Intl` preset.
 *
 * The pattern is applied to the wall time in the element's `time-zone` (or the reader's);
 * zone tokens (`z`, `O`, `x`, `X`) name the reader's zone, so patterns should not use them.
 */
import type {Locale} from 'date-fns';
import {dateTimeFormat} from './intl-cache.js';

type FormatFn = (date: Date, pattern: string, options?: {locale?: Locale}) => string;

// A static map (not a template `import()`) so the dev server, the test runner and Rollup all
// resolve each locale to its own on-demand chunk.
const LOCALES: Record<string, () => Promise<Locale>> = {
  'en-US': async () => (await import('date-fns/locale/en-US')).enUS,
  'en-GB': async () => (await import('date-fns/locale/en-GB')).enGB,
  'en-AU': async () => (await import('date-fns/locale/en-AU')).enAU,
  ar: async () => (await import('date-fns/locale/ar')).ar,
  de: async () => (await import('date-fns/locale/de')).de,
  es: async () => (await import('date-fns/locale/es')).es,
  fr: async () => (await import('date-fns/locale/fr')).fr,
  id: async () => (await import('date-fns/locale/id')).id,
  ja: async () => (await import('date-fns/locale/ja')).ja,
  ko: async () => (await import('date-fns/locale/ko')).ko,
  pt: async () => (await import('date-fns/locale/pt')).pt,
  'pt-BR': async () => (await import('date-fns/locale/pt-BR')).ptBR,
  th: async () => (await import('date-fns/locale/th')).th,
  vi: async () => (await import('date-fns/locale/vi')).vi,
  'zh-CN': async () => (await import('date-fns/locale/zh-CN')).zhCN,
  'zh-TW': async () => (await import('date-fns/locale/zh-TW')).zhTW,
  'zh-HK': async () => (await import('date-fns/locale/zh-HK')).zhHK,
};

/** The date-fns locale key for a BCP 47 tag: the tag, language-region, script, language. */
export function patternLocaleKey(tag: string): string {
  if (LOCALES[tag]) return tag;
  let loc: Intl.Locale;
  try {
    loc = new Intl.Locale(tag);
  } catch {
    return 'en-US';
  }
  const region = loc.region && `${loc.language}-${loc.region}`;
  if (region && LOCALES[region]) return region;
  if (loc.language === 'zh') {
    const script = loc.maximize().script;
    return script === 'Hant' ? 'zh-TW' : 'zh-CN';
  }
  if (LOCALES[loc.language]) return loc.language;
  return 'en-US';
}

let formatFn: FormatFn | undefined;
const locales = new Map<string, Locale>();
const pending = new Map<string, Promise<void>>();

/** Whether a pattern can be formatted in `tag` right now. */
export function isPatternReady(tag: string): boolean {
  return !!formatFn && locales.has(patternLocaleKey(tag));
}

/** Loads date-fns' `format` and the date-fns locale for `tag` (once). Never rejects. */
export function loadPattern(tag: string): Promise<void> {
  const key = patternLocaleKey(tag);
  if (formatFn && locales.has(key)) return Promise.resolve();
  let p = pending.get(key);
  if (!p) {
    p = Promise.all([import('date-fns/format'), LOCALES[key]()])
      .then(([mod, locale]) => {
        formatFn = mod.format as FormatFn;
        locales.set(key, locale);
      })
      .catch((e: unknown) => {
        console.warn(`news-blocks: could not load the date pattern data for "${tag}"`, e);
      })
      .finally(() => pending.delete(key));
    pending.set(key, p);
  }
  return p;
}

/** The wall time of `date` in `timeZone` (or the reader's), as a local `Date` for date-fns. */
function wallClock(date: Date, timeZone: string | undefined): Date {
  if (!timeZone) return date;
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = new Date(0);
  wall.setFullYear(get('year'), get('month') - 1, get('day'));
  wall.setHours(get('hour'), get('minute'), get('second'), date.getUTCMilliseconds());
  return wall;
}

/**
 * `date` in the date-fns `pattern`, in `tag`'s date-fns locale and `timeZone`; undefined while
 * the pattern data is loading or when date-fns rejects the pattern.
 */
export function formatPattern(
  date: Date,
  pattern: string,
  tag: string,
  timeZone?: string
): string | undefined {
  const locale = locales.get(patternLocaleKey(tag));
  if (!formatFn || !locale || pattern.length > 200) return undefined;
  try {
    return formatFn(wallClock(date, timeZone), pattern, {locale});
  } catch {
    return undefined;
  }
}

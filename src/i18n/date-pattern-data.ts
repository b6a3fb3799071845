/**
 * The on-demand half of date patterns (`./date-pattern.js` loads it the first time a pattern is
 * asked for): date-fns' `format` and each locale's date-fns data, itself loaded per locale.
 */
import type {Locale} from 'date-fns';
import {format} from 'date-fns/format';
import {dateTimeFormat} from './intl-cache.js';

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

const locales = new Map<string, Locale>();

/** Whether the date-fns locale for `tag` is loaded. */
export function ready(tag: string): boolean {
  return locales.has(patternLocaleKey(tag));
}

/** Loads the date-fns locale for `tag`. */
export async function load(tag: string): Promise<void> {
  const key = patternLocaleKey(tag);
  if (!locales.has(key)) locales.set(key, await LOCALES[key]());
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

/** `date` in the date-fns `pattern`; undefined when the locale is not loaded or date-fns rejects the pattern. */
export function formatWith(
  date: Date,
  pattern: string,
  tag: string,
  timeZone?: string
): string | undefined {
  const locale = locales.get(patternLocaleKey(tag));
  if (!locale || pattern.length > 200) return undefined;
  try {
    return format(wallClock(date, timeZone), pattern, {locale});
  } catch {
    return undefined;
  }
}

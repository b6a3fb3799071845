/**
 * The one cache of `Intl` formatters (dates, numbers, plural rules, lists): making one costs
 * about 0.15 ms and a list of 1,000 cards asks for thousands, so each locale + options pair is
 * made once. Bounded (the oldest goes first past `MAX`), and emptied when the reader's languages
 * change (`languagechange`): a formatter made for the default locale may no longer be right.
 */
const MAX = 64;
const cache = new Map<string, unknown>();
let listening = false;

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('languagechange', () => cache.clear());
}

/** The formatter `make()` builds for `key`, made on first use. */
export function cachedIntl<T>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (f === undefined) {
    listen();
    f = make();
    if (cache.size >= MAX) cache.delete(cache.keys().next().value as string);
    cache.set(key, f);
  }
  return f;
}

/** How many formatters are cached (for tests and diagnostics). */
export function intlCacheSize(): number {
  return cache.size;
}

// A formatter without `timeZone` keeps the reader's zone of when it was made: the key holds
// that zone's January and July offsets, so a reader whose zone changes gets new formatters.
const JAN = new Date(Date.UTC(2023, 0, 15));
const JUL = new Date(Date.UTC(2023, 6, 15));
const readerZone = () => `${JAN.getTimezoneOffset()},${JUL.getTimezoneOffset()}`;

/** `Intl.DateTimeFormat` for a locale and options, cached. */
export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  const zone = options.timeZone ?? readerZone();
  return cachedIntl(`dt|${locale}|${zone}|${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      return new Intl.DateTimeFormat(undefined, {...options, timeZone: options.timeZone && 'UTC'});
    }
  });
}

type Ctor<T, O> = new (locale?: string, options?: O) => T;

/** An `Intl` object for `locale` (the default locale when `Intl` rejects it), cached. */
function intl<T, O>(kind: string, C: Ctor<T, O>, locale: string | undefined, options?: O): T {
  return cachedIntl(`${kind}|${locale}`, () => {
    try {
      return new C(locale, options);
    } catch {
      return new C(undefined, options);
    }
  });
}

/** `Intl.NumberFormat` for a locale, cached. */
export const numberFormat = (locale: string | undefined) => intl('nf', Intl.NumberFormat, locale);

/** `Intl.PluralRules` for a locale, cached. */
export const pluralRules = (locale: string | undefined) => intl('pr', Intl.PluralRules, locale);

/** `Intl.ListFormat` (long conjunction: "A, B and C", "A、B、C") for a locale, cached. */
export const listFormat = (locale: string | undefined) =>
  intl('lf', Intl.ListFormat, locale, {style: 'long', type: 'conjunction'});

/** `Intl.RelativeTimeFormat` ("3 hours ago", "yesterday") for a locale, cached. */
export const relativeTimeFormat = (locale: string | undefined) =>
  intl('rt', Intl.RelativeTimeFormat, locale, {numeric: 'auto', style: 'long'});

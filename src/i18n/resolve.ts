/**
 * Which UI language an element speaks: its own `lang`, else the nearest ancestor's (across
 * shadow roots), else `<html lang>`, else the reader's `navigator.languages`; each matched to a
 * supported locale with BCP 47 fallback (vi-VN → vi, zh-TW → zh-Hant, else en).
 */
import {isServer} from 'lit';
import {pageLang} from '../data/ssr.js';
import {SOURCE_LOCALE, SUPPORTED_LOCALES} from './locales.js';

const RTL = /^(ar|arc|ckb|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ug|ur|yi)(-|$)/i;

/** `rtl` for right-to-left languages, else `ltr`. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  return lang && RTL.test(lang) ? 'rtl' : 'ltr';
}

/** The `lang` that applies to `el`: its own or the nearest ancestor's, crossing shadow roots. */
export function inheritedLang(el: Element): string | undefined {
  // A server renders each element apart (no ancestors): its own `lang`, else the page's.
  if (isServer) return el.getAttribute('lang') || pageLang();
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** Best supported locale for one BCP 47 tag, or undefined. */
export function matchLocale(
  tag: string | undefined,
  supported: readonly string[] = SUPPORTED_LOCALES
): string | undefined {
  if (!tag) return undefined;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
  const lower = supported.map((s) => s.toLowerCase());
  const exact = lower.indexOf(canonical.toLowerCase());
  if (exact >= 0) return supported[exact];
  let loc: Intl.Locale;
  try {
    loc = new Intl.Locale(canonical).maximize();
  } catch {
    return undefined;
  }
  const withScript = `${loc.language}-${loc.script}`.toLowerCase();
  const byScript = lower.indexOf(withScript);
  if (byScript >= 0) return supported[byScript];
  const byLanguage = lower.indexOf(loc.language);
  if (byLanguage >= 0) {
    // zh-TW maximizes to zh-Hant-TW: plain "zh" is not a fallback for a different script.
    const plain = new Intl.Locale(supported[byLanguage]).maximize();
    if (!loc.script || !plain.script || plain.script === loc.script) return supported[byLanguage];
  }
  return undefined;
}

/** The language tags that may apply to `el`, nearest first: its `lang`, then the reader's. */
function candidates(el: Element): (string | undefined)[] {
  // A server's own languages are not the reader's.
  if (isServer) return [inheritedLang(el)];
  return [
    inheritedLang(el),
    ...(globalThis.navigator?.languages ?? [globalThis.navigator?.language]),
  ];
}

const intlTags = new Map<string, string | undefined>();

/**
 * `tag` canonicalized, when `Intl` can format in it ("en-gb" → "en-GB", "zh-TW" stays);
 * undefined for a malformed or unknown tag.
 */
export function intlTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  if (!intlTags.has(tag)) {
    let out: string | undefined;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag.trim());
      if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length) out = canonical;
    } catch {
      out = undefined;
    }
    intlTags.set(tag, out);
  }
  return intlTags.get(tag);
}

/**
 * Both locales of `el`: `intl`, the first well-formed tag among its `lang` (own or inherited)
 * and the reader's languages, and `ui`, the shipped locale its strings come from (the nearest
 * match to `intl`, else English). `intl` is the full BCP 47 tag dates, numbers and lists are formatted in
 * (`lang="en-GB"` → strings `en`, dates en-GB; `lang="pt-BR"` → English strings, pt-BR dates).
 */
export function resolveLocales(el: Element): {ui: string; intl: string} {
  for (const c of candidates(el)) {
    const intl = intlTag(c);
    if (intl) return {ui: matchLocale(intl) ?? SOURCE_LOCALE, intl};
  }
  return {ui: SOURCE_LOCALE, intl: SOURCE_LOCALE};
}

/** The shipped UI locale (strings) for `el`. */
export function resolveLocale(el: Element): string {
  return resolveLocales(el).ui;
}

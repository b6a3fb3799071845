/**
 * Which UI language an element speaks: its own `lang`, else the nearest ancestor's (across
 * shadow roots), else `<html lang>`, else the reader's `navigator.languages`; each matched to a
 * supported locale with BCP 47 fallback (vi-VN → vi, zh-TW → zh-Hant, else en).
 */
import {SOURCE_LOCALE, SUPPORTED_LOCALES} from './locales.js';

const RTL = /^(ar|arc|ckb|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ug|ur|yi)(-|$)/i;

/** `rtl` for right-to-left languages, else `ltr`. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  return lang && RTL.test(lang) ? 'rtl' : 'ltr';
}

/** The `lang` that applies to `el`: its own or the nearest ancestor's, crossing shadow roots. */
export function inheritedLang(el: Element): string | undefined {
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

/** The UI locale for `el`. */
export function resolveLocale(el: Element): string {
  const candidates = [
    inheritedLang(el),
    ...(globalThis.navigator?.languages ?? [globalThis.navigator?.language]),
  ];
  for (const c of candidates) {
    const m = matchLocale(c);
    if (m) return m;
  }
  return SOURCE_LOCALE;
}

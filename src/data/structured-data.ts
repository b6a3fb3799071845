/**
 * The one way news-blocks writes JSON-LD into the page: `jsonLdText` serializes, `writeJsonLd`
 * puts the text in a `<script type="application/ld+json">` through the `news-blocks` Trusted
 * Types policy (`inert.ts`), so a page with `require-trusted-types-for 'script'` gets its
 * structured data instead of a TypeError.
 */
import {trustedJsonLd} from './inert.js';

const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text that cannot close its `<script>` (`</script`, `<!--`), nor break a line of
 * JavaScript if someone evaluates it: `<`, `>`, `&`, U+2028 and U+2029 are written as `\uXXXX`
 * escapes, which JSON parsers read back as the same characters.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (c) => ESCAPES[c]);
}

/**
 * Keeps `script` (created when absent) a JSON-LD script holding `data`; writes its text only
 * when it changed. Returns the script, not yet placed in the document.
 */
export function writeJsonLd(
  script: HTMLScriptElement | undefined,
  data: unknown
): HTMLScriptElement {
  const el = script ?? document.createElement('script');
  if (el.type !== 'application/ld+json') el.type = 'application/ld+json';
  const text = jsonLdText(data);
  if (el.text !== text) el.text = trustedJsonLd(text);
  return el;
}

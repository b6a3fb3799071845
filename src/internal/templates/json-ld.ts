/**
 * Keeps an element's one JSON-LD `<script type="application/ld+json">` child (for crawlers;
 * light DOM). The text is written by the package's one JSON-LD writer, `data/structured-data.ts`
 * (`<`, `>`, `&`, U+2028 and U+2029 escaped, set through the `news-blocks` Trusted Types policy).
 */
import {jsonLdText, writeJsonLd} from '../../data/structured-data.js';

export {jsonLdText};

/**
 * Keeps `host`'s one JSON-LD child marked `data-{owner}` in step with `value` (written only when
 * its text changes); `undefined` removes it.
 */
export function syncJsonLd(host: Element, owner: string, value: unknown): void {
  const existing = host.querySelector<HTMLScriptElement>(
    `:scope > script[type="application/ld+json"][data-${owner}]`
  );
  if (value === undefined) {
    existing?.remove();
    return;
  }
  const script = writeJsonLd(existing ?? undefined, value);
  if (!existing) {
    script.setAttribute(`data-${owner}`, '');
    host.append(script);
  }
}

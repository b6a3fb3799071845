/**
 * Keeps an element's one JSON-LD `<script type="application/ld+json">` child (for crawlers;
 * light DOM). The text is written by the package's one JSON-LD writer, `data/structured-data.ts`
 * (`<`, `>`, `&`, U+2028 and U+2029 escaped, set through the `news-blocks` Trusted Types policy).
 */
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
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

/**
 * The same script as markup, for light DOM rendered on a server (`renderLight()`): JSON-LD marked
 * `data-{owner}` as `syncJsonLd` marks it (the client then finds it and leaves it), or, without
 * `owner`, a `<script type="application/json">` child with the data the client reads. The text is
 * `jsonLdText`'s, which cannot close the element.
 */
export function jsonScript(owner: string | undefined, value: unknown) {
  const open = owner
    ? `<script type="application/ld+json" data-${owner}>`
    : '<script type="application/json">';
  return unsafeHTML(`${open}${jsonLdText(value)}</script>`);
}

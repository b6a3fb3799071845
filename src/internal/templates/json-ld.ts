/**
 * The one JSON-LD writer: JSON text safe inside a `<script>` (`<`, `>`, `&`, U+2028 and U+2029
 * escaped, so it can neither close its script nor break a line of JavaScript), kept in one
 * `<script type="application/ld+json">` child of an element (for crawlers; light DOM).
 */

/** JSON text that cannot close its `<script>` or break a line of JavaScript. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

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
  const text = jsonLdText(value);
  if (existing?.textContent === text) return;
  const script = existing ?? document.createElement('script');
  if (!existing) {
    script.type = 'application/ld+json';
    script.setAttribute(`data-${owner}`, '');
  }
  script.textContent = text;
  if (!existing) host.append(script);
}

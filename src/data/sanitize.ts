/**
 * The only door for untrusted URLs and HTML.
 *
 * URLs: `safeUrl` resolves against a base and keeps only http(s). Lit does not check URLs,
 * so every `href`/`src` we bind comes through here (or was produced by it in an adapter).
 * An image's `src` (`safeImageUrl`, never a link) may also be a `data:` image of a raster type
 * or SVG, as bundlers inline small images (Vite, Storybook).
 *
 * HTML: `sanitizeHtml` loads DOMPurify on first use, so a page that shows only cards never
 * downloads it.
 *
 * On a server there is no DOM to parse and sanitize in: `news-blocks/server` hands one in
 * (`setDomWindow`, a jsdom window), and every inert parse and the sanitizer use it. Without it,
 * sanitizing throws (the HTML is never passed through unsanitized).
 */

/** What parsing and sanitizing need from a window. */
export interface DomWindow {
  DOMParser: typeof DOMParser;
  document: Document;
}

let hooked: DomWindow | undefined;

/** The server's DOM for parsing and sanitizing (`news-blocks/server` sets it; browsers never). */
export function setDomWindow(win: DomWindow | undefined): void {
  hooked = win;
}

/** The window to parse and sanitize in: the page's, else the server's, else `undefined`. */
export function domWindow(): DomWindow | undefined {
  return globalThis.document ? globalThis.window : hooked;
}

/** The server's window when one was set (for DOMPurify, which needs it passed in). */
export function serverDomWindow(): DomWindow | undefined {
  return hooked;
}

const HTTP = /^https?:$/;

/**
 * Resolves `value` against `base` and returns the absolute URL when its scheme is http or
 * https; otherwise `undefined`. Never throws.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = base ? new URL(trimmed, safeBase(base)) : new URL(trimmed);
    return HTTP.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// A data: image of a raster type or SVG, with optional parameters, base64 or percent-encoded.
// In an <img> nothing in it runs: SVG there is drawn in secure static mode (no script, no
// external loads). Other data: types (text/html, image/svg+xml in a link) are refused.
const DATA_IMAGE =
  /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)(?:;[\w.+-]+=[\w.+-]+)*(?:;base64)?,/i;
const DATA_IMAGE_MAX = 1024 * 1024;

/**
 * For an image's `src` only (never `href`): `safeUrl`, or a `data:image/…` URL of type png,
 * jpeg, gif, webp, avif or svg+xml (up to 1 MiB). Never throws.
 */
export function safeImageUrl(value: unknown, base?: string): string | undefined {
  const url = safeUrl(value, base);
  if (url || typeof value !== 'string') return url;
  const v = value.trim();
  return v.length <= DATA_IMAGE_MAX && DATA_IMAGE.test(v) ? v : undefined;
}

// The last base resolved, against which page address: a feed's items share one base, so
// parsing it once per feed instead of once per URL halves what each URL costs.
let lastBase: [string, string | undefined, string | undefined] | undefined;

function safeBase(base: string): string | undefined {
  const page = globalThis.location?.href;
  if (lastBase && lastBase[0] === base && lastBase[1] === page) return lastBase[2];
  let href: string | undefined;
  try {
    href = new URL(base, page).href;
  } catch {
    href = undefined;
  }
  lastBase = [base, page, href];
  return href;
}

/**
 * Keeps the candidates of a `srcset` whose URL is http(s), resolved against `base`.
 * Returns `undefined` when none is left.
 */
export function safeSrcset(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const out: string[] = [];
  for (const candidate of value.split(/,\s+|,(?=\S+\s+\d)/)) {
    const [url, descriptor] = candidate.trim().split(/\s+/, 2);
    const safe = safeUrl(url, base);
    if (safe && (!descriptor || /^\d+(\.\d+)?[wx]$/.test(descriptor))) {
      out.push(descriptor ? `${safe} ${descriptor}` : safe);
    }
  }
  return out.length ? out.join(', ') : undefined;
}

/** `rel` for a link opened with `target`: `_blank` never gets the opener or the referrer. */
export function relFor(target: string | undefined): string | undefined {
  return target === '_blank' ? 'noopener noreferrer' : undefined;
}

/**
 * The feed request, started before any loading code has arrived. The autoloader (and the
 * classic loader) call `prefetchFeed` the moment they see an element with `src`, so the feed
 * downloads in parallel with the element's chunk and the loader's chunk; `loadFeed`'s first
 * attempt then takes that response (`takePrefetch`) instead of asking again. The request is
 * exactly `loadFeed`'s (same URL after `proxy`, same `Accept`, no credentials), so taking it
 * changes nothing but the time.
 *
 * The store lives on `globalThis` under a registered symbol, so the classic loader's copy of
 * this module and the ES module's copy share it. Nothing here imports the parsers.
 */

/** Under 128 bytes, so it stays a CORS-safelisted header: no preflight for partner feeds. */
export const ACCEPT =
  'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml,text/xml,*/*;q=0.5';

/** What `loadFeed` fetches for `url` (absolute) with `proxy`. */
export function requestUrl(url: string, proxy?: string): string {
  return proxy ? proxy.replace('{url}', encodeURIComponent(url)) : url;
}

interface Prefetch {
  response: Promise<Response>;
  controller: AbortController;
  timer?: ReturnType<typeof setTimeout>;
}

interface Store {
  /** Prefetched requests not yet taken, by request URL. */
  pending: Map<string, Prefetch>;
  /** When `loadFeed` last started a request for a request URL (it may be cached). */
  asked: Map<string, number>;
}

const KEY = Symbol.for('news-blocks.prefetch');
const store: Store = ((globalThis as Record<symbol, Store | undefined>)[KEY] ??= {
  pending: new Map(),
  asked: new Map(),
});

/** A response nobody took within this time is dropped (its element never came). */
const UNCLAIMED_MS = 30000;

/**
 * Starts the request `loadFeed(src, {proxy, cacheTtl})` would make, unless `loadFeed` asked for
 * it within `cacheTtl` (it is cached or in flight) or it is already prefetched; `onHeaders`
 * sees the response when its headers arrive (to fetch the right adapter), also when the request
 * was prefetched already (the classic loader starts it before the ES module runs). Never throws.
 */
export function prefetchFeed(
  src: string,
  o: {proxy?: string; cacheTtl?: number; onHeaders?: (res: Response) => void} = {}
): void {
  let req: string;
  try {
    req = requestUrl(new URL(src, document.baseURI).href, o.proxy);
    if (!/^https?:/.test(req)) return;
  } catch {
    return;
  }
  const asked = store.asked.get(req);
  const pending = store.pending.get(req);
  if (pending) {
    // Started already (by the classic loader, or another element): the headers still tell this
    // caller which adapter to fetch, now or once they arrive.
    if (o.onHeaders) pending.response.then(o.onHeaders).catch(() => undefined);
    return;
  }
  if (asked !== undefined && Date.now() - asked < (o.cacheTtl ?? 300000)) return;
  const controller = new AbortController();
  const p: Prefetch = {
    controller,
    response: fetch(req, {
      signal: controller.signal,
      credentials: 'omit',
      headers: {accept: ACCEPT},
    }),
  };
  p.response.then((res) => o.onHeaders?.(res)).catch(() => undefined);
  p.timer = setTimeout(() => {
    if (store.pending.get(req) !== p) return;
    store.pending.delete(req);
    controller.abort();
  }, UNCLAIMED_MS);
  store.pending.set(req, p);
}

/**
 * `loadFeed`'s side: notes that it asks for `req` now, and returns the prefetched request for
 * it if there is one (once: the next caller makes its own request).
 */
export function takePrefetch(req: string): Omit<Prefetch, 'timer'> | undefined {
  store.asked.set(req, Date.now());
  const p = store.pending.get(req);
  if (!p) return undefined;
  store.pending.delete(req);
  clearTimeout(p.timer);
  return p;
}

/** Forgets what `loadFeed` asked for (with `clearFeedCache`), so the next sight prefetches. */
export function forgetRequests(): void {
  store.asked.clear();
}

/** The elements that load `src` (a `<news-source>` loads with its list's options). */
export const SOURCE_TAGS = [
  'news-card',
  'article-list',
  'news-source',
  'related-articles',
  'news-article',
];

/**
 * The format adapter a feed's response needs, from its headers (before the body has arrived):
 * `wordpress`, `atom`, `json-feed` or `rss`, or undefined when the type says nothing.
 */
export function formatOf(res: Response): string | undefined {
  if (/\/wp-json\/wp\/v2\//.test(res.url)) return 'wordpress';
  const type = res.headers.get('content-type') ?? '';
  if (/atom/.test(type)) return 'atom';
  if (/feed\+json/.test(type)) return 'json-feed';
  if (/rss|[/+]xml/.test(type)) return 'rss';
  return undefined;
}

/**
 * The CDN build's chunk files (relative to `dist/cdn/`), written in by rollup.config.mjs: per
 * lazily defined tag, its chunk and that chunk's static imports; under `src`, what loading any
 * feed needs; under `article-list[src]`, the list's loading controller; under `format:<name>`,
 * a format adapter's chunk.
 */
export type ChunkMap = Record<string, string[] | undefined>;

/**
 * What the CDN's first file (the ES entry, or the classic loader) does before the core has
 * arrived: for every element in the page, and every one the parser adds while the document is
 * still loading, `<link rel="modulepreload">` of the chunks it will need (`chunks`, files
 * relative to `base`; with the `nonce` and `crossorigin` of `script`), and for an element with
 * `src` (not `lazy`) its feed request and, once the response's headers say which, its format
 * adapter's chunk. `next` runs between the feed requests and the preloads (the ES entry starts
 * its core there). The core's autoloader (autoload.ts) then imports what is under way already.
 */
export function startEarly(
  chunks: ChunkMap,
  base: string,
  script: HTMLScriptElement | null | undefined,
  next?: () => void
): void {
  const preloaded = new Set<string>();
  const preload = (key: string | undefined) => {
    for (const file of (key && chunks[key]) || []) {
      if (preloaded.has(file)) continue;
      preloaded.add(file);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      // The same request the module's import() makes (URL, CORS mode), so it takes this one.
      if (script?.crossOrigin) link.crossOrigin = script.crossOrigin;
      if (script?.nonce) link.nonce = script.nonce;
      link.href = new URL(file, base).href;
      document.head.append(link);
    }
  };
  /** The element that loads `el`'s `src` (a `<news-source>`'s list), unless none or `lazy`. */
  const owner = (el: Element) => {
    if (!el.hasAttribute('src') || !SOURCE_TAGS.includes(el.localName)) return null;
    const o = el.localName === 'news-source' ? el.closest('article-list') : el;
    return o && !o.hasAttribute('lazy') ? o : null;
  };
  const feed = (el: Element) => {
    const o = owner(el);
    if (!o) return;
    const ttl = o.getAttribute('cache-ttl');
    prefetchFeed(el.getAttribute('src')!, {
      proxy: o.getAttribute('proxy') ?? undefined,
      cacheTtl: ttl === null ? undefined : Number(ttl),
      onHeaders: (res) => preload(`format:${formatOf(res)}`),
    });
  };
  const preloads = (el: Element) => {
    preload(el.localName);
    const o = owner(el);
    if (o) preload('src');
    if (o?.localName === 'article-list') preload('article-list[src]');
  };
  // The map's tag names (not its `src`, `article-list[src]` and `format:*` entries).
  const watched = [
    ...SOURCE_TAGS,
    ...Object.keys(chunks).filter((k) => /^[a-z]+-[a-z-]+$/.test(k)),
  ];
  const selector = [...new Set(watched)].join(',');
  const found = (node: ParentNode) => [
    ...(node instanceof Element && node.matches(selector) ? [node] : []),
    ...node.querySelectorAll(selector),
  ];
  // The feeds first, then `next` (the core), then the chunks: on HTTP/1.1 a browser opens six
  // connections per host, and the feed is the longest chain (its parse waits for it).
  const now = found(document);
  now.forEach(feed);
  next?.();
  now.forEach(preloads);
  // Then what the parser adds until the document is complete (the core's autoloader watches
  // from then on).
  if (document.readyState === 'loading') {
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element)
            for (const el of found(n)) {
              feed(el);
              preloads(el);
            }
    });
    observer.observe(document, {childList: true, subtree: true});
    document.addEventListener('DOMContentLoaded', () => observer.disconnect(), {once: true});
  }
}

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
 * `wordpress`, `atom`, `json-feed` or `rss`, or undefined when the type says nothing. Plain
 * `application/json` is read as JSON Feed, which servers often send so (its own type is
 * `application/feed+json`): the other JSON a `src` may hold (our inline shape, or fields an
 * element maps) then downloads 0.8 KiB it does not run, where a JSON Feed saved a round trip.
 */
export function formatOf(res: Response): string | undefined {
  if (/\/wp-json\/wp\/v2\/|rest_route=\/wp\/v2\//.test(res.url)) return 'wordpress';
  const type = res.headers.get('content-type') ?? '';
  if (/atom/.test(type)) return 'atom';
  if (/feed\+json|\/json/.test(type)) return 'json-feed';
  if (/rss|[/+]xml/.test(type)) return 'rss';
  return undefined;
}

/**
 * The format adapter a feed's URL names beyond doubt, before any response: WordPress's REST
 * posts, a path ending in `.rss`, `/rss`, `.atom`, `/atom` or `feed.json`. Undefined for the
 * rest (`feed.xml` is RSS or Atom, `/feed/` either): their headers decide (`formatOf`). A wrong
 * guess costs a small download; the headers still fetch the right one.
 */
export function formatOfUrl(src: string): string | undefined {
  const path = pathOf(src);
  if (path === undefined) return undefined;
  return formatOfPath(path);
}

/**
 * `src`'s path, lower-cased, against the page (a WordPress `?rest_route=/wp/v2/…`, on a site
 * without pretty permalinks, as `/wp-json/wp/v2/…`); undefined when it is no URL.
 */
function pathOf(src: string): string | undefined {
  try {
    const u = new URL(src, document.baseURI);
    const route = u.searchParams.get('rest_route');
    return (route ? `/wp-json${route}` : u.pathname).toLowerCase();
  } catch {
    return undefined;
  }
}

function formatOfPath(path: string): string | undefined {
  if (/\/wp-json\/wp\/v2\//.test(path)) return 'wordpress';
  if (/[./]rss$/.test(path)) return 'rss';
  if (/[./]atom$/.test(path)) return 'atom';
  if (/(^|\/)feed\.json$/.test(path)) return 'json-feed';
  return undefined;
}

/**
 * The adapter whose chunk to preload with the loader, before any response: the one the URL names
 * (`formatOfUrl`), else RSS's, which the CDN build bundles with Atom's (RSS or Atom are what an
 * unnamed feed URL such as `/feed/` or `feed.xml` serves), unless the path ends in `.json` (some
 * JSON: its headers decide). The request then leaves with the others instead of after the
 * feed's headers and a main thread busy evaluating the core (bench/profile-cold.mjs: up to
 * 100 ms later, unthrottled). A wrong guess costs ≈ 2 KiB; the headers still fetch the right one.
 */
export function adapterToPreload(src: string): string | undefined {
  const path = pathOf(src);
  if (path === undefined) return undefined;
  return formatOfPath(path) ?? (path.endsWith('.json') ? undefined : 'rss');
}

/**
 * The CDN build's chunk files, written in by rollup.config.mjs, each named without its folder
 * and extension (`core-HASH` is `dist/cdn/chunks/core-HASH.js`): per lazily defined tag, its
 * chunk and that chunk's static imports; under `src`, what loading any feed needs (the list's
 * loading controller too); under `format:<name>`, what that adapter needs beyond them; under
 * `core`, the core; under `locales`, the UI locales' one hash and their names (autoload.ts
 * reads it).
 */
export type ChunkMap = Record<string, string[] | undefined>;

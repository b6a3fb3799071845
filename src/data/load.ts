/**
 * The one loader every element uses: fetch + share + cache + timeout + retry, then `parseFeed`.
 *
 * - One request per absolute URL at a time, shared by every caller and reference-counted:
 *   one caller aborting does not cancel the others; the request is aborted when all have.
 * - A memory cache with a TTL; `force` skips it. Callers keep their last good feed when a
 *   refresh fails (stale-while-revalidate lives in the controller).
 * - Timeout, capped exponential backoff with jitter, `Retry-After` on 429 and 503.
 * - The size cap is enforced while streaming the body; the bytes are decoded like a browser
 *   decodes a document (`decode.ts`: BOM, HTTP charset, XML declaration or meta, else UTF-8).
 * Every failure is a `FeedError`.
 */
import type {Feed} from './article.js';
import {decodeBytes} from './decode.js';
import {FeedError} from './errors.js';
import {MAX_BYTES, isWordPressPostsUrl, parseFeed, type ParseOptions} from './parse.js';
import {ACCEPT, forgetRequests, requestUrl, takePrefetch} from './prefetch.js';
import {pageUrl} from './ssr.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before one attempt gives up (default 15 000). */
  timeout?: number;
  /** URL template for feeds without CORS: `https://proxy.example/?url={url}`. */
  proxy?: string;
  /** Milliseconds a loaded feed is reused (default 5 minutes). */
  cacheTtl?: number;
  /** Retries after the first attempt for network, timeout, 5xx and 429 (default 2). */
  retries?: number;
  /** Skip the cache (a refresh). */
  force?: boolean;
  maxBytes?: number;
  itemsPath?: string;
  fieldMap?: ParseOptions['fieldMap'];
}

interface Flight {
  promise: Promise<Feed>;
  controller: AbortController;
  users: number;
}

const flights = new Map<string, Flight>();
const cache = new Map<string, {feed: Feed; at: number}>();
const wpSites = new Map<string, Promise<ParseOptions['wpSite']>>();

/** Forgets every cached feed (tests, or a page that wants fresh data). */
export function clearFeedCache(): void {
  cache.clear();
  wpSites.clear();
  forgetRequests();
}

/** `src` as an absolute URL (so `feed.json` and `/feed.json` on one page are one feed). */
export function absoluteUrl(src: string): string {
  try {
    return new URL(src, pageUrl()).href;
  } catch {
    throw new FeedError('network', `"${src}" is not a URL.`, {url: src});
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), {once: true});
  });

async function readCapped(res: Response, max: number, url: string): Promise<string> {
  const tooLarge = () =>
    new FeedError('too-large', `The feed is larger than ${Math.round(max / 1048576)} MB.`, {url});
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) throw tooLarge();
  const type = res.headers.get('content-type');
  if (!res.body) {
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > max) throw tooLarge();
    return decodeBytes(bytes, type);
  }
  // Bytes first, text once: the charset may be declared inside the body (XML declaration).
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return decodeBytes(join(chunks, size), type);
}

/**
 * The chunks as one array, copied here: not through a `Blob`, whose `arrayBuffer()` goes through
 * the browser's blob store (a round trip to another process on the first card's path).
 */
function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function retryAfter(res: Response): number | undefined {
  const v = res.headers.get('retry-after');
  if (!v) return undefined;
  const s = Number(v);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const d = Date.parse(v);
  return Number.isNaN(d) ? undefined : Math.max(0, d - Date.now());
}

async function attempt(
  url: string,
  o: LoadOptions,
  signal: AbortSignal
): Promise<{text: string; res: Response}> {
  const timeout = o.timeout ?? 15000;
  const timer = new AbortController();
  const t = setTimeout(
    () =>
      timer.abort(
        new FeedError(
          'timeout',
          `The feed did not answer within ${Math.round(timeout / 1000)} s.`,
          {url}
        )
      ),
    timeout
  );
  const onAbort = () => timer.abort(signal.reason);
  signal.addEventListener('abort', onAbort, {once: true});
  // The autoloader may have started this very request already (prefetch.ts): take it over, with
  // this attempt's timeout and cancellation.
  const req = requestUrl(url, o.proxy);
  const pre = takePrefetch(req);
  if (pre) {
    if (timer.signal.aborted) pre.controller.abort(timer.signal.reason);
    else
      timer.signal.addEventListener('abort', () => pre.controller.abort(timer.signal.reason), {
        once: true,
      });
  }
  try {
    let res: Response;
    try {
      res = await (pre?.response ??
        fetch(req, {
          signal: timer.signal,
          credentials: 'omit',
          headers: {accept: ACCEPT},
        }));
    } catch (e) {
      if (timer.signal.reason instanceof FeedError) throw timer.signal.reason;
      if (signal.aborted) throw new FeedError('aborted', 'The request was cancelled.', {url});
      throw new FeedError(
        'network',
        `The feed could not be reached. If it is on another site, its server must send Access-Control-Allow-Origin (CORS); the proxy option can help. (${e instanceof Error ? e.message : e})`,
        {url}
      );
    }
    if (!res.ok) {
      throw new FeedError(
        'http',
        `The feed server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`,
        {url, status: res.status, retryAfter: retryAfter(res)}
      );
    }
    try {
      return {text: await readCapped(res, o.maxBytes ?? MAX_BYTES, url), res};
    } catch (e) {
      if (e instanceof FeedError) throw e;
      if (timer.signal.reason instanceof FeedError) throw timer.signal.reason;
      if (signal.aborted) throw new FeedError('aborted', 'The request was cancelled.', {url});
      throw new FeedError('network', 'The connection closed before the whole feed arrived.', {url});
    }
  } finally {
    clearTimeout(t);
    signal.removeEventListener('abort', onAbort);
  }
}

function retryable(e: FeedError): boolean {
  return (
    e.kind === 'network' ||
    e.kind === 'timeout' ||
    (e.kind === 'http' && (e.status === 429 || (e.status ?? 0) >= 500))
  );
}

/**
 * The site index's URL for a WordPress posts URL, asking only for the two fields read here: the
 * whole index lists every route of the site (163 KB, 9.7 KB gzip, on a stock WordPress 6.1
 * without plugins; several times that with plugins).
 */
function wpIndexUrl(url: string): string | undefined {
  const u = new URL(url);
  u.hash = '';
  if (u.searchParams.has('rest_route')) u.search = '?rest_route=/';
  else {
    const at = u.pathname.indexOf('/wp-json/');
    if (at < 0) return undefined;
    u.pathname = u.pathname.slice(0, at + 9);
    u.search = '';
  }
  u.searchParams.set('_fields', 'timezone_string,gmt_offset');
  return u.href;
}

/**
 * Whether a WordPress posts URL asks for local dates without their `_gmt` twins: the `embed`
 * context drops `date_gmt`, and `_fields` may leave it out. Only then is the site's zone worth
 * a request beside the feed's (a post's `date_gmt` is the instant WordPress stored).
 */
function wpWallTimesOnly(url: string): boolean {
  const q = new URL(url).searchParams;
  if (q.get('context') === 'embed') return true;
  const fields = [...q.getAll('_fields'), ...q.getAll('_fields[]')]
    .join(',')
    .split(',')
    .map((f) => f.trim());
  return (
    fields.some(Boolean) &&
    ((fields.includes('date') && !fields.includes('date_gmt')) ||
      (fields.includes('modified') && !fields.includes('modified_gmt')))
  );
}

async function wpSite(
  url: string,
  o: LoadOptions,
  signal: AbortSignal
): Promise<ParseOptions['wpSite']> {
  const index = wpIndexUrl(url);
  if (!index) return undefined;
  let p = wpSites.get(index);
  if (!p) {
    p = attempt(
      index,
      {...o, timeout: Math.min(o.timeout ?? 15000, 5000), maxBytes: 1024 * 1024},
      signal
    )
      .then(({text}) => {
        const j = JSON.parse(text) as {timezone_string?: string; gmt_offset?: number | string};
        return {
          timezoneString: j.timezone_string || undefined,
          gmtOffset: j.gmt_offset === undefined ? undefined : Number(j.gmt_offset),
        };
      })
      .catch(() => undefined);
    wpSites.set(index, p);
  }
  return p;
}

async function run(url: string, o: LoadOptions, signal: AbortSignal): Promise<Feed> {
  const retries = Math.max(0, o.retries ?? 2);
  for (let i = 0; ; i++) {
    try {
      // A WordPress site's zone only for posts whose dates come without `date_gmt`: beside the
      // feed's request when the URL says so, else after it when its text has none.
      const wp = isWordPressPostsUrl(url);
      const [{text, res}, predicted] = await Promise.all([
        attempt(url, o, signal),
        wp && wpWallTimesOnly(url) ? wpSite(url, o, signal) : undefined,
      ]);
      const site =
        predicted ??
        (wp && !text.includes('"date_gmt"') && /"(date|modified)"/.test(text)
          ? await wpSite(url, o, signal)
          : undefined);
      return await parseFeed(text, {
        url,
        contentType: res.headers.get('content-type') ?? undefined,
        headers: res.headers,
        wpSite: site,
        itemsPath: o.itemsPath,
        fieldMap: o.fieldMap,
        maxBytes: o.maxBytes,
      });
    } catch (e) {
      const err = e instanceof FeedError ? e : new FeedError('network', String(e), {url});
      if (signal.aborted) throw new FeedError('aborted', 'The request was cancelled.', {url});
      if (i >= retries || !retryable(err)) throw err;
      const backoff = Math.min(8000, 500 * 2 ** i) * (0.5 + Math.random() / 2);
      await sleep(Math.min(err.details.retryAfter ?? backoff, 60000), signal).catch(() => {
        throw new FeedError('aborted', 'The request was cancelled.', {url});
      });
    }
  }
}

function cacheKey(url: string, o: LoadOptions): string {
  return `${url}\n${o.proxy ?? ''}\n${o.itemsPath ?? ''}\n${JSON.stringify(o.fieldMap ?? {})}`;
}

/** The cache's key of `src` loaded with `options` (the key `news-blocks/server` writes feeds by). */
export function feedKey(src: string, options: LoadOptions = {}): string {
  return cacheKey(absoluteUrl(src), options);
}

/** Caches `feed` under `key` as just loaded, unless a feed is cached there (a served feed). */
export function primeFeed(key: string, feed: Feed): void {
  if (!cache.has(key)) cache.set(key, {feed, at: Date.now()});
}

/**
 * The last good feed loaded for `src` with these options, however old (or `undefined`), without
 * a request: what an element shows at once while `loadFeed` revalidates (stale-while-revalidate).
 */
export function peekFeed(src: string, options: LoadOptions = {}): Feed | undefined {
  try {
    return cache.get(cacheKey(absoluteUrl(src), options))?.feed;
  } catch {
    return undefined;
  }
}

/**
 * Loads and parses the feed at `src` (resolved against `document.baseURI`).
 *
 * Callers of one URL share one request; a fresh cached feed (younger than `cacheTtl`) is
 * returned without a request unless `force`. Throws only `FeedError`: `network` (also CORS),
 * `http` (with `status`), `timeout`, `aborted`, `parse`, `unsupported`, `too-large`.
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<Feed> {
  let url: string;
  try {
    url = absoluteUrl(src);
  } catch (e) {
    return Promise.reject(e);
  }
  const key = cacheKey(url, options);
  const ttl = options.cacheTtl ?? 5 * 60 * 1000;
  const hit = cache.get(key);
  if (!options.force && hit && Date.now() - hit.at < ttl) return Promise.resolve(hit.feed);
  if (options.signal?.aborted)
    return Promise.reject(new FeedError('aborted', 'The request was cancelled.', {url}));

  let flight = flights.get(key);
  if (!flight) {
    const controller = new AbortController();
    const f: Flight = {
      controller,
      users: 0,
      promise: run(url, options, controller.signal)
        .then((feed) => {
          cache.set(key, {feed, at: Date.now()});
          return feed;
        })
        .finally(() => {
          if (flights.get(key) === f) flights.delete(key);
        }),
    };
    f.promise.catch(() => undefined);
    flights.set(key, f);
    flight = f;
  }
  const shared = flight;
  shared.users++;
  return new Promise<Feed>((resolve, reject) => {
    let settled = false;
    const leave = () => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      if (--shared.users === 0 && flights.get(key) === shared) {
        shared.controller.abort(new FeedError('aborted', 'The request was cancelled.', {url}));
        flights.delete(key);
      }
    };
    const onAbort = () => {
      leave();
      reject(new FeedError('aborted', 'The request was cancelled.', {url}));
    };
    options.signal?.addEventListener('abort', onAbort, {once: true});
    /** The shared request settled: pass its answer on, unless this caller left already. */
    const settle =
      <T>(pass: (value: T) => void) =>
      (value: T) => {
        if (settled) return;
        settled = true;
        shared.users--;
        options.signal?.removeEventListener('abort', onAbort);
        pass(value);
      };
    shared.promise.then(settle(resolve), settle(reject));
  });
}

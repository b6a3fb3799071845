/**
 * The feeds of elements with `src` when a page is rendered on a server: `news-blocks/server`
 * loads them between its render passes and writes them into the page
 * (`<script type="application/json" data-news-feeds>`), where the client's loading controller
 * finds them, so it shows the very articles the server rendered and does not load them again.
 * Not in the always-loaded bundle: only the loading controller and the server import it.
 */
import {isServer} from 'lit';
import type {Feed} from './article.js';
import type {FeedErrorKind} from './errors.js';
import {serverWork} from './ssr.js';

/**
 * What `news-blocks/server` loaded for one feed (by the loader's cache key): the feed, or the
 * failure as plain data (`FeedError`'s fields), so the client renders what the server did.
 */
export interface ServedFeed {
  feed?: Feed;
  error?: {kind: FeedErrorKind; message: string; status?: number; url?: string};
}

/** Loader options a server sets for its loads (`timeout`, `retries`). */
export interface ServerLoadOptions {
  timeout?: number;
  retries?: number;
}

/** On a server: the feeds of the render in progress (a pass sets it, as it sets `pageUrl`). */
let served: Map<string, ServedFeed | Promise<unknown>> | undefined;
let serverOptions: ServerLoadOptions = {};

/**
 * Sets (or clears) the served feeds of the render in progress and the loader options of its
 * loads (`news-blocks/server`).
 */
export function setServedFeeds(map: typeof served, options: ServerLoadOptions = {}): void {
  served = map;
  serverOptions = options;
}

/** In a browser: each `data-news-feeds` script's feeds by key, parsed once. */
const parsed = new WeakMap<Element, Map<string, ServedFeed>>();

/**
 * The feed (or failure) the server rendered for cache key `key`, else `undefined`.
 *
 * - On a server, inside `renderToString`: when not loaded yet, `load(options)` starts as server work
 *   and the next pass has it (a feed the server loads is written into the page with it).
 * - In a browser: what the server wrote into the page (`<script type="application/json"
 *   data-news-feeds>`), so the client shows the very articles the server rendered and does not
 *   load them again.
 */
export function servedFeed(
  key: string,
  load: (options: ServerLoadOptions) => Promise<Feed>
): ServedFeed | undefined {
  if (isServer) return serverLoad(key, load);
  for (const s of globalThis.document?.querySelectorAll('script[data-news-feeds]') ?? []) {
    let feeds = parsed.get(s);
    if (!feeds) {
      try {
        feeds = new Map(JSON.parse(s.textContent!) as [string, ServedFeed][]);
      } catch {
        // Not the server's JSON: nothing served.
      }
      parsed.set(s, (feeds ??= new Map()));
    }
    const hit = feeds.get(key);
    if (hit) return hit;
  }
  return undefined;
}

/** On a server: the render's feed of `key`, or its load started as server work. */
function serverLoad(
  key: string,
  load: (options: ServerLoadOptions) => Promise<Feed>
): ServedFeed | undefined {
  const map = served;
  if (map) {
    const got = map.get(key);
    if (got instanceof Promise) return undefined;
    if (got) return got;
    const run = load(serverOptions).then(
      (feed) => map.set(key, {feed}),
      (e: {kind?: FeedErrorKind; message?: string; status?: number; url?: string}) =>
        map.set(key, {
          error: {
            kind: e?.kind ?? 'network',
            message: String(e?.message ?? e),
            status: e?.status,
            url: e?.url,
          },
        })
    );
    map.set(key, run);
    serverWork(run);
  }
  return undefined;
}

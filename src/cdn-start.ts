/**
 * The CDN bundle's entry (`dist/cdn/news-blocks.js`, about 2 KiB): a first file small enough
 * to arrive one round trip after the page, whose first statements start everything the page's
 * elements will need at once and in parallel: the feed request of every element with `src`,
 * the element chunks, the loader's chunks and (from the response's headers) the format
 * adapter's, by `<link rel="modulepreload">` from the build's chunk map, and the core
 * (`chunks/core-*.js`, from cdn.ts: Lit, `<news-card>`, the autoloader and the light API).
 *
 * The module then waits for the core (top-level await) and exports its API, so
 * `import {NewsCard, normalizeArticles} from '…/news-blocks.js'` keeps working: every export is
 * there, synchronously, when the importing module runs. Without this file the feed request
 * waited for the whole core to arrive and run (one round trip and its transfer later).
 */
import {startEarly, type ChunkMap} from './data/prefetch.js';

/** The build's chunk map (rollup.config.mjs writes it in); empty anywhere else. */
const CHUNK_JSON: string = '__NEWS_BLOCKS_CHUNKS__';
const CHUNKS = (CHUNK_JSON.startsWith('{') ? JSON.parse(CHUNK_JSON) : {}) as ChunkMap;

// rollup.config.mjs points this at the core's chunk (chunks/core-*.js).
const importCore = () => import('./cdn.js');
let started: ReturnType<typeof importCore> | undefined;
if (typeof document !== 'undefined') {
  // This module's own <script> (its `nonce` and `crossorigin` go to the preloads).
  const script = [...document.scripts].find((s) => s.src === import.meta.url);
  // The feed requests, then the core, then the chunks' preloads.
  startEarly(CHUNKS, import.meta.url, script, () => (started = importCore()));
}
const core = await (started ?? importCore());

// Every runtime export of cdn.ts (the build fails when one is missing here).
export const {
  normalizeArticles,
  normalizeFeed,
  safeUrl,
  safeSrcset,
  NewsCard,
  NewsElement,
  NewsArticleSelectEvent,
  cardTemplate,
  registerLocale,
  loadLocale,
  SUPPORTED_LOCALES,
  define,
  FeedError,
  NewsErrorEvent,
  NewsLoadEvent,
  loadElement,
  autoloadElements,
  LAZY_TAGS,
  loadFeed,
  parseFeed,
  clearFeedCache,
} = core;
export type * from './cdn.js';

/**
 * The CDN bundle's entry (`dist/cdn/news-blocks.js`, about 2.9 KiB gzip): a first file small enough
 * to arrive one round trip after the page, whose first statements start everything the page's
 * elements will need at once and in parallel: the feed request of every element with `src`,
 * the core (`chunks/core-*.js`, from cdn.ts: Lit, `<news-card>` and the light API), each
 * element's chunk, and the loader's and (from the response's headers) the format adapter's
 * chunks, by `<link rel="modulepreload">` from the build's chunk map. The autoloader
 * (autoload.ts) lives here too: it needs none of the core's code.
 *
 * The module then waits for the core (top-level await) and exports its API, so
 * `import {NewsCard, normalizeArticles} from '…/news-blocks.js'` keeps working: every export is
 * there, synchronously, when the importing module runs. Without this file the feed request
 * waited for the whole core to arrive and run (a round trip and its transfer later).
 */
import {
  autoloadElements,
  configure,
  loadElement,
  LAZY_TAGS,
  preload,
  startEarly,
} from './autoload.js';
import type {ChunkMap} from './data/prefetch.js';

/** The build's chunk map (rollup.config.mjs writes it in); empty anywhere else. */
const CHUNK_JSON: string = '__NEWS_BLOCKS_CHUNKS__';
const CHUNKS = (CHUNK_JSON.startsWith('{') ? JSON.parse(CHUNK_JSON) : {}) as ChunkMap;

/**
 * Chromium's first `Intl` call that needs locale data costs 40–60 ms of main thread (V8 builds
 * its set of available locales and ICU loads its data; the next formatter costs ~5 ms), whichever
 * call it is. The first card pays it in `resolveLocales` (`supportedLocalesOf`) and its date's
 * `Intl.DateTimeFormat`, after the feed and the chunks have arrived. Made here, in an idle
 * moment while they download, the same call is cached when the card asks (bench/profile-cold.mjs
 * measured it). Nothing is skipped: the card still resolves and formats as before.
 */
function warmIntl(): void {
  const warm = () => {
    try {
      const lang = document.documentElement.lang || navigator.language;
      Intl.DateTimeFormat.supportedLocalesOf(lang);
      // The locale's date, time and zone-name data (the card's `title` has the full date) and
      // its list patterns (bylines): ~5 ms each for the first formatter of its kind.
      new Intl.DateTimeFormat(lang, {dateStyle: 'full', timeStyle: 'long'}).format(0);
      new Intl.ListFormat(lang, {style: 'long', type: 'conjunction'}).format(['a', 'b']);
    } catch {
      // A malformed `lang`: the card falls back as it always does.
    }
  };
  // A task of its own right after this one: the chunks are on their way, and the main thread
  // is idle until they arrive (an idle callback came too late in a loading page: after the core).
  setTimeout(warm);
}

// rollup.config.mjs points this at the core's chunk (chunks/core-*.js).
const importCore = () => import('./cdn.js');
let started: ReturnType<typeof importCore> | undefined;
if (typeof document !== 'undefined') {
  // This module's own <script> (its `nonce` and `crossorigin` go to the preloads); the classic
  // loader's, when it loaded this file.
  const script = [...document.scripts].find((s) => s.src === import.meta.url);
  // Intl is warmed up once the first element is seen: at once, or, for an `async` script in the
  // head, when the parser adds it (a page that only imports the API, or has no element, skips it).
  configure(CHUNKS, import.meta.url, script, warmIntl);
  // The feed requests, then the core, then the chunks' preloads; then the elements' chunks
  // (tags already parsed now; the observer also sees what the parser adds after this runs).
  startEarly(() => {
    preload('core');
    started = importCore();
  });
  autoloadElements(document);
}
const core = await (started ?? importCore());

// Every runtime export of cdn.ts (the build fails when one is missing here), and the
// autoloader's.
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
  loadFeed,
  parseFeed,
  clearFeedCache,
} = core;
export {loadElement, autoloadElements, LAZY_TAGS};
export type {LazyTag} from './autoload.js';
export type * from './cdn.js';

// Loaded by the classic script (classic.ts): hand it the API for `window.NewsBlocks`.
const classic = (globalThis as Record<symbol, unknown>)[Symbol.for('news-blocks.module')];
if (typeof classic === 'function')
  (classic as (m: object) => void)({...core, loadElement, autoloadElements, LAZY_TAGS});

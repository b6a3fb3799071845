/**
 * The classic script (`dist/cdn/news-blocks.iife.js`), for CMSs and tag managers that cannot
 * load modules: a loader of a few KiB instead of one file with every element, parser and locale.
 *
 * - `window.NewsBlocks` has the plain functions at once (`normalizeArticles`, `normalizeFeed`,
 *   `safeUrl`, `safeSrcset`), so a page's next inline script can build an `Article`; setting
 *   `card.article` before `<news-card>` is defined is fine (the element takes it on upgrade).
 * - It loads the ES module beside itself, which defines the tags. While the page is parsed it
 *   watches for the elements: for each it preloads (`<link rel="modulepreload">`) the element's
 *   chunk and, with `src`, the loader's chunks, and starts the feed request (the ES module's
 *   `loadFeed` takes it over), so none of these waits for the ES module to run first.
 * - `NewsBlocks.ready` resolves with the whole API once the module has run; then `NewsBlocks`
 *   also has every export of the module (`NewsCard`, `loadElement`, `loadFeed`, …).
 */
import {normalizeArticles, normalizeFeed} from './data/formats/inline.js';
import {safeSrcset, safeUrl} from './data/sanitize.js';
import {configure, preload, startEarly, startWhileParsing} from './autoload.js';
import type {ChunkMap} from './data/prefetch.js';

const MODULE = Symbol.for('news-blocks.module');

/**
 * The ES build's chunk files (see `ChunkMap`), with the core under `core`. rollup.config.mjs
 * writes them in for the CDN file; empty anywhere else.
 */
const CHUNK_JSON: string = '__NEWS_BLOCKS_CHUNKS__';
const CHUNKS = (CHUNK_JSON.startsWith('{') ? JSON.parse(CHUNK_JSON) : {}) as ChunkMap;
type Api = Record<string, unknown>;

const api: Api = {normalizeArticles, normalizeFeed, safeUrl, safeSrcset};
export {normalizeArticles, normalizeFeed, safeUrl, safeSrcset};

/** Resolves with the ES module's exports once it has run (`NewsBlocks` has them too then). */
export const ready: Promise<Api> = new Promise<Api>((resolve, reject) => {
  const script = document.currentScript as HTMLScriptElement | null;
  const base = new URL('news-blocks.js', script?.src || document.baseURI).href;
  const g = globalThis as Record<symbol, unknown> & {NewsBlocks?: Api};
  g[MODULE] = (m: Api) => {
    Object.assign(g.NewsBlocks ?? api, m);
    resolve(g.NewsBlocks ?? api);
  };
  // The ES entry (news-blocks.js), which defines the tags and imports the core: the core is
  // preloaded beside it, with the feeds and chunks, so it does not wait for the entry to run.
  const s = document.createElement('script');
  s.type = 'module';
  s.src = base;
  if (script?.nonce) s.nonce = script.nonce;
  if (script?.crossOrigin) s.crossOrigin = script.crossOrigin;
  s.onerror = () => reject(new Error(`news-blocks: could not load ${s.src}`));
  configure(CHUNKS, base, script);
  startEarly(() => {
    document.head.append(s);
    preload('core');
  });
  startWhileParsing();
});
ready.catch((e: unknown) => console.error(e));

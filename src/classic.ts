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
import {prefetchFeed} from './data/prefetch.js';

const MODULE = Symbol.for('news-blocks.module');

/**
 * The ES build's chunk files: per tag, and under `src` / `article-list[src]` what loading a
 * feed needs. rollup.config.mjs writes them in for the CDN file; empty anywhere else.
 */
const CHUNK_JSON: string = '__NEWS_BLOCKS_CHUNKS__';
const CHUNKS = (CHUNK_JSON.startsWith('{') ? JSON.parse(CHUNK_JSON) : {}) as Record<
  string,
  string[] | undefined
>;
/** The elements that load `src` (a `<news-source>` loads with its list's options). */
const SOURCE_TAGS = [
  'news-card',
  'article-list',
  'news-source',
  'related-articles',
  'news-article',
];
type Api = Record<string, unknown>;

const api: Api = {normalizeArticles, normalizeFeed, safeUrl, safeSrcset};
export {normalizeArticles, normalizeFeed, safeUrl, safeSrcset};

/** Resolves with the ES module's exports once it has run (`NewsBlocks` has them too then). */
export const ready: Promise<Api> = new Promise<Api>((resolve, reject) => {
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src || document.baseURI;
  const g = globalThis as Record<symbol, unknown> & {NewsBlocks?: Api};
  g[MODULE] = (m: Api) => {
    Object.assign(g.NewsBlocks ?? api, m);
    resolve(g.NewsBlocks ?? api);
  };
  const s = document.createElement('script');
  s.type = 'module';
  s.src = new URL('news-blocks.js', base).href;
  if (script?.nonce) s.nonce = script.nonce;
  if (script?.crossOrigin) s.crossOrigin = script.crossOrigin;
  s.onerror = () => reject(new Error(`news-blocks: could not load ${s.src}`));
  document.head.append(s);

  const preloaded = new Set<string>();
  const preload = (key: string) => {
    for (const file of CHUNKS[key] ?? []) {
      if (preloaded.has(file)) continue;
      preloaded.add(file);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      // The same request the ES module's import() makes (URL, CORS mode), so it takes this one.
      if (script?.crossOrigin) link.crossOrigin = script.crossOrigin;
      if (script?.nonce) link.nonce = script.nonce;
      link.href = new URL(file, s.src).href;
      document.head.append(link);
    }
  };
  const seen = (el: Element) => {
    const tag = el.localName;
    preload(tag);
    const src = el.getAttribute('src');
    if (!src || !SOURCE_TAGS.includes(tag)) return;
    const owner = tag === 'news-source' ? el.closest('article-list') : el;
    if (!owner || owner.hasAttribute('lazy')) return;
    preload('src');
    if (owner.localName === 'article-list') preload('article-list[src]');
    const ttl = owner.getAttribute('cache-ttl');
    prefetchFeed(src, {
      proxy: owner.getAttribute('proxy') ?? undefined,
      cacheTtl: ttl === null ? undefined : Number(ttl),
    });
  };
  // The map's tag names (not its `src` and `article-list[src]` entries).
  const watched = [
    ...SOURCE_TAGS,
    ...Object.keys(CHUNKS).filter((k) => /^[a-z]+-[a-z-]+$/.test(k)),
  ];
  const selector = [...new Set(watched)].join(',');
  const scan = (node: ParentNode) => {
    if (node instanceof Element && node.matches(selector)) seen(node);
    for (const el of node.querySelectorAll(selector)) seen(el);
  };
  // What is parsed already, then what the parser adds until the document is complete (the ES
  // module watches from then on).
  scan(document);
  if (document.readyState === 'loading') {
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) scan(n);
    });
    observer.observe(document, {childList: true, subtree: true});
    document.addEventListener('DOMContentLoaded', () => observer.disconnect(), {once: true});
  }
});
ready.catch((e: unknown) => console.error(e));

/**
 * The classic script (`dist/cdn/news-blocks.iife.js`), for CMSs and tag managers that cannot
 * load modules: a loader of a few KiB instead of one file with every element, parser and locale.
 *
 * - `window.NewsBlocks` has the plain functions at once (`normalizeArticles`, `normalizeFeed`,
 *   `safeUrl`, `safeSrcset`), so a page's next inline script can build an `Article`; setting
 *   `card.article` before `<news-card>` is defined is fine (the element takes it on upgrade).
 * - It starts the feed request of every element with `src` already in the page (the ES module's
 *   `loadFeed` takes them over), and loads the ES module beside itself, which defines the tags.
 * - `NewsBlocks.ready` resolves with the whole API once the module has run; then `NewsBlocks`
 *   also has every export of the module (`NewsCard`, `loadElement`, `loadFeed`, …).
 */
import {normalizeArticles, normalizeFeed} from './data/formats/inline.js';
import {safeSrcset, safeUrl} from './data/sanitize.js';
import {prefetchFeed} from './data/prefetch.js';

const MODULE = Symbol.for('news-blocks.module');
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
  for (const el of document.querySelectorAll(
    'news-card[src],article-list[src],related-articles[src],news-article[src]'
  ))
    if (!el.hasAttribute('lazy'))
      prefetchFeed(el.getAttribute('src')!, {proxy: el.getAttribute('proxy') ?? undefined});
  const s = document.createElement('script');
  s.type = 'module';
  s.src = new URL('news-blocks.js', base).href;
  if (script?.nonce) s.nonce = script.nonce;
  if (script?.crossOrigin) s.crossOrigin = script.crossOrigin;
  s.onerror = () => reject(new Error(`news-blocks: could not load ${s.src}`));
  document.head.append(s);
});
ready.catch((e: unknown) => console.error(e));

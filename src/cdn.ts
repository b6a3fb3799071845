/**
 * The CDN bundle's core (`dist/cdn/chunks/core-*.js`), which the entry (cdn-start.ts,
 * `news-blocks.js`) imports once it has started the feed requests, the element chunks and the
 * chunk preloads: Lit, `<news-card>` (defined at once) and the light API.
 */
import './news-card/news-card.js';

export * from './core.js';

type Load = typeof import('./data/load.js');
type Parse = typeof import('./data/parse.js');
/** `loadFeed` (see `news-blocks`), fetched with the loader chunk on first call. */
export const loadFeed: Load['loadFeed'] = (src, options) =>
  import('./data/load.js').then((m) => m.loadFeed(src, options));
/** `parseFeed` (see `news-blocks`), fetched with the loader chunk on first call. */
export const parseFeed: Parse['parseFeed'] = (text, options) =>
  import('./data/parse.js').then((m) => m.parseFeed(text, options));
/** `clearFeedCache` (see `news-blocks`); resolves once the cache is empty. */
export const clearFeedCache = (): Promise<void> =>
  import('./data/load.js').then((m) => m.clearFeedCache());

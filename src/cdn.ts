/**
 * The CDN bundle's core (`dist/cdn/chunks/core-*.js`), which the entry (cdn-start.ts,
 * `news-blocks.js`) and the classic loader load once they have started the feed requests and
 * chunk preloads: defines `<news-card>` at once, every other element when its tag first appears
 * in the page, starts the feed request of every element with `src` it sees (the ones the entry
 * started are taken, not asked again), and exports the light API. The element classes arrive
 * with `await loadElement('article-list')`.
 */
import './news-card/news-card.js';
import {autoloadElements} from './autoload.js';
import * as api from './core.js';

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

// Tags already parsed load now; the observer also sees what the parser adds after this runs.
if (typeof document !== 'undefined') autoloadElements(document);

// Loaded by the classic script (classic.ts): hand it the API for `window.NewsBlocks`.
const classic = (globalThis as Record<symbol, unknown>)[Symbol.for('news-blocks.module')];
if (typeof classic === 'function')
  (classic as (m: object) => void)({...api, loadFeed, parseFeed, clearFeedCache});

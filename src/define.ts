/** Registers every tag (guarded) and exports the public API, for pages and bundlers. */
import './news-card/news-card.js';
import './article-list/article-list.js';
import './news-source/news-source.js';
import './news-time/news-time.js';

export * from './index.js';

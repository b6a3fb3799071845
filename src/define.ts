/** Registers every tag (guarded) and exports the public API: the CDN bundle's entry. */
import './news-card/news-card.js';

export * from './index.js';

/** Registers every tag (guarded) and exports the public API, for pages and bundlers. */
import './news-card/news-card.js';
import './article-list/article-list.js';
import './news-source/news-source.js';
import './news-time/news-time.js';
import './related-articles/related-articles.js';
import './photo-caption/photo-caption.js';
import './news-tags/news-tags.js';
import './news-breadcrumbs/news-breadcrumbs.js';
import './news-article/news-article.js';
import './news-comments/news-comments.js';

export * from './index.js';

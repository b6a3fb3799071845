/**
 * news-blocks: classes, data API and types, exactly what the README's "API" section lists.
 * No side effects: importing this defines no tag (import `news-blocks/define.js` or one
 * element's define file for that; an element defines the children it renders itself).
 * Templates, controllers and convention helpers that are not API live in `src/internal/`.
 */
export * from './core.js';
// The loader, the parsers and the loading controller: in the CDN bundle they arrive with the
// first element that has a `src` (`FeedSource` imports them), so they are not in `core.ts`.
export {parseFeed, isWordPressPostsUrl, type ParseOptions} from './data/parse.js';
export {loadFeed, clearFeedCache, type LoadOptions} from './data/load.js';
export {FeedController, type FeedStatus} from './controllers/feed-controller.js';
// Article-page helpers: in the CDN bundle they arrive with the elements that use them.
export {sanitizeHtml, htmlToText} from './data/html.js';
export {
  ArticleList,
  type ListLayout,
  type ListMode,
} from './article-list/article-list.component.js';
export {NewsSource} from './news-source/news-source.component.js';
export {NewsTime} from './news-time/news-time.component.js';
export {
  RelatedArticles,
  type RelatedLayout,
  type RelatedView,
  type CurrentArticle,
} from './related-articles/related-articles.component.js';
export {PhotoCaption} from './photo-caption/photo-caption.component.js';
export {NewsTags} from './news-tags/news-tags.component.js';
export {
  NewsBreadcrumbs,
  type BreadcrumbItem,
} from './news-breadcrumbs/news-breadcrumbs.component.js';
export {NewsArticle} from './news-article/news-article.component.js';
export {
  NewsComments,
  threadComments,
  type CommentOrder,
} from './news-comments/news-comments.component.js';
export {newsArticleJsonLd} from './news-article/structured-data.js';
export {relatedArticles} from './data/related.js';
export {
  canonicalUrl,
  mergeArticles,
  dedupeArticles,
  filterArticles,
  sortArticles,
  type SortOrder,
} from './data/merge.js';
export {
  NEWS_BLOCKS_TAGS,
  isNewsBlocksTag,
  type NewsBlocksElements,
  type NewsBlocksEvents,
  type ElementProps,
} from './frameworks/elements.js';

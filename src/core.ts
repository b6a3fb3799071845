/**
 * The light half of the public API: the inline data spine, `<news-card>`'s class, the shared
 * card template, events and localization. The CDN bundle loads this up front (its entry adds the
 * autoloader's `loadElement`, `autoloadElements` and `LAZY_TAGS`); the loader
 * (`loadFeed`, `parseFeed`, `FeedController`: `index.ts` exports them, the CDN bundle as
 * on-demand wrappers) and the classes of the other elements arrive on demand there.
 */
export type {
  Article,
  ArticleAuthor,
  ArticleImage,
  ArticleSource,
  Comment,
  CommentAvatar,
  Feed,
} from './data/article.js';
export {normalizeArticles, normalizeFeed} from './data/formats/inline.js';
export {safeUrl, safeSrcset} from './data/sanitize.js';
export {NewsCard} from './news-card/news-card.component.js';
export {NewsElement} from './base/news-element.js';
export {NewsArticleSelectEvent} from './events/news-article-select.js';
export {cardTemplate, type CardOptions, type CardLayout} from './internal/templates/card.js';
export {registerLocale, loadLocale} from './i18n/localize.js';
export {SUPPORTED_LOCALES} from './i18n/locales.js';
export {define} from './define-element.js';
export type {ParseOptions} from './data/parse.js';
export type {LoadOptions} from './data/load.js';
export {FeedError, type FeedErrorKind} from './data/errors.js';
export type {FeedStatus} from './controllers/feed-controller.js';
export {NewsErrorEvent} from './events/news-error.js';
export {NewsLoadEvent} from './events/news-load.js';

/**
 * The tags and their classes, as frameworks see them: the one list of tags (for Vue's
 * `isCustomElement`, which cannot use a prefix: our tags share none) and the property and event
 * types the framework declaration files build on. Types only, apart from the list.
 */
import type {LitElement} from 'lit';
import type {ArticleList} from '../article-list/article-list.js';
import type {NewsArticle} from '../news-article/news-article.js';
import type {NewsBreadcrumbs} from '../news-breadcrumbs/news-breadcrumbs.js';
import type {NewsCard} from '../news-card/news-card.js';
import type {NewsComments} from '../news-comments/news-comments.js';
import type {NewsSource} from '../news-source/news-source.js';
import type {NewsTags} from '../news-tags/news-tags.js';
import type {NewsTime} from '../news-time/news-time.js';
import type {PhotoCaption} from '../photo-caption/photo-caption.js';
import type {RelatedArticles} from '../related-articles/related-articles.js';
import type {NewsArticleSelectEvent} from '../events/news-article-select.js';
import type {NewsErrorEvent} from '../events/news-error.js';
import type {NewsLoadEvent} from '../events/news-load.js';

/** Every tag news-blocks defines, and its class. */
export interface NewsBlocksElements {
  'article-list': ArticleList;
  'news-article': NewsArticle;
  'news-breadcrumbs': NewsBreadcrumbs;
  'news-card': NewsCard;
  'news-comments': NewsComments;
  'news-source': NewsSource;
  'news-tags': NewsTags;
  'news-time': NewsTime;
  'photo-caption': PhotoCaption;
  'related-articles': RelatedArticles;
}

/** Every tag news-blocks defines. */
export const NEWS_BLOCKS_TAGS = [
  'article-list',
  'news-article',
  'news-breadcrumbs',
  'news-card',
  'news-comments',
  'news-source',
  'news-tags',
  'news-time',
  'photo-caption',
  'related-articles',
] as const satisfies readonly (keyof NewsBlocksElements)[];

/** True for a tag news-blocks defines: Vue's `compilerOptions.isCustomElement`. */
export function isNewsBlocksTag(tag: string): boolean {
  return (NEWS_BLOCKS_TAGS as readonly string[]).includes(tag);
}

/** The events every element may send (they bubble, so a wrapper hears its children's too). */
export interface NewsBlocksEvents {
  'news-load': NewsLoadEvent;
  'news-error': NewsErrorEvent;
  'news-article-select': NewsArticleSelectEvent;
}

type DataKeys<E> = {
  [K in keyof E]-?: E[K] extends (...args: never[]) => unknown ? never : K;
}[keyof E];

/** An element's own properties (not LitElement's or HTMLElement's), all optional. */
export type ElementProps<E> = Partial<Pick<E, Exclude<DataKeys<E>, keyof LitElement>>>;

/** `onnews-load` and friends: the lowercase event-name handlers React 19 and Svelte 5 attach. */
export type LowercaseEventHandlers = {
  [K in keyof NewsBlocksEvents as `on${K}`]?: (event: NewsBlocksEvents[K]) => void;
};

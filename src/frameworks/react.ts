/**
 * React wrappers made with `@lit/react` (`news-blocks/react.js`): `<NewsCard article={a}
 * onArticleSelect={…} />` with camelCase event props, for React 18 and 19. Importing this
 * module defines the tags. React 19 also takes the plain tags (see `news-blocks/react-jsx.js`).
 */
import * as React from 'react';
import {createComponent} from '@lit/react';
import {ArticleList as ArticleListElement} from '../article-list/article-list.js';
import {NewsArticle as NewsArticleElement} from '../news-article/news-article.js';
import {NewsBreadcrumbs as NewsBreadcrumbsElement} from '../news-breadcrumbs/news-breadcrumbs.js';
import {NewsCard as NewsCardElement} from '../news-card/news-card.js';
import {NewsComments as NewsCommentsElement} from '../news-comments/news-comments.js';
import {NewsSource as NewsSourceElement} from '../news-source/news-source.js';
import {NewsTags as NewsTagsElement} from '../news-tags/news-tags.js';
import {NewsTime as NewsTimeElement} from '../news-time/news-time.js';
import {PhotoCaption as PhotoCaptionElement} from '../photo-caption/photo-caption.js';
import {RelatedArticles as RelatedArticlesElement} from '../related-articles/related-articles.js';
import type {NewsArticleSelectEvent} from '../events/news-article-select.js';
import type {NewsErrorEvent} from '../events/news-error.js';
import type {NewsLoadEvent} from '../events/news-load.js';
import type {EventName} from '@lit/react';

const loading = {
  onNewsLoad: 'news-load' as EventName<NewsLoadEvent>,
  onNewsError: 'news-error' as EventName<NewsErrorEvent>,
};
const selecting = {
  ...loading,
  onArticleSelect: 'news-article-select' as EventName<NewsArticleSelectEvent>,
};

const wrap = <E extends HTMLElement, Ev extends Record<string, EventName | string>>(
  tagName: string,
  elementClass: new () => E,
  events: Ev
) => createComponent({react: React, tagName, elementClass, events});

export const NewsCard = wrap('news-card', NewsCardElement, selecting);
export const ArticleList = wrap('article-list', ArticleListElement, selecting);
export const RelatedArticles = wrap('related-articles', RelatedArticlesElement, selecting);
export const NewsArticle = wrap('news-article', NewsArticleElement, selecting);
export const NewsComments = wrap('news-comments', NewsCommentsElement, loading);
export const NewsTime = wrap('news-time', NewsTimeElement, {});
export const NewsSource = wrap('news-source', NewsSourceElement, {});
export const PhotoCaption = wrap('photo-caption', PhotoCaptionElement, {});
export const NewsTags = wrap('news-tags', NewsTagsElement, {});
export const NewsBreadcrumbs = wrap('news-breadcrumbs', NewsBreadcrumbsElement, {});

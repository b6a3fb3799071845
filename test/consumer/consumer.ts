// A TypeScript consumer of the published package: must type-check against dist/*.d.ts.
import 'news-blocks/news-card.js';
import 'news-blocks/article-list.js';
import 'news-blocks/related-articles.js';
import 'news-blocks/news-article.js';
import 'news-blocks/photo-caption.js';
import 'news-blocks/news-tags.js';
import 'news-blocks/news-breadcrumbs.js';
import 'news-blocks/news-time.js';
import 'news-blocks/news-comments.js';
import {
  normalizeArticles,
  relatedArticles,
  type Article,
  type BreadcrumbItem,
  type Comment,
  type Feed,
} from 'news-blocks';

const card = document.querySelector('news-card')!;
const article: Article | undefined = card.article;
card.article = normalizeArticles([{title: 'x'}])[0];
card.headingLevel = 2;
const feed: Feed = {articles: article ? [article] : []};
card.addEventListener('news-article-select', (e) => e.article.title.toUpperCase());

// Every tag is typed through HTMLElementTagNameMap.
const list = document.querySelector('article-list')!;
list.articles = feed.articles;
list.addEventListener('news-load', (e) => e.feed.articles.length);
list.addEventListener('news-error', (e) => e.kind);
document.querySelector('related-articles')!.articles = relatedArticles(
  feed.articles[0] ?? {},
  feed.articles
);
const page = document.querySelector('news-article')!;
const crumbs: BreadcrumbItem[] = [{name: 'Home', url: 'https://example.vn/'}, {name: 'News'}];
page.breadcrumbs = crumbs;
page.article = article;
document.querySelector('photo-caption')!.image = article?.image;
document.querySelector('news-tags')!.tags = article?.tags ?? [];
// @ts-expect-error: a typo in a property name must not type-check (this check can fail).
document.querySelector('news-time')!.dateTime = '';
document.querySelector('news-breadcrumbs')!.items = crumbs;
document.querySelector('news-time')!.datetime = article?.published;
const comments = document.querySelector('news-comments')!;
comments.order = 'newest';
const loadedComments: Comment[] = comments.comments;
comments.addEventListener('news-load', (e) => e.feed.total ?? e.feed.comments?.length);
export {feed, loadedComments};

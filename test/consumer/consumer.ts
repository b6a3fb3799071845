// A TypeScript consumer of the published package: must type-check against dist/*.d.ts.
import 'news-blocks/news-card.js';
import {normalizeArticles, type Article, type Feed} from 'news-blocks';

const card = document.querySelector('news-card')!;
const article: Article | undefined = card.article;
card.article = normalizeArticles([{title: 'x'}])[0];
card.headingLevel = 2;
const feed: Feed = {articles: article ? [article] : []};
card.addEventListener('news-article-select', (e) => e.article.title.toUpperCase());
export {feed};

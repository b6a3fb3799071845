/**
 * Every stories file, for the stories test and the demo gallery. Add one line per element.
 * (`<news-source>` has none: it renders nothing, it only names a feed for `<article-list>`.)
 */
import * as newsCard from './news-card.stories.js';
import * as articleList from './article-list.stories.js';
import * as newsArticle from './news-article.stories.js';
import * as relatedArticles from './related-articles.stories.js';
import * as photoCaption from './photo-caption.stories.js';
import * as newsTags from './news-tags.stories.js';
import * as newsBreadcrumbs from './news-breadcrumbs.stories.js';
import * as newsTime from './news-time.stories.js';
import * as newsComments from './news-comments.stories.js';

export const storyFiles: Record<string, Record<string, unknown>> = {
  newsCard,
  articleList,
  newsArticle,
  relatedArticles,
  photoCaption,
  newsTags,
  newsBreadcrumbs,
  newsTime,
  newsComments,
};

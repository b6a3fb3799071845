import type {Article} from '../data/article.js';

/**
 * The reader activated an article (its headline link). Bubbles and is composed, so the page
 * hears it from cards inside a list's shadow root. Cancel it to handle navigation yourself
 * (e.g. a single-page app router): the link is then not followed.
 */
export class NewsArticleSelectEvent extends Event {
  static readonly eventName = 'news-article-select';
  constructor(readonly article: Article) {
    super(NewsArticleSelectEvent.eventName, {bubbles: true, composed: true, cancelable: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-article-select': NewsArticleSelectEvent;
  }
}

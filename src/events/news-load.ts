import type {Feed} from '../data/article.js';

/** Articles arrived from a feed (not fired when a script sets `article`/`articles`). */
export class NewsLoadEvent extends Event {
  static readonly eventName = 'news-load';
  constructor(readonly feed: Feed) {
    super(NewsLoadEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
  }
}

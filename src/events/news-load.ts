import type {Feed} from '../data/article.js';

/**
 * Articles arrived from a feed (`feed`). Fired when a load finishes, never when a script sets
 * `article` / `articles` itself. Bubbles and is composed.
 */
export class NewsLoadEvent extends Event {
  static readonly eventName = 'news-load';
  constructor(readonly feed: Feed) {
    super(NewsLoadEvent.eventName, {bubbles: true, composed: true});
  }

  /** `{feed}`, for listeners written for a `CustomEvent`. */
  get detail(): {feed: Feed} {
    return {feed: this.feed};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
  }
}

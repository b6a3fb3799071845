import type {FeedErrorKind} from '../data/errors.js';

/**
 * A feed failed to load or parse. Fired once per failure from the element that asked for it
 * (bubbles, composed); nothing is thrown to the page. `kind` says what went wrong, `status` is
 * the HTTP status for `http`, `url` the absolute feed URL, `message` a developer-facing English
 * sentence (the element shows a localized one).
 */
export class NewsErrorEvent extends Event {
  static readonly eventName = 'news-error';
  constructor(
    readonly kind: FeedErrorKind,
    readonly url: string | undefined,
    readonly status: number | undefined,
    readonly message: string
  ) {
    super(NewsErrorEvent.eventName, {bubbles: true, composed: true});
  }

  /** `{kind, status, url}`, for listeners written for a `CustomEvent`. */
  get detail(): {kind: FeedErrorKind; status: number | undefined; url: string | undefined} {
    return {kind: this.kind, status: this.status, url: this.url};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-error': NewsErrorEvent;
  }
}

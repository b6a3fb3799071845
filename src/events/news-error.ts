import type {FeedErrorKind} from '../data/errors.js';

/** A feed failed to load or parse. Fired once per failure; nothing is thrown to the page. */
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
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-error': NewsErrorEvent;
  }
}

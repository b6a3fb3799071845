/**
 * Every failure of the data layer is a `FeedError` with a `kind` the elements turn into a
 * localized message. `parseFeed` throws only `parse`, `unsupported` and `too-large`;
 * `loadFeed` adds the network kinds.
 */
export type FeedErrorKind =
  'parse' | 'unsupported' | 'too-large' | 'network' | 'http' | 'timeout' | 'aborted';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: {status?: number; url?: string; retryAfter?: number} = {}
  ) {
    super(message);
  }
  get status(): number | undefined {
    return this.details.status;
  }
  get url(): string | undefined {
    return this.details.url;
  }
}

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

/**
 * Any thrown value as a `FeedError`: a `FeedError` stays itself (given `url` when it has none),
 * anything else is a `network` failure of `url`. Every element reports failures through this.
 */
export function toFeedError(e: unknown, url?: string): FeedError {
  if (e instanceof FeedError)
    return e.url || !url ? e : new FeedError(e.kind, e.message, {...e.details, url});
  return new FeedError('network', e instanceof Error ? e.message : String(e), {url});
}

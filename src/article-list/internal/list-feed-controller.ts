/**
 * `FeedController` for lists (and anything that pages): several sources merged newest first
 * (`mergeArticles`: de-duplicated by canonical URL, in `sort` order), the feed's `next` page
 * appended by `loadNext()`, and polls (`refresh()`) that keep the new articles in `pending`
 * until `showPending()` inserts them (a list's "3 new articles" button).
 *
 * ```ts
 * private readonly data = new ListFeedController(this, {
 *   src: () => [this.src, ...this.sourceUrls], sort: () => this.sort,
 * });
 * // data.articles, data.next, data.loadingNext, data.pending; loadNext(), showPending(after?)
 * ```
 */
import type {ReactiveControllerHost} from 'lit';
import type {Article, Feed} from '../../data/article.js';
import {toFeedError} from '../../data/errors.js';
import {loadFeed} from '../../data/load.js';
import {
  articleKey,
  dedupeArticles,
  mergeArticles,
  sortArticles,
  type SortOrder,
} from '../../data/merge.js';
import {NewsLoadEvent} from '../../events/news-load.js';
import {
  FeedController,
  type FeedControllerOptions,
  type FeedSlot,
  type LoadReason,
} from '../../controllers/feed-controller.js';

export interface ListFeedOptions extends FeedControllerOptions {
  /** Order of the merged articles and of each next page (default `newest`). */
  sort?: () => SortOrder | undefined;
}

export class ListFeedController extends FeedController {
  /** The order the shown articles are in. */
  private order?: SortOrder;
  private waiting: Article[] = [];
  private page?: AbortController;

  declare protected readonly options: ListFeedOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ListFeedOptions) {
    super(host, options);
  }

  /** The loaded feed, in the current `sort` order (sorted again, once, when it changed). */
  override get feed(): Feed | undefined {
    const slot = this.sync();
    const order = this.sortOrder();
    if (slot?.feed && slot.feed.articles.length && this.order !== order) {
      slot.feed = {...slot.feed, articles: sortArticles(slot.feed.articles, order)};
      this.order = order;
    }
    return slot?.feed;
  }

  /** The URL of the feed's next page (one source only). */
  get next(): string | undefined {
    return this.feed?.next;
  }

  /** `loadNext()` is running. */
  get loadingNext(): boolean {
    return this.page !== undefined;
  }

  /** Articles a poll found that `showPending()` has not shown. */
  get pending(): readonly Article[] {
    this.sync();
    return this.waiting;
  }

  /** Appends the feed's next page (`next`), in `sort` order; a failure marks the list `stale`. */
  async loadNext(): Promise<void> {
    const slot = this.slot;
    const next = this.next;
    if (!slot?.feed || !next || this.page) return;
    const page = (this.page = new AbortController());
    this.host.requestUpdate();
    try {
      const feed = await loadFeed(next, {...this.options.load?.(), signal: page.signal});
      if (slot !== this.slot || page.signal.aborted) return;
      const add = sortArticles(feed.articles, this.sortOrder());
      slot.feed = {...slot.feed, articles: dedupeArticles([...this.feed!.articles, ...add])};
      slot.feed.next = feed.next && feed.next !== next ? feed.next : undefined;
      this.host.dispatchEvent(new NewsLoadEvent(feed));
    } catch (e) {
      if (slot !== this.slot || page.signal.aborted) return;
      slot.stale = true;
      this.report([(slot.error = toFeedError(e, next))]);
    } finally {
      if (this.page === page) this.page = undefined;
      this.host.requestUpdate();
    }
  }

  /**
   * Moves the `pending` articles into the shown ones (sorted, without duplicates): at the top,
   * or right after `after` (a feed grows only at its end). Returns the articles it added.
   */
  showPending(after?: Article): Article[] {
    const slot = this.slot;
    if (!slot?.feed || !this.waiting.length) return [];
    const fresh = sortArticles(this.waiting, this.sortOrder());
    this.waiting = [];
    const shown = this.feed!.articles;
    const known = new Set(shown.map(articleKey));
    const add = dedupeArticles(fresh).filter((a) => !known.has(articleKey(a)));
    const key = after && articleKey(after);
    const at = key ? shown.findIndex((a) => articleKey(a) === key) + 1 : 0;
    slot.feed = {...slot.feed, articles: [...shown.slice(0, at), ...add, ...shown.slice(at)]};
    this.host.requestUpdate();
    return add;
  }

  protected override merge(feeds: Feed[], urls: number): Feed {
    const articles = mergeArticles(
      feeds.map((f) => f.articles),
      this.sortOrder()
    );
    // `next` pages only a single source.
    if (urls === 1 && feeds.length === 1) return {...feeds[0], articles};
    return {...(feeds.length === 1 ? feeds[0] : {}), articles, next: undefined};
  }

  /** A poll with articles on screen keeps what is new in `pending`; anything else replaces. */
  protected override accept(slot: FeedSlot, feed: Feed, reason: LoadReason): boolean {
    if (reason === 'poll' && slot.feed) {
      const known = new Set([...this.feed!.articles, ...this.waiting].map(articleKey));
      const fresh = feed.articles.filter((a) => !known.has(articleKey(a)));
      if (fresh.length) this.waiting = [...fresh, ...this.waiting];
      return false;
    }
    this.order = this.sortOrder();
    this.waiting = [];
    return super.accept(slot, feed, reason);
  }

  protected override changed(): void {
    this.page?.abort();
    this.page = undefined;
    this.waiting = [];
  }

  protected override left(): void {
    this.page?.abort();
  }

  private sortOrder(): SortOrder {
    return this.options.sort?.() ?? 'newest';
  }
}

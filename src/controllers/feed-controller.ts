/**
 * The one loading path of every element that takes `src`, built on `@lit/task`:
 *
 * - loads through the one loader (`loadFeed`: shared, reference-counted, cached requests);
 * - one feed or several (`src` returns an array): several are merged (`mergeArticles`:
 *   de-duplicated by canonical URL, in `sort` order); what failed is reported, what loaded shows;
 * - compares `src` as absolute URLs, so `feed.json` and its absolute spelling are one feed;
 * - aborts when `src` changes (Task) and when the element leaves the page, after a microtask,
 *   since a move disconnects and reconnects; a load cut short that way runs again on reconnect;
 * - never renders a stale response: only the newest run writes state;
 * - stale-while-revalidate: shows the last good feed at once (even past its TTL) while it
 *   revalidates, and keeps it with `stale = true` when a refresh fails;
 * - `lazy`: waits until the host nears the viewport (400px);
 * - `refreshInterval`: polls while connected. With `updates: 'replace'` (default) a poll shows
 *   the new feed; with `updates: 'pending'` the articles it finds wait in `pending` until
 *   `showPending()` (a list's "3 new articles" button);
 * - `next` paging: `loadNext()` appends the feed's next page (one source only);
 * - fires `news-load` (with the Feed) and `news-error` (`{kind, status, url}`) from the host,
 *   once per load or failure (every failure goes through `toFeedError`); nothing is ever thrown.
 *
 * ```ts
 * private readonly data = new FeedController(this, {src: () => this.src, lazy: () => this.lazy});
 * render() {
 *   if (this.data.status === 'error') return errorTemplate(this.data.error!, () => this.data.retry());
 *   if (this.data.status === 'loading') return skeletonTemplate(3, this.layout);
 *   return html`${this.data.stale ? staleNoticeTemplate(() => this.data.retry()) : nothing} …`;
 * }
 * ```
 */
import {initialState, Task, TaskStatus} from '@lit/task';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Article, Feed} from '../data/article.js';
import {toFeedError, type FeedError} from '../data/errors.js';
import {absoluteUrl, loadFeed, peekFeed, type LoadOptions} from '../data/load.js';
import {
  articleKey,
  dedupeArticles,
  mergeArticles,
  sortArticles,
  type SortOrder,
} from '../data/merge.js';
import {NewsErrorEvent} from '../events/news-error.js';
import {NewsLoadEvent} from '../events/news-load.js';
import {IntersectionController} from '../internal/controllers/intersection-controller.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedControllerOptions {
  /**
   * The feed URL, or several (merged); relative URLs resolve against `document.baseURI`.
   * `undefined` or none loads nothing.
   */
  src: () => string | readonly (string | undefined)[] | undefined;
  /** Articles a script or a JSON child set: when defined, they are shown and nothing loads. */
  inline?: () => readonly Article[] | undefined;
  /** Loader options (`proxy`, `cacheTtl`, `timeout`, `retries`, `itemsPath`, `fieldMap`). */
  load?: () => Partial<LoadOptions>;
  /** Fetch only when the host nears the viewport (IntersectionObserver, 400px margin). */
  lazy?: () => boolean;
  /** Milliseconds between polls while connected (at least 1000); `undefined` or 0: none. */
  refreshInterval?: () => number | undefined;
  /** Order of the merged articles and of each next page; absent: one feed keeps its order. */
  sort?: () => SortOrder | undefined;
  /** What a poll does with what it finds: show it (`replace`) or keep it in `pending`. */
  updates?: 'replace' | 'pending';
}

/** What one set of sources has given so far. */
interface Slot {
  key: string;
  urls: string[];
  feed?: Feed;
  /** The order `feed.articles` is in. */
  order?: SortOrder;
  error?: FeedError;
  stale: boolean;
  pending: Article[];
}

type Reason = 'load' | 'poll' | 'retry';

export class FeedController implements ReactiveController {
  private readonly task: Task<[string | undefined], Feed | undefined>;
  private slot?: Slot;
  private reason: Reason = 'load';
  /** A load was aborted because the host left: run it again when it comes back. */
  private resume = false;
  private readonly near: IntersectionController<boolean>;
  private timer?: ReturnType<typeof setInterval>;
  private every?: number;
  private page?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedControllerOptions
  ) {
    host.addController(this);
    this.near = new IntersectionController(host, {
      target: null,
      config: {rootMargin: '400px'},
      callback: (entries) => {
        const near = this.near.value || entries.some((e) => e.isIntersecting);
        if (near) this.near.unobserve(host);
        return near;
      },
    });
    this.task = new Task(host, {
      args: () => [this.wanted()] as [string | undefined],
      task: ([key], {signal}) => this.load(key, signal),
    });
  }

  /**
   * Counts the times the shown articles were replaced as a whole (other sources, a load, a
   * cached feed shown at once), not when `loadNext()` or `showPending()` added to them.
   */
  generation = 0;

  /** The loaded feed for the current sources (kept while a refresh runs or after it failed). */
  get feed(): Feed | undefined {
    const slot = this.sync();
    const order = this.options.sort?.();
    // The order changed since the articles were merged: sort them again, once.
    if (slot?.feed && order && slot.order !== order) {
      slot.feed = {...slot.feed, articles: sortArticles(slot.feed.articles, order)};
      slot.order = order;
    }
    return slot?.feed;
  }

  /** What to show: the inline articles if set, else the feed's, else none. */
  get articles(): readonly Article[] {
    return this.options.inline?.() ?? this.feed?.articles ?? [];
  }

  /**
   * `loading` only while nothing can be shown yet; a refresh with articles on screen stays
   * `ready`. `error` only when there is no good feed to show (then see `stale`).
   */
  get status(): FeedStatus {
    if (this.options.inline?.()) return 'ready';
    const slot = this.sync();
    if (slot?.feed) return 'ready';
    if (slot?.error) return 'error';
    if (this.task.status === TaskStatus.PENDING) return 'loading';
    return 'idle';
  }

  /** The last failure for the current sources (also set when `stale`). */
  get error(): FeedError | undefined {
    return this.sync()?.error;
  }

  /** A refresh (or a source, or a next page) failed and the last good articles still show. */
  get stale(): boolean {
    return this.sync()?.stale ?? false;
  }

  /** The URL of the feed's next page (one source only). */
  get next(): string | undefined {
    return this.sync()?.feed?.next;
  }

  /** `loadNext()` is running. */
  get loadingNext(): boolean {
    return this.page !== undefined;
  }

  /** Articles a poll found (with `updates: 'pending'`) that `showPending()` has not shown. */
  get pending(): readonly Article[] {
    return this.sync()?.pending ?? [];
  }

  hostConnected(): void {
    if (this.options.lazy?.() && !this.near.value) this.near.observe(this.host);
    if (this.resume) {
      this.resume = false;
      void this.task.run();
    }
    this.every = undefined;
    this.poll();
  }

  hostUpdate(): void {
    this.poll();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    // A move disconnects and reconnects in one task: only abort when the host stayed away.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.page?.abort();
      if (this.task.status === TaskStatus.PENDING) {
        this.resume = true;
        this.task.abort();
      }
    });
  }

  /** Loads again, skipping the cache (the Retry buttons); keeps what is shown meanwhile. */
  retry(): void {
    if (this.slot?.feed) void this.refresh();
    else if (this.slot) {
      this.reason = 'retry';
      void this.task.run();
    }
  }

  /** Refetches every source, keeping the current articles on screen (marked `stale`) if it fails. */
  async refresh(): Promise<void> {
    if (!this.slot || this.status === 'loading') return;
    this.reason = 'poll';
    await this.task.run();
  }

  /** Appends the feed's next page (`next`), in `sort` order; a failure marks the list `stale`. */
  async loadNext(): Promise<void> {
    const slot = this.slot;
    const next = slot?.feed?.next;
    if (!slot || !next || this.page) return;
    const page = (this.page = new AbortController());
    this.host.requestUpdate();
    try {
      const feed = await loadFeed(next, {...this.options.load?.(), signal: page.signal});
      if (slot !== this.slot || page.signal.aborted) return;
      const order = this.options.sort?.();
      const add = order ? sortArticles(feed.articles, order) : feed.articles;
      slot.feed = {...this.feed!, articles: dedupeArticles([...this.articles, ...add])};
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
    if (!slot?.feed || !slot.pending.length) return [];
    const order = this.options.sort?.();
    const fresh = order ? sortArticles(slot.pending, order) : slot.pending;
    slot.pending = [];
    const shown = this.feed!.articles;
    const known = new Set(shown.map(articleKey));
    const add = dedupeArticles(fresh).filter((a) => !known.has(articleKey(a)));
    const key = after && articleKey(after);
    const at = key ? shown.findIndex((a) => articleKey(a) === key) + 1 : 0;
    slot.feed = {...slot.feed, articles: [...shown.slice(0, at), ...add, ...shown.slice(at)]};
    this.host.requestUpdate();
    return add;
  }

  /** The slot of the sources wanted now: a new, empty one when they changed. */
  private sync(): Slot | undefined {
    const key = this.wanted();
    if (this.slot?.key !== key) {
      this.page?.abort();
      this.page = undefined;
      this.slot = key ? {key, urls: key.split('\n'), stale: false, pending: []} : undefined;
      this.generation++;
      // Stale-while-revalidate: what the cache holds for these URLs shows at once.
      const slot = this.slot;
      const options = this.options.load?.();
      const cached = slot?.urls.map((u) => peekFeed(u, options)).filter((f): f is Feed => !!f);
      if (slot && cached?.length) {
        slot.feed = this.merge(cached, slot.urls.length);
        slot.order = this.options.sort?.();
      }
    }
    return this.slot;
  }

  /** The absolute URLs to load now, one a line, or `undefined` (none, inline, lazy and far). */
  private wanted(): string | undefined {
    const src = this.options.src();
    const list = (typeof src === 'string' ? [src] : (src ?? [])).filter((s): s is string => !!s);
    if (!list.length || this.options.inline?.()) return undefined;
    if (this.options.lazy?.() && !this.near.value && this.near.supported) return undefined;
    return list
      .map((s) => {
        try {
          return absoluteUrl(s);
        } catch {
          return s;
        }
      })
      .join('\n');
  }

  /** Starts, restarts or stops the poll timer when the interval changed. */
  private poll() {
    const ms = Number(this.options.refreshInterval?.());
    const every = Number.isFinite(ms) && ms > 0 ? Math.max(ms, 1000) : 0;
    if (every === this.every || !this.host.isConnected) return;
    this.every = every;
    clearInterval(this.timer);
    this.timer = every ? setInterval(() => void this.refresh(), every) : undefined;
  }

  /** The feeds as one: one feed as it is (sorted if asked), several merged. */
  private merge(feeds: Feed[], urls: number): Feed {
    const order = this.options.sort?.();
    const one = urls === 1 && feeds.length === 1 ? feeds[0] : undefined;
    if (one && !order) return one;
    const articles = mergeArticles(
      feeds.map((f) => f.articles),
      order ?? 'newest'
    );
    if (one) return {...one, articles};
    return {...(feeds.length === 1 ? feeds[0] : {}), articles, next: undefined};
  }

  private report(errors: FeedError[]) {
    for (const e of errors)
      this.host.dispatchEvent(new NewsErrorEvent(e.kind, e.url, e.status, e.message));
  }

  /** The Task body. Never throws: failures become state and `news-error` events. */
  private async load(key: string | undefined, signal: AbortSignal) {
    const reason = this.reason;
    this.reason = 'load';
    // No source (or inline articles, or lazy and far away), or other sources by now.
    const slot = this.sync();
    if (!key || slot?.key !== key) return initialState;
    const options = {...this.options.load?.(), signal, force: reason !== 'load'};
    if (!slot.feed) slot.error = undefined;
    const results = await Promise.allSettled(slot.urls.map((u) => loadFeed(u, options)));
    if (signal.aborted || slot !== this.slot) return initialState;
    const feeds: Feed[] = [];
    const errors: FeedError[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') feeds.push(r.value);
      else errors.push(toFeedError(r.reason, slot.urls[i]));
    });
    slot.error = errors[0];
    slot.stale = errors.length > 0 && (feeds.length > 0 || slot.feed !== undefined);
    let loaded: Feed | undefined;
    if (feeds.length) {
      const merged = this.merge(feeds, slot.urls.length);
      if (reason === 'poll' && this.options.updates === 'pending' && slot.feed) {
        const known = new Set([...this.feed!.articles, ...slot.pending].map(articleKey));
        const fresh = merged.articles.filter((a) => !known.has(articleKey(a)));
        if (fresh.length) slot.pending = [...fresh, ...slot.pending];
      } else {
        slot.feed = loaded = merged;
        slot.order = this.options.sort?.();
        this.generation++;
        slot.pending = [];
      }
    }
    // Render the new state in the update the events' listeners can await.
    this.host.requestUpdate();
    if (loaded) this.host.dispatchEvent(new NewsLoadEvent(loaded));
    this.report(errors);
    return slot.feed;
  }
}

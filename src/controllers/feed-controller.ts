/**
 * The one loading path of every element that takes `src`, built on `@lit/task`:
 *
 * - loads through the one loader (`loadFeed`: shared, reference-counted, cached requests);
 * - one feed or several (`src` returns an array; `merge` joins them: `ListFeedController` in
 *   `src/article-list/internal/` merges newest first, pages with `next` and keeps what polling
 *   finds in `pending`); what failed is reported, what loaded shows; the joined feed keeps the
 *   item cap's `truncated` and names the sources cut (`truncatedSources`);
 * - compares `src` as absolute URLs, so `feed.json` and its absolute spelling are one feed;
 * - aborts when `src` changes (Task) and when the element leaves the page, after a microtask,
 *   since a move disconnects and reconnects; a load cut short that way runs again on reconnect;
 * - never renders a stale response: only the newest run writes state;
 * - stale-while-revalidate: shows the last good feed at once (even past its TTL) while it
 *   revalidates, and keeps it with `stale = true` when a refresh fails;
 * - `lazy`: waits until the host nears the viewport (400px); `refreshInterval`: polls while
 *   connected (`refresh()`);
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
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {Article, Feed} from '../data/article.js';
import {FeedError, toFeedError} from '../data/errors.js';
import {
  absoluteUrl,
  feedKey,
  loadFeed,
  peekFeed,
  primeFeed,
  type LoadOptions,
} from '../data/load.js';
import {servedFeed} from '../data/served.js';
import {findArticle, keepTruncated} from '../data/merge.js';
import {NewsErrorEvent} from '../events/news-error.js';
import {NewsLoadEvent} from '../events/news-load.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedControllerOptions {
  /**
   * The feed URL, or several (joined by `merge`); relative URLs resolve against
   * `document.baseURI`. `undefined` or none loads nothing.
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
}

/** What one set of sources has given so far. */
export interface FeedSlot {
  key: string;
  urls: string[];
  feed?: Feed;
  error?: FeedError;
  stale: boolean;
  /** The error came from the server's render: the first load keeps it (Retry loads). */
  served?: boolean;
}

/** Why the Task runs: the first load of the sources, a poll (`refresh()`), or Retry. */
export type LoadReason = 'load' | 'poll' | 'retry';

export class FeedController implements ReactiveController {
  /**
   * Counts the times the shown articles were replaced as a whole (other sources, a load, a
   * cached feed shown at once), not when a subclass added to them.
   */
  generation = 0;
  protected slot?: FeedSlot;
  private readonly task: Task<[string | undefined], Feed | undefined>;
  private reason: LoadReason = 'load';
  /** A load was aborted because the host left: run it again when it comes back. */
  private resume = false;
  private near = false;
  private observer?: IntersectionObserver;
  private timer?: ReturnType<typeof setInterval>;
  private every?: number;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    protected readonly options: FeedControllerOptions
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.wanted()] as [string | undefined],
      task: ([key], {signal}) => this.load(key, signal),
    });
  }

  /** The loaded feed for the current sources (kept while a refresh runs or after it failed). */
  get feed(): Feed | undefined {
    return this.sync()?.feed;
  }

  /** What to show: the inline articles if set, else the feed's, else none. */
  get articles(): readonly Article[] {
    return this.options.inline?.() ?? this.feed?.articles ?? [];
  }

  /**
   * The article `want` names among `articles`: by id, or by URL compared as canonical URLs
   * (`findArticle`). Here rather than in the elements, so the lookup loads with the loader.
   */
  find(want: {id?: string; url?: string}): Article | undefined {
    return findArticle(this.articles, want, this.host.ownerDocument.baseURI);
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
    // Sources wanted and not loaded yet: loading, also before the Task's first run.
    if (
      this.task.status === TaskStatus.PENDING ||
      (slot && this.task.status === TaskStatus.INITIAL)
    )
      return 'loading';
    return 'idle';
  }

  /** The last failure for the current sources (also set when `stale`). */
  get error(): FeedError | undefined {
    return this.sync()?.error;
  }

  /** A refresh (or a source) failed and the last good articles still show. */
  get stale(): boolean {
    return this.sync()?.stale ?? false;
  }

  hostConnected(): void {
    if (this.options.lazy?.() && !this.near && typeof IntersectionObserver !== 'undefined') {
      this.observer ??= new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.near = true;
          this.observer?.disconnect();
          this.host.requestUpdate();
        },
        {rootMargin: '400px'}
      );
      this.observer.observe(this.host);
    }
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
    this.observer?.disconnect();
    clearInterval(this.timer);
    this.timer = undefined;
    // A move disconnects and reconnects in one task: only abort when the host stayed away.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.left();
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

  /**
   * The loaded feeds (with the URL each came from) as one: `merge`, keeping the item cap's mark
   * (`truncated`, and `truncatedSources` names which), whatever the merge kept.
   */
  private join(loaded: readonly (readonly [string, Feed])[], urls: number): Feed {
    const feeds = loaded.map(([, f]) => f);
    return keepTruncated(
      this.merge(feeds, urls),
      feeds,
      loaded.map(([u]) => u)
    );
  }

  /** The feeds of `urls` sources as one (here: one feed as it is, several concatenated). */
  protected merge(feeds: Feed[], urls: number): Feed {
    if (urls === 1 && feeds.length === 1) return feeds[0];
    return {articles: feeds.flatMap((f) => f.articles)};
  }

  /**
   * What a successful run does with the merged feed: here it replaces what shows. Returns
   * whether it did (then `news-load` fires).
   */
  protected accept(slot: FeedSlot, feed: Feed, _reason: LoadReason): boolean {
    slot.feed = feed;
    this.generation++;
    return true;
  }

  /** The sources changed: a subclass drops what belonged to the old ones. */
  protected changed(): void {}

  /** The host left the page (for good, not a move). */
  protected left(): void {}

  protected report(errors: FeedError[]): void {
    for (const e of errors)
      this.host.dispatchEvent(new NewsErrorEvent(e.kind, e.url, e.status, e.message));
  }

  /** The slot of the sources wanted now: a new one (with what the cache holds) when they changed. */
  protected sync(): FeedSlot | undefined {
    const key = this.wanted();
    if (this.slot?.key === key) return this.slot;
    this.changed();
    const slot: FeedSlot | undefined = key ? {key, urls: key.split('\n'), stale: false} : undefined;
    this.slot = slot;
    this.generation++;
    // Stale-while-revalidate: what the cache holds for these URLs shows at once (not on a
    // server, whose cache may be past its TTL: it loads what it renders).
    const options = this.options.load?.();
    const cached = isServer ? [] : slot?.urls.map((u) => [u, peekFeed(u, options)] as const);
    const hits = cached?.filter((c): c is readonly [string, Feed] => !!c[1]) ?? [];
    if (slot && hits.length) this.accept(slot, this.join(hits, slot.urls.length), 'load');
    else if (slot) this.served(slot, options);
    return slot;
  }

  /**
   * What `news-blocks/server` rendered for these sources (`servedFeed`): on the server, loaded
   * between its passes; in the browser, read from the page and cached, so the client's first
   * render is the server's and its first load finds the cache (no request). A failure on the
   * server shows (with its Retry) until Retry, without a request of the client's own.
   */
  private served(slot: FeedSlot, options: Partial<LoadOptions> = {}) {
    let got;
    try {
      got = slot.urls.map((u) => {
        const key = feedKey(u, options);
        const s = servedFeed(key, (o) => loadFeed(u, {...options, ...o}));
        if (s?.feed && !isServer) primeFeed(key, s.feed);
        return s;
      });
    } catch (e) {
      // Not a URL (on a server: a relative `src` without the page's `url`).
      if (isServer) slot.error = toFeedError(e);
      return;
    }
    if (!got.every(Boolean)) return;
    const feeds = got.flatMap((s, i) => (s?.feed ? [[slot.urls[i], s.feed] as const] : []));
    const e = got.find((s) => s?.error)?.error;
    // `served`: the first load keeps the server's failure (a Retry loads).
    if ((slot.served = !!e)) {
      slot.error = new FeedError(e.kind, e.message, e);
      slot.stale = feeds.length > 0;
    }
    // Joined as a load joins them (the item cap's `truncated` kept).
    if (feeds.length) this.accept(slot, this.join(feeds, slot.urls.length), 'load');
  }

  /** The absolute URLs to load now, one a line, or `undefined` (none, inline, lazy and far). */
  private wanted(): string | undefined {
    const src = this.options.src();
    const list = (typeof src === 'string' ? [src] : (src ?? [])).filter((s): s is string => !!s);
    if (!list.length || this.options.inline?.()) return undefined;
    if (this.options.lazy?.() && !this.near && typeof IntersectionObserver !== 'undefined')
      return undefined;
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

  /** The Task body. Never throws: failures become state and `news-error` events. */
  private async load(key: string | undefined, signal: AbortSignal) {
    const reason = this.reason;
    this.reason = 'load';
    // No source (or inline articles, or lazy and far away), or other sources by now.
    const slot = this.sync();
    if (!key || slot?.key !== key) return initialState;
    const held = slot.served;
    slot.served = false;
    // What failed on the server stays until Retry: the page loads nothing on its own.
    if (held && reason === 'load') return (this.report([slot.error!]), slot.feed);
    if (!slot.feed) slot.error = undefined;
    const options = {...this.options.load?.(), signal, force: reason !== 'load'};
    const results = await Promise.allSettled(slot.urls.map((u) => loadFeed(u, options)));
    if (signal.aborted || slot !== this.slot) return initialState;
    const feeds: (readonly [string, Feed])[] = [];
    const errors: FeedError[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') feeds.push([slot.urls[i], r.value]);
      else errors.push(toFeedError(r.reason, slot.urls[i]));
    });
    slot.error = errors[0];
    slot.stale = errors.length > 0 && (feeds.length > 0 || slot.feed !== undefined);
    const merged = feeds.length ? this.join(feeds, slot.urls.length) : undefined;
    const loaded = merged && this.accept(slot, merged, reason) ? slot.feed : undefined;
    // Render the new state in the update the events' listeners can await.
    this.host.requestUpdate();
    if (loaded) this.host.dispatchEvent(new NewsLoadEvent(loaded));
    this.report(errors);
    return slot.feed;
  }
}

/**
 * The data side of every element that takes `src`, built on `@lit/task`:
 *
 * - loads through the one loader (`loadFeed`: shared, reference-counted, cached requests);
 * - compares `src` as an absolute URL, so `feed.json` and its absolute spelling are one feed;
 * - aborts when `src` changes (Task) and when the element leaves the page, after a microtask,
 *   since a move disconnects and reconnects; a load cut short that way runs again on reconnect;
 * - never renders a stale response: only the newest run writes state;
 * - stale-while-revalidate: shows the last good feed at once (even past its TTL) while it
 *   revalidates, and keeps it with `stale = true` when a refresh fails;
 * - `lazy`: waits until the host nears the viewport; `refreshInterval`: polls while connected;
 * - fires `news-load` (with the Feed) and `news-error` (`{kind, status, url}`) from the host,
 *   once per load or failure; nothing is ever thrown to the page.
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
import {FeedError} from '../data/errors.js';
import {absoluteUrl, loadFeed, peekFeed, type LoadOptions} from '../data/load.js';
import {NewsErrorEvent} from '../events/news-error.js';
import {NewsLoadEvent} from '../events/news-load.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedControllerOptions {
  /** The feed URL (relative URLs resolve against `document.baseURI`); `undefined` loads nothing. */
  src: () => string | undefined;
  /** Articles a script or a JSON child set: when defined, they are shown and nothing loads. */
  inline?: () => Article[] | undefined;
  /** Loader options (`proxy`, `cacheTtl`, `timeout`, `retries`, `itemsPath`, `fieldMap`). */
  load?: () => Partial<LoadOptions>;
  /** Fetch only when the host nears the viewport (IntersectionObserver, 400px margin). */
  lazy?: () => boolean;
  /** Milliseconds between background refreshes while connected; `undefined` or 0: none. */
  refreshInterval?: () => number | undefined;
}

/** What one `src` has given so far. */
interface Slot {
  key: string;
  feed?: Feed;
  error?: FeedError;
  stale: boolean;
}

export class FeedController implements ReactiveController {
  private readonly task: Task<[string | undefined], Feed | undefined>;
  private slot?: Slot;
  private force = false;
  /** A load was aborted because the host left: run it again when it comes back. */
  private resume = false;
  private visible = false;
  private observer?: IntersectionObserver;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedControllerOptions
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.wanted()] as [string | undefined],
      task: ([key], {signal}) => this.load(key, signal),
    });
  }

  /** The loaded feed for the current `src` (kept while a refresh runs or after it failed). */
  get feed(): Feed | undefined {
    return this.slot?.feed;
  }

  /** What to show: the inline articles if set, else the feed's, else none. */
  get articles(): Article[] {
    return this.options.inline?.() ?? this.feed?.articles ?? [];
  }

  /**
   * `loading` only while nothing can be shown yet; a refresh with articles on screen stays
   * `ready`. `error` only when there is no good feed to show (then see `stale`).
   */
  get status(): FeedStatus {
    if (this.options.inline?.()) return 'ready';
    if (this.slot?.feed) return 'ready';
    if (this.slot?.error) return 'error';
    if (this.task.status === TaskStatus.PENDING) return 'loading';
    return 'idle';
  }

  /** The last failure for the current `src` (also set when `stale`). */
  get error(): FeedError | undefined {
    return this.slot?.error;
  }

  /** A refresh failed and the last good articles are still shown. */
  get stale(): boolean {
    return this.slot?.stale ?? false;
  }

  hostConnected(): void {
    if (this.options.lazy?.() && !this.visible && typeof IntersectionObserver !== 'undefined') {
      this.observer ??= new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.visible = true;
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
    } else if (this.slot?.feed) {
      this.schedule();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    // A move disconnects and reconnects in one task: only abort when the host stayed away.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      clearTimeout(this.timer);
      if (this.task.status === TaskStatus.PENDING) {
        this.resume = true;
        this.task.abort();
      }
    });
  }

  /** Loads again, skipping the cache (the Retry button). */
  retry(): void {
    void this.refresh();
  }

  /** Refetches, keeping the current articles on screen (marked `stale`) if it fails. */
  async refresh(): Promise<void> {
    if (!this.slot) return;
    this.force = true;
    await this.task.run();
  }

  /** The absolute URL to load now, or `undefined` (no `src`, inline articles, lazy and far). */
  private wanted(): string | undefined {
    const src = this.options.src();
    if (!src || this.options.inline?.()) return undefined;
    if (this.options.lazy?.() && !this.visible && typeof IntersectionObserver !== 'undefined')
      return undefined;
    try {
      return absoluteUrl(src);
    } catch {
      return src;
    }
  }

  private schedule() {
    clearTimeout(this.timer);
    const every = this.options.refreshInterval?.();
    if (every && every > 0 && this.host.isConnected && this.slot)
      this.timer = setTimeout(() => void this.refresh(), Math.max(every, 1000));
  }

  /** The Task body. Never throws: failures become state and a `news-error` event. */
  private async load(key: string | undefined, signal: AbortSignal) {
    clearTimeout(this.timer);
    const force = this.force;
    this.force = false;
    if (!key) {
      // `src` removed (or inline articles, or lazy and far away): forget the old feed.
      if (this.slot?.key !== key) this.slot = undefined;
      return initialState;
    }
    if (this.slot?.key !== key) this.slot = {key, stale: false};
    const slot = this.slot;
    const options = {...this.options.load?.(), signal, force};
    // Stale-while-revalidate: what the cache holds for this URL shows at once.
    slot.feed ??= peekFeed(key, options);
    if (!slot.feed) slot.error = undefined;
    try {
      const feed = await loadFeed(key, options);
      if (signal.aborted) return initialState;
      slot.feed = feed;
      slot.error = undefined;
      slot.stale = false;
      // Render the new state in the update listeners of the event can await.
      this.host.requestUpdate();
      this.host.dispatchEvent(new NewsLoadEvent(feed));
      return feed;
    } catch (e) {
      if (signal.aborted) return initialState;
      const err = e instanceof FeedError ? e : new FeedError('network', String(e), {url: key});
      slot.error = err;
      slot.stale = slot.feed !== undefined;
      this.host.requestUpdate();
      this.host.dispatchEvent(
        new NewsErrorEvent(err.kind, err.url ?? key, err.status, err.message)
      );
      return slot.feed;
    } finally {
      if (!signal.aborted) this.schedule();
    }
  }
}

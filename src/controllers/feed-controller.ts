/**
 * The data side of every element that takes `src`: loads through the one loader, aborts when
 * the element leaves the page (after a microtask, since a move disconnects and reconnects) or
 * `src` changes, never renders a stale response, keeps the last good feed when a refresh fails,
 * and fires `news-load` / `news-error` from the host.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Feed} from '../data/article.js';
import {FeedError} from '../data/errors.js';
import {absoluteUrl, loadFeed, type LoadOptions} from '../data/load.js';
import {NewsErrorEvent} from '../events/news-error.js';
import {NewsLoadEvent} from '../events/news-load.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedControllerOptions {
  src: () => string | undefined;
  load?: () => Partial<LoadOptions>;
  /** Fetch only when the host nears the viewport. */
  lazy?: () => boolean;
}

export class FeedController implements ReactiveController {
  feed?: Feed;
  status: FeedStatus = 'idle';
  error?: FeedError;
  /** A refresh failed and the last good feed is still shown. */
  stale = false;

  private key?: string;
  private abort?: AbortController;
  private run = 0;
  private observer?: IntersectionObserver;
  private visible = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedControllerOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.lazy?.() && !this.visible && typeof IntersectionObserver !== 'undefined') {
      this.observer ??= new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.visible = true;
            this.observer?.disconnect();
            this.host.requestUpdate();
          }
        },
        {rootMargin: '400px'}
      );
      this.observer.observe(this.host);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    // A move disconnects and reconnects in one task: only abort when the host stayed away.
    queueMicrotask(() => {
      if (!this.host.isConnected) {
        this.abort?.abort();
        this.abort = undefined;
        if (this.status === 'loading') {
          this.status = this.feed ? 'ready' : 'idle';
          this.key = undefined;
        }
      }
    });
  }

  hostUpdate(): void {
    const src = this.options.src();
    if (!src) {
      if (this.key !== undefined) this.reset();
      return;
    }
    if (this.options.lazy?.() && !this.visible && typeof IntersectionObserver !== 'undefined')
      return;
    let key: string;
    try {
      key = absoluteUrl(src);
    } catch {
      key = src;
    }
    if (key !== this.key) {
      this.key = key;
      this.feed = undefined;
      this.stale = false;
      void this.fetch(false);
    }
  }

  /** Loads again after an error (the Retry button). */
  retry(): void {
    void this.fetch(true);
  }

  /** Refetches, keeping the current articles on screen if it fails. */
  refresh(): Promise<void> {
    return this.fetch(true);
  }

  private reset() {
    this.abort?.abort();
    this.key = undefined;
    this.feed = undefined;
    this.error = undefined;
    this.stale = false;
    this.status = 'idle';
  }

  private async fetch(force: boolean): Promise<void> {
    const src = this.key;
    if (!src) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const run = ++this.run;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const feed = await loadFeed(src, {...this.options.load?.(), signal: abort.signal, force});
      if (run !== this.run) return;
      this.feed = feed;
      this.stale = false;
      this.status = 'ready';
      this.host.dispatchEvent(new NewsLoadEvent(feed));
    } catch (e) {
      if (run !== this.run || abort.signal.aborted) return;
      const err = e instanceof FeedError ? e : new FeedError('network', String(e), {url: src});
      if (this.feed) {
        this.stale = true;
        this.status = 'ready';
      } else {
        this.status = 'error';
      }
      this.error = err;
      this.host.dispatchEvent(
        new NewsErrorEvent(err.kind, err.url ?? src, err.status, err.message)
      );
    } finally {
      if (run === this.run) this.host.requestUpdate();
    }
  }
}

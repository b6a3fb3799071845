/**
 * `FeedSource`, the element side of the one loading path: a small facade with
 * `FeedController`'s surface that imports the real controller (and with it `loadFeed`, the
 * format detector and the parsers) the first time there is a `src` to load. An element given
 * an `article` property or inline JSON never downloads the loader. (Not in the CDN's core:
 * `<news-card>` loads it with its first JSON child, markup or `src`, every other element
 * with its own chunk.)
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {
  FeedController,
  FeedControllerOptions,
  FeedStatus,
} from '../controllers/feed-controller.js';
import type {Article, Feed} from '../data/article.js';
import {FeedError} from '../data/errors.js';
import {serverWork} from '../data/ssr.js';
import {NewsErrorEvent} from '../events/news-error.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * `FeedController`'s surface, available at once; the controller itself (and the loader) is
 * imported by `make` the first time `src` names a feed and no inline articles are set.
 * Until it arrives the status is `loading`; a chunk that fails to download is a `network`
 * error with a Retry like any other.
 */
export class FeedSource<C extends FeedController = FeedController> implements ReactiveController {
  /** The real controller, once imported. */
  protected real?: C;
  private coming?: Promise<C>;
  private failed?: FeedError;

  constructor(
    protected readonly host: Host,
    protected readonly options: FeedControllerOptions,
    private readonly make: (host: Host, options: FeedControllerOptions) => C | Promise<C>
  ) {
    host.addController(this);
  }

  /**
   * Before every render (and on the first read of its state, which `willUpdate` may do before
   * this): the real controller is made at once when its module is loaded already, so it takes
   * part in this very update (a cached feed shows at once), else when the import resolves.
   */
  hostUpdate(): void {
    this.start();
  }

  /** The real controller: imported (once) now if it was not yet. */
  controller(): Promise<C> {
    if (this.coming) return this.coming;
    const made = this.make(this.host, this.options);
    if (!(made instanceof Promise)) {
      this.real = made;
      return (this.coming = Promise.resolve(made));
    }
    this.coming = made.then(
      (c) => {
        this.real = c;
        this.host.requestUpdate();
        return c;
      },
      (e: unknown) => {
        this.coming = undefined;
        const failed = new FeedError('network', `The loader could not be downloaded (${e}).`, {
          url: this.first(),
        });
        this.failed = failed;
        this.host.requestUpdate();
        this.host.dispatchEvent(
          new NewsErrorEvent(failed.kind, failed.url, undefined, failed.message)
        );
        throw e;
      }
    );
    // On a server the next render pass makes the controller at once (`news-blocks/server`).
    if (isServer) serverWork(this.coming);
    return this.coming;
  }

  get generation(): number {
    this.start();
    return this.real?.generation ?? 0;
  }

  get feed(): Feed | undefined {
    this.start();
    return this.real?.feed;
  }

  get articles(): readonly Article[] {
    this.start();
    return this.real?.articles ?? this.options.inline?.() ?? [];
  }

  /** The loaded article `want` names (id, or URL compared canonically); see `FeedController.find`. */
  find(want: {id?: string; url?: string}): Article | undefined {
    return this.real?.find(want);
  }

  get status(): FeedStatus {
    this.start();
    if (this.real) return this.real.status;
    if (this.options.inline?.()) return 'ready';
    if (!this.first()) return 'idle';
    return this.failed ? 'error' : 'loading';
  }

  get error(): FeedError | undefined {
    return this.real ? this.real.error : this.failed;
  }

  get stale(): boolean {
    return this.real?.stale ?? false;
  }

  retry(): void {
    if (this.real) return this.real.retry();
    this.failed = undefined;
    this.host.requestUpdate();
    this.start();
  }

  async refresh(): Promise<void> {
    if (!this.first()) return;
    const c = await this.controller().catch(() => undefined);
    await c?.refresh();
  }

  /** Settles when the real controller is made (at once without a source to load). */
  async made(): Promise<void> {
    if (this.first()) await this.controller().catch(() => undefined);
  }

  /** The first source wanted now (none while inline articles are set). */
  private first(): string | undefined {
    if (this.options.inline?.()) return undefined;
    const src = this.options.src();
    return (typeof src === 'string' ? [src] : (src ?? [])).find((s): s is string => !!s);
  }

  private start() {
    if (!this.real && !this.coming && !this.failed && this.first())
      void this.controller().catch(() => undefined);
  }
}

let Controller: typeof FeedController | undefined;

/**
 * Makes the base `FeedController`: at once when its module is loaded, else after importing it
 * (and with it the loader).
 */
export const feedController = (
  host: Host,
  options: FeedControllerOptions
): FeedController | Promise<FeedController> =>
  Controller
    ? new Controller(host, options)
    : import('../controllers/feed-controller.js').then((m) => {
        Controller = m.FeedController;
        return new Controller(host, options);
      });

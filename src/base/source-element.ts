/**
 * The one set of source attributes of every element that takes `src` (`<news-card>`,
 * `<article-list>`, `<related-articles>`, `<news-article>`, `<news-comments>`), declared once
 * here so each element's manifest lists them as inherited members (Shoelace's base classes):
 * `src`, `items-path`, `field-map`, `proxy`, `cache-ttl`, `lazy`, `refresh-interval`, the
 * `refresh()` method, `news-load` / `news-error` and stale-while-revalidate (the articles shown
 * stay while a refresh runs, and after it failed).
 *
 * And `FeedSource`, the element side of the one loading path: a small facade with
 * `FeedController`'s surface that imports the real controller (and with it `loadFeed`, the
 * format detector and the parsers) the first time there is a `src` to load. An element given
 * an `article` property or inline JSON never downloads the loader.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {property} from 'lit/decorators.js';
import type {
  FeedController,
  FeedControllerOptions,
  FeedStatus,
} from '../controllers/feed-controller.js';
import type {Article, Feed} from '../data/article.js';
import {FeedError} from '../data/errors.js';
import type {LoadOptions} from '../data/load.js';
import {serverWork} from '../data/ssr.js';
import {NewsErrorEvent} from '../events/news-error.js';
import {NewsElement} from './news-element.js';

/** Polling never runs more often than this many seconds. */
export const MIN_REFRESH_SECONDS = 60;

/** Field → dot path in each item (`{"title": "headline", "image.url": "media.0.src"}`). */
export type FieldMap = Partial<Record<string, string>>;

/** `field-map` as JSON: an object of strings; anything else is ignored with one warning. */
export const fieldMapConverter = {
  fromAttribute(value: string | null): FieldMap | undefined {
    if (!value?.trim()) return undefined;
    try {
      const json: unknown = JSON.parse(value);
      if (json && typeof json === 'object' && !Array.isArray(json)) {
        const map: FieldMap = {};
        for (const [k, v] of Object.entries(json)) if (typeof v === 'string') map[k] = v;
        return map;
      }
    } catch {
      // Not JSON: warned below.
    }
    console.warn(
      'news-blocks: field-map must be a JSON object of dot paths, e.g. {"title": "headline"}'
    );
    return undefined;
  },
  toAttribute(value: FieldMap | undefined): string | null {
    return value ? JSON.stringify(value) : null;
  },
};

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

/**
 * An element that loads articles from `src`. Each element creates its `data` source with
 * `sourceOptions()` and its own `src` and inline articles.
 */
export class SourceElement extends NewsElement {
  /** A feed URL (JSON Feed, RSS, Atom, WordPress REST, JSON-LD, or any JSON with `items-path`); relative URLs resolve against the page. */
  @property() src?: string;

  /** With `src`: a dot path to the array of items in a JSON answer that is no known feed format, e.g. `data.stories`. */
  @property({attribute: 'items-path'}) itemsPath?: string;

  /** With `src`: JSON mapping article fields to dot paths in each item, e.g. `{"title": "headline", "url": "link"}`. */
  @property({attribute: 'field-map', converter: fieldMapConverter}) fieldMap?: FieldMap;

  /** With `src`: a URL template for feeds without CORS, e.g. `https://proxy.example/?url={url}`. */
  @property() proxy?: string;

  /** With `src`: milliseconds a loaded feed is reused (default 300000); past it the last articles still show at once while they are fetched again. */
  @property({type: Number, attribute: 'cache-ttl'}) cacheTtl?: number;

  /** With `src`: load only when the element nears the viewport (400px). */
  @property({type: Boolean}) lazy = false;

  /** With `src`: seconds between polls while on the page (at least 60); the shown articles stay until new ones arrive. */
  @property({type: Number, attribute: 'refresh-interval'}) refreshInterval?: number;

  /** The element's loading path (a `FeedSource`). */
  declare protected readonly data: FeedSource;

  /**
   * Rendered on a server (a declarative shadow root with content before the first update):
   * the first update waits for the loading controller, so the first render is the server's,
   * with the feed `news-blocks/server` wrote into the page, and hydrates without a change.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.shadowRoot?.hasChildNodes()) return super.scheduleUpdate();
    return this.data.made().then(() => super.scheduleUpdate());
  }

  /** Fetches `src` again, skipping the cache; what shows stays until the answer arrives (and after it failed, marked stale). `<article-list>` keeps new articles behind its "N new articles" button. */
  async refresh(): Promise<void> {
    await this.data.refresh();
  }

  /** The loader options from the source attributes. */
  protected loadOptions(): Partial<LoadOptions> {
    return {
      proxy: this.proxy,
      cacheTtl: this.cacheTtl,
      itemsPath: this.itemsPath || undefined,
      fieldMap: this.fieldMap,
    };
  }

  /** `FeedControllerOptions` from the source attributes (add `src` and `inline`). */
  protected sourceOptions(): Pick<FeedControllerOptions, 'load' | 'lazy' | 'refreshInterval'> {
    return {
      load: () => this.loadOptions(),
      lazy: () => this.lazy,
      refreshInterval: () => {
        const s = Number(this.refreshInterval);
        return Number.isFinite(s) && s > 0 ? Math.max(MIN_REFRESH_SECONDS, s) * 1000 : undefined;
      },
    };
  }
}

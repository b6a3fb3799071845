/**
 * The one set of source attributes of every element that takes `src` (`<news-card>`,
 * `<article-list>`, `<related-articles>`, `<news-article>`, `<news-comments>`), declared once
 * here so each element's manifest lists them as inherited members (Shoelace's base classes):
 * `src`, `items-path`, `field-map`, `proxy`, `cache-ttl`, `lazy`, `refresh-interval`, the
 * `refresh()` method, `news-load` / `news-error` and stale-while-revalidate (the articles shown
 * stay while a refresh runs, and after it failed).
 *
 * The loading path itself (`FeedSource`, `feed-source.ts`) is not imported here: this class is
 * in the CDN's always-loaded core (`<news-card>` extends it), and a card given an `article`
 * property never loads a feed.
 */
import type {FeedControllerOptions} from '../controllers/feed-controller.js';
import type {LoadOptions} from '../data/load.js';
import type {PropertyDeclarations} from 'lit';
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

/** What `SourceElement` asks of an element's loading path (`FeedSource` has it). */
export interface SourceData {
  /** Settles when the loading controller is made (at once without a source to load). */
  made(): Promise<void>;
  /** Fetches the sources again, skipping the cache. */
  refresh(): Promise<void>;
}

/**
 * An element that loads articles from `src`. Each element creates its `data` source with
 * `sourceOptions()` and its own `src` and inline articles.
 */
export class SourceElement extends NewsElement {
  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      itemsPath: {attribute: 'items-path'},
      fieldMap: {attribute: 'field-map', converter: fieldMapConverter},
      proxy: {},
      cacheTtl: {type: Number, attribute: 'cache-ttl'},
      lazy: {type: Boolean},
      refreshInterval: {type: Number, attribute: 'refresh-interval'},
    };
  }

  /** A feed URL (JSON Feed, RSS, Atom, WordPress REST, JSON-LD, or any JSON with `items-path`); relative URLs resolve against the page. */
  declare src?: string;

  /** With `src`: a dot path to the array of items in a JSON answer that is no known feed format, e.g. `data.stories`. */
  declare itemsPath?: string;

  /** With `src`: JSON mapping article fields to dot paths in each item, e.g. `{"title": "headline", "url": "link"}`. */
  declare fieldMap?: FieldMap;

  /** With `src`: a URL template for feeds without CORS, e.g. `https://proxy.example/?url={url}`. */
  declare proxy?: string;

  /** With `src`: milliseconds a loaded feed is reused (default 300000); past it the last articles still show at once while they are fetched again. */
  declare cacheTtl?: number;

  /** With `src`: load only when the element nears the viewport (400px). */
  lazy = false;

  /** With `src`: seconds between polls while on the page (at least 60); the shown articles stay until new ones arrive. */
  declare refreshInterval?: number;

  /** The element's loading path (a `FeedSource`, or what loads one). */
  declare protected readonly data: SourceData;

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

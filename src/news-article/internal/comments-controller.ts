/**
 * The comments under `<news-article>`: the nested `<news-comments>` (with `comments`), and the
 * article's true comment count (X-WP-Total) for the comments link. WordPress embeds at most one
 * page of replies (10): a count that reaches it may be capped, so the true total is asked once
 * (`per_page=1`) when the list is not shown, and taken from the list's `news-load` when it is.
 */
import {html, nothing, type ReactiveControllerHost} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Article} from '../../data/article.js';
import {safeUrl} from '../../data/sanitize.js';
import type {NewsLoadEvent} from '../../events/news-load.js';
import {define} from '../../define-element.js';

let comments: Promise<void> | undefined;

/**
 * Defines `<news-comments>` the first time an article lists its comments: its chunk (6 KiB gzip
 * in the CDN build) is no longer on every article's first visit. The list below the body
 * upgrades when it arrives; a failed download is tried again by the next article that asks.
 */
function defineComments(): void {
  comments ??= import('../../news-comments/news-comments.component.js').then(
    (m) => define('news-comments', m.NewsComments),
    (e: unknown) => {
      comments = undefined;
      console.warn('news-blocks: could not load <news-comments>', e);
    }
  );
}

export class ArticleCommentsController {
  /** The true comment count by comments feed URL. */
  private totals = new Map<string, number>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The true total of the comments at `feed`, when known. */
  total(feed: string | undefined): number | undefined {
    return feed ? this.totals.get(feed) : undefined;
  }

  private note(feed: string, total: number) {
    if (this.totals.get(feed) === total) return;
    this.totals = new Map(this.totals).set(feed, total);
    this.host.requestUpdate();
  }

  /** After a render without the list: asks a count that may be capped once. */
  count(a: Article | undefined, o: {listed: boolean; proxy?: string}): void {
    const feed = a?.commentsFeed;
    if (!a || !feed || o.listed || this.totals.has(feed)) return;
    if ((a.commentCount ?? 0) < 10 || !/\/wp\/v2\/comments\b/.test(feed)) return;
    let url: URL;
    try {
      url = new URL(feed);
    } catch {
      return;
    }
    url.searchParams.set('per_page', '1');
    // The loader arrives on demand: an article given as a property may never need it.
    import('../../data/load.js')
      .then((m) => m.loadFeed(url.href, {proxy: o.proxy}))
      .then((f) => typeof f.total === 'number' && this.note(feed, f.total))
      .catch(() => undefined);
  }

  /** The `<news-comments>` of the article (with `comments`); its events stay inside. */
  listTemplate(a: Article, o: {listed: boolean; timeZone?: string; proxy?: string}) {
    const feed = a.commentsFeed;
    if (!o.listed || !feed) return nothing;
    defineComments();
    // A listener on <news-article> hears about the article, not its comments.
    const loaded = (e: NewsLoadEvent) => {
      e.stopPropagation();
      if (typeof e.feed.total === 'number') this.note(feed, e.feed.total);
    };
    return html`<news-comments
      part="comments-list"
      src=${feed}
      article-url=${ifDefined(safeUrl(a.url))}
      time-zone=${ifDefined(o.timeZone)}
      proxy=${ifDefined(o.proxy)}
      @news-load=${loaded}
      @news-error=${(e: Event) => e.stopPropagation()}
    ></news-comments>`;
  }
}

/**
 * What a `<news-card>` needs beyond an `article` property: the reader of its JSON child and of
 * its markup (`InlineJsonController`), its loading path (`FeedSource`, which imports the loader
 * itself on the first `src`), the error, empty, not-found and stale states, and the end of the
 * reserved space. The card imports this module the first time it has a JSON child, element
 * children or `src` and no `article`, or an `article` after the page's markup reserved its box
 * (in the CDN bundle: the `common` chunk, which the entry preloads for cards with a source), so
 * a card a script makes and gives an `article` downloads none of it.
 */
import {adoptStyles, html, isServer, nothing, type LitElement} from 'lit';
import {FeedSource, feedController} from '../base/feed-source.js';
import type {FeedControllerOptions} from '../controllers/feed-controller.js';
import type {Article} from '../data/article.js';
import {FitController} from '../internal/controllers/fit-controller.js';
import {InlineJsonController} from '../internal/controllers/inline-json-controller.js';
import {skeletonTemplate} from '../internal/templates/skeleton.js';
import {
  emptyTemplate,
  errorTemplate,
  notFoundTemplate,
  staleNoticeTemplate,
} from '../internal/templates/states.js';
import {messageStyles} from '../internal/templates/states.styles.js';
import {cardFitStyles} from './news-card.styles.js';

/** The card as this module sees it. */
export interface CardHost extends LitElement {
  src?: string;
  article?: Article;
  articleId?: string;
  layout: string;
  timeZone?: string;
}

export class CardSource {
  readonly inline: InlineJsonController;
  readonly data: FeedSource;
  /**
   * Ends the reserved space once the card's content is there and out of view, as the lists do
   * (a headline alone in a card 600 px wide kept 577 px of blank space under it for good).
   */
  readonly fit: FitController;
  private styled = false;
  private fitted = false;

  /** `options`: the card's source options (`sourceOptions()` and its `src`). */
  constructor(
    private readonly host: CardHost,
    options: Omit<FeedControllerOptions, 'inline'>
  ) {
    this.inline = new InlineJsonController(host, 'news-card', 'card');
    this.data = new FeedSource(
      host,
      {...options, inline: () => (host.article ? [host.article] : this.inline.articles)},
      feedController
    );
    this.fit = new FitController(
      host,
      () => !!host.article || !!this.article() || this.settledState()
    );
  }

  /** Not loading nor about to: an error, or the feed without the article. */
  private settledState(): boolean {
    const d = this.data;
    return d.status !== 'loading' && !(this.host.src && d.status === 'idle');
  }

  /**
   * The article on show when the card has no `article` property: the JSON child's, else the
   * one `src` loaded, else (no `src`, or it failed or lacks it) the one the markup describes.
   */
  article(): Article | undefined {
    const {host, inline, data} = this;
    if (inline.articles) return inline.article;
    const markup = inline.markup?.[0];
    if (!host.src) return markup;
    const found = host.articleId ? data.find({id: host.articleId}) : data.articles[0];
    // The markup stays until the feed has something better (not while it loads: see state).
    return found ?? (data.status === 'loading' ? undefined : markup);
  }

  /**
   * The states' styles (`messageStyles`: the card's own have only the skeleton's), added to the
   * card's shadow root the first time it renders one (a server-rendered root has them already),
   * and `cardFitStyles` once the reservation has ended.
   */
  private style(fit = false): void {
    const root = this.host.renderRoot;
    if (isServer || !(root instanceof ShadowRoot)) return;
    if (fit ? this.fitted : this.styled) return;
    if (fit) this.fitted = true;
    else this.styled = true;
    const own = (this.host.constructor as typeof LitElement).elementStyles;
    adoptStyles(root, [
      ...own,
      ...(this.styled ? [messageStyles] : []),
      ...(this.fitted ? [cardFitStyles] : []),
    ]);
  }

  /** What shows without an article: loading, the error, or why there is none. */
  state(): unknown {
    const {host, data: d} = this;
    // Loading, or about to (the first render, or `lazy` before it nears the viewport): the
    // page's own markup stays on show, else the skeleton keeps the reserved space.
    if (d.status === 'loading' || (host.src && d.status === 'idle'))
      return this.inline.markup ? html`<slot></slot>` : skeletonTemplate(1, host.layout);
    this.style();
    if (d.status === 'error' && d.error) return errorTemplate(d.error, () => d.retry());
    // The feed arrived without the article: say so rather than show nothing.
    if (!host.src) return nothing;
    return host.articleId && d.articles.length ? notFoundTemplate() : emptyTemplate();
  }

  /** Above the card: the quiet notice when a refresh failed, or the feed did and markup shows. */
  notice(): unknown {
    if (this.fit.released) this.style(true);
    const d = this.data;
    const failed = d.status === 'error' && !!d.error && !this.host.article && !this.inline.articles;
    if (!d.stale && !failed) return nothing;
    this.style();
    return staleNoticeTemplate(() => d.retry());
  }
}

import {
  adoptStyles,
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import type {Article} from '../data/article.js';
import {serverWork} from '../data/ssr.js';
import {NewsErrorEvent} from '../events/news-error.js';
import {SourceElement, type SourceData} from '../base/source-element.js';
import {cardStyles} from '../internal/templates/card.styles.js';
import {cardTemplate, clampHeadingLevel, type CardLayout} from '../internal/templates/card.js';
import {skeletonTemplate} from '../internal/templates/skeleton.js';
import {skeletonStyles} from '../internal/templates/skeleton.styles.js';
import {tokens} from '../styles/tokens.js';
import type {CardSource} from './card-source.js';
import {cardFitStyles, newsCardStyles} from './news-card.styles.js';
import {givenArticle} from '../data/formats/inline.js';

type SourceModule = typeof import('./card-source.js');
let Source: SourceModule | undefined;
let sourceComing: Promise<SourceModule> | undefined;

/**
 * `card-source.ts` (the JSON child and markup reader, the loading path and the states), imported
 * once for every card; a failed download is tried again by the next card that asks.
 */
function importSource(): Promise<SourceModule> {
  sourceComing ??= import('./card-source.js').then(
    (m) => (Source = m),
    (e: unknown) => {
      sourceComing = undefined;
      throw e;
    }
  );
  return sourceComing;
}

/**
 * A teaser for one article: the cards of the seed pages' "Other Articles" and of every list.
 *
 * The article is the `article` property, else a `<script type="application/json">` child, else
 * the first of `src` (or the one `article-id` names), else the page's own markup: an `<a href>`
 * child written for readers without JavaScript is read as the card (link text → headline, an
 * `<img>` → image, a `<time datetime>` → date, a `<p>` → standfirst). With `src`, that markup
 * stays on show until the feed arrives.
 *
 * @slot - Markup shown until the card has something better, and read as its article: an `<a href>` (with an optional `<img>`, `<time datetime>` and `<p>`), or one `<script type="application/json">` child.
 *
 * @summary Section, headline, standfirst, image, byline, time, source and tags of one article.
 *
 * @csspart card - The `<article>` that holds the card.
 * @csspart body - The text column.
 * @csspart section - The kicker above the headline.
 * @csspart heading - The heading element around the headline.
 * @csspart headline - The headline link (it covers the whole card).
 * @csspart summary - The standfirst.
 * @csspart byline - The authors.
 * @csspart meta - The line with time and source.
 * @csspart time - The `<time>` element.
 * @csspart source - "According to …".
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart image-box - The box that reserves the image's space.
 * @csspart image - The image.
 *
 * @cssprop [--news-card-headline-color=var(--news-color-text)] - Headline colour.
 * @cssprop [--news-card-headline-size=1.25rem] - Headline font size.
 * @cssprop [--news-card-gap=var(--news-space-s)] - Space between the card's parts.
 * @cssprop [--news-card-background=transparent] - Card background.
 * @cssprop [--news-card-image-radius=var(--news-radius)] - Corner radius of the image.
 * @cssprop [--news-card-image-ratio=auto] - Aspect ratio of the image box when `image-ratio` is not one of the presets.
 * @cssprop [--news-card-section-transform=uppercase] - Text transform of the section kicker.
 * @cssprop [--news-color-text=#1a1a1a] - Body text colour (global token).
 * @cssprop [--news-color-muted=#595959] - Secondary text colour (global token).
 * @cssprop [--news-color-accent=#b3261e] - Kicker colour (global token).
 * @cssprop [--news-color-placeholder=#e8e8e8] - Image placeholder colour (global token).
 * @cssprop [--news-color-focus=#0b5cad] - Focus ring colour (global token).
 * @cssprop [--news-font-body=system-ui] - Body font (global token).
 * @cssprop [--news-font-headline=var(--news-font-body)] - Headline font (global token).
 *
 * @csspart error - The error state (with a Retry button) when `src` fails.
 * @csspart retry - The Retry button.
 * @csspart stale - The quiet notice shown when a refresh failed.
 * @csspart skeleton - The placeholder shown while `src` loads.
 * @csspart empty - The "No articles yet." message when the feed of `src` has none.
 * @csspart not-found - The message shown when `article-id` is not in the feed of `src`.
 *
 * @fires news-article-select - The reader activated the card's link; cancel it to route yourself.
 * @fires news-load - Articles arrived from `src` (`event.feed`).
 * @fires news-error - `src` failed (`event.kind`, `event.status`, `event.url`).
 */
export class NewsCard extends SourceElement {
  static override styles = [tokens, cardStyles, skeletonStyles, newsCardStyles];

  static override get properties(): PropertyDeclarations {
    return {
      article: {attribute: false},
      articleId: {attribute: 'article-id'},
      headingLevel: {type: Number, attribute: 'heading-level'},
      layout: {reflect: true},
      summaryLines: {type: Number, attribute: 'summary-lines'},
      imageRatio: {attribute: 'image-ratio'},
      imageSizes: {attribute: 'image-sizes'},
      noImage: {type: Boolean, attribute: 'no-image'},
      noSummary: {type: Boolean, attribute: 'no-summary'},
      noByline: {type: Boolean, attribute: 'no-byline'},
      priority: {type: Boolean},
      target: {},
      timeZone: {attribute: 'time-zone'},
    };
  }

  /**
   * The JSON child and markup reader, the loading path, the states and the end of the reserved
   * space (`card-source.ts`): made the first time the card has a JSON child, element children or
   * `src` and no `article`, or an `article` after its reserved box showed.
   */
  private source?: CardSource;
  private sourcing?: Promise<unknown>;
  /** Until `source` is made: element children the page adds later may be the card's data. */
  private childWatch?: MutationObserver;
  /**
   * The reserved space (styles/reserve.ts) may have shown for this card: it was in the page
   * before its script ran (an upgrade: `news-blocks.css` drew its box), or it read a source and
   * showed a skeleton. A card a script made and gave an `article` never did, so it takes its
   * content's own size at once (`cardFitStyles`): a headline alone in a card 600 px wide was
   * 609.5 px tall for 33 px of content.
   */
  private reserved = this.isConnected;
  private fitted = false;

  protected override readonly data: SourceData = {
    made: async () => {
      if (this.wantsSource()) await this.makeSource();
      await this.source?.data.made();
    },
    refresh: async () => {
      if (this.wantsSource()) await this.makeSource();
      await this.source?.data.refresh();
    },
  };

  /** The article to show. Set as a property, or as a `<script type="application/json">` child. */
  declare article?: Article;

  /** With `src`: the id or URL of the article to show. */
  declare articleId?: string;

  /** Heading level of the headline (2–6), so the card fits the host page's outline. */
  headingLevel = 3;

  /** `vertical` (default), `horizontal`, `compact` (no image) or `hero`. */
  layout: CardLayout = 'vertical';

  /** Lines of standfirst shown before it is clamped; 0 shows it all. */
  summaryLines = 3;

  /** Aspect ratio of the image box: `16/9`, `4/3`, `3/2`, `1/1`, `2/3`, `3/4`, `21/9` or `9/16`. */
  declare imageRatio?: string;

  /** `sizes` for the image's `srcset`. */
  declare imageSizes?: string;

  /** Hide the image. */
  noImage = false;

  /** Hide the standfirst. */
  noSummary = false;

  /** Hide the byline. */
  noByline = false;

  /** Load the image eagerly with high fetch priority (for the first card of a page). */
  priority = false;

  /** `target` of the headline link; `_blank` adds `rel="noopener noreferrer"`. */
  declare target?: string;

  /** Time zone for the date (e.g. `Asia/Ho_Chi_Minh`); default the reader's. */
  declare timeZone?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.source && typeof MutationObserver !== 'undefined') {
      this.childWatch ??= new MutationObserver(() => this.requestUpdate());
      this.childWatch.observe(this, {childList: true});
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childWatch?.disconnect();
  }

  /** Without an `article`: a `src`, a JSON child or markup to read (`card-source.ts`). */
  private wantsSource(): boolean {
    return !this.article && (!!this.src || (!isServer && !!this.firstElementChild));
  }

  /** Makes `source` (at once when its module is here), or imports it and updates once made. */
  private makeSource(): Promise<unknown> {
    if (this.source) return Promise.resolve();
    if (Source) {
      this.source = new Source.CardSource(this, {...this.sourceOptions(), src: () => this.src});
      // The source's own controller watches the light DOM from now on.
      this.childWatch?.disconnect();
      this.requestUpdate();
      return Promise.resolve();
    }
    this.sourcing ??= importSource().then(
      () => this.makeSource(),
      (e: unknown) => {
        this.sourcing = undefined;
        this.dispatchEvent(
          new NewsErrorEvent('network', this.src, undefined, `news-card could not load (${e}).`)
        );
      }
    );
    // On a server the next render pass has it (`news-blocks/server`).
    if (isServer) serverWork(this.sourcing);
    return this.sourcing;
  }

  /** Also waits for `card-source.ts` when the card is importing it (then for its update). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.sourcing || this.source) return done;
    await this.sourcing;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampHeadingLevel(this.headingLevel);
    if (this.wantsSource()) {
      this.reserved = true;
      if (!this.source) void this.makeSource();
    }
    if (isServer || !this.article || this.fitted) return;
    // A card the page's markup reserved, then given an `article`: the source's FitController
    // ends the reservation once the card is out of view (`card-source.ts`).
    if (this.reserved) {
      if (!this.source) void this.makeSource();
      return;
    }
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    this.fitted = true;
    adoptStyles(root, [...(this.constructor as typeof NewsCard).elementStyles, cardFitStyles]);
  }

  override render() {
    const source = this.source;
    const article = givenArticle(this.article) ?? source?.article();
    if (!article) {
      if (source) return source.state();
      if (!this.wantsSource()) return nothing;
      // Until `card-source.ts` has arrived: the skeleton keeps the loaded card's space; with
      // `src`, the page's own markup stays on show (as it does while the feed loads).
      // (A server has no light DOM to read: the skeleton, until the next pass.)
      const markup =
        !isServer &&
        !!this.src &&
        !this.querySelector(':scope > script[type="application/json"]') &&
        !!this.querySelector('a[href]');
      return markup ? html`<slot></slot>` : skeletonTemplate(1, this.layout);
    }
    return html`${source ? source.notice() : nothing}${cardTemplate(article, {
      locale: this.uiLocale,
      hostLang: this.hostLang,
      headingLevel: this.headingLevel,
      layout: this.layout,
      noImage: this.noImage,
      noSummary: this.noSummary,
      noByline: this.noByline,
      summaryLines: this.summaryLines,
      imageRatio: this.imageRatio,
      imageSizes: this.imageSizes,
      priority: this.priority,
      target: this.target,
      timeZone: this.timeZone,
    })}`;
  }
}

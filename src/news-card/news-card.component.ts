import {html, nothing, type PropertyValues} from 'lit';
import {InlineJsonController} from '../internal/controllers/inline-json-controller.js';
import {
  emptyTemplate,
  errorTemplate,
  notFoundTemplate,
  skeletonTemplate,
  staleNoticeTemplate,
  stateStyles,
} from '../internal/templates/states.js';
import {property} from 'lit/decorators.js';
import type {Article} from '../data/article.js';
import {FeedSource, SourceElement, feedController} from '../base/source-element.js';
import {cardStyles} from '../internal/templates/card.styles.js';
import {cardTemplate, clampHeadingLevel, type CardLayout} from '../internal/templates/card.js';
import {tokens} from '../styles/tokens.js';
import {newsCardStyles} from './news-card.styles.js';

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
  static override styles = [tokens, cardStyles, stateStyles, newsCardStyles];

  private readonly inline = new InlineJsonController(this, 'news-card', 'card');

  protected override readonly data = new FeedSource(
    this,
    {
      ...this.sourceOptions(),
      src: () => this.src,
      inline: () => (this.article ? [this.article] : this.inline.articles),
    },
    feedController
  );

  /** The article to show. Set as a property, or as a `<script type="application/json">` child. */
  @property({attribute: false}) article?: Article;

  /** With `src`: the id or URL of the article to show. */
  @property({attribute: 'article-id'}) articleId?: string;

  /** Heading level of the headline (2–6), so the card fits the host page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** `vertical` (default), `horizontal`, `compact` (no image) or `hero`. */
  @property({reflect: true}) layout: CardLayout = 'vertical';

  /** Lines of standfirst shown before it is clamped; 0 shows it all. */
  @property({type: Number, attribute: 'summary-lines'}) summaryLines = 3;

  /** Aspect ratio of the image box: `16/9`, `4/3`, `3/2`, `1/1`, `2/3`, `3/4`, `21/9` or `9/16`. */
  @property({attribute: 'image-ratio'}) imageRatio?: string;

  /** `sizes` for the image's `srcset`. */
  @property({attribute: 'image-sizes'}) imageSizes?: string;

  /** Hide the image. */
  @property({type: Boolean, attribute: 'no-image'}) noImage = false;

  /** Hide the standfirst. */
  @property({type: Boolean, attribute: 'no-summary'}) noSummary = false;

  /** Hide the byline. */
  @property({type: Boolean, attribute: 'no-byline'}) noByline = false;

  /** Load the image eagerly with high fetch priority (for the first card of a page). */
  @property({type: Boolean}) priority = false;

  /** `target` of the headline link; `_blank` adds `rel="noopener noreferrer"`. */
  @property() target?: string;

  /** Time zone for the date (e.g. `Asia/Ho_Chi_Minh`); default the reader's. */
  @property({attribute: 'time-zone'}) timeZone?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampHeadingLevel(this.headingLevel);
  }

  /**
   * The article on show: the property, else the JSON child's, else the one `src` loaded, else
   * (no `src`, or it failed or lacks it) the one the markup describes.
   */
  private current(): Article | undefined {
    if (this.article) return this.article;
    if (this.inline.articles) return this.inline.article;
    const markup = this.inline.markup?.[0];
    if (!this.src) return markup;
    const articles = this.data.articles;
    const found = this.articleId ? this.data.find({id: this.articleId}) : articles[0];
    // The markup stays until the feed has something better (not while it loads: see render).
    return found ?? (this.data.status === 'loading' ? undefined : markup);
  }

  override render() {
    const article = this.current();
    const d = this.data;
    if (!article) {
      // Loading, or about to (the first render, or `lazy` before it nears the viewport): the
      // page's own markup stays on show, else the skeleton keeps the reserved space.
      if (d.status === 'loading' || (this.src && d.status === 'idle'))
        return this.inline.markup ? html`<slot></slot>` : skeletonTemplate(1, this.layout);
      if (d.status === 'error' && d.error) return errorTemplate(d.error, () => d.retry());
      // The feed arrived without the article: say so rather than show nothing.
      if (!this.src) return nothing;
      return this.articleId && d.articles.length ? notFoundTemplate() : emptyTemplate();
    }
    const failed = d.status === 'error' && !!d.error && !this.article && !this.inline.articles;
    return html`${d.stale || failed ? staleNoticeTemplate(() => d.retry()) : nothing}${cardTemplate(
      article,
      {
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
      }
    )}`;
  }
}

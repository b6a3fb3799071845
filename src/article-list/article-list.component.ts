import {html, isServer, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {SourceElement} from '../base/source-element.js';
import {
  InlineJsonController,
  LightDomController,
} from '../internal/controllers/inline-json-controller.js';
import type {Article} from '../data/article.js';
import {filterArticles, sortArticles, type SortOrder} from '../data/merge.js';
import {msg} from '../i18n/localize.js';
import {directionOf} from '../i18n/resolve.js';
import {tokens} from '../styles/tokens.js';
import {cardStyles} from '../internal/templates/card.styles.js';
import {
  clampHeadingLevel,
  headingTemplate,
  onCardClick,
  onCardImageError,
  type CardOptions,
} from '../internal/templates/card.js';
import {
  emptyTemplate,
  errorTemplate,
  skeletonTemplate,
  staleNoticeTemplate,
  stateStyles,
} from '../internal/templates/states.js';
import {NewsSource} from '../news-source/news-source.component.js';
import {articleListStyles} from './article-list.styles.js';
import {CarouselController} from './internal/carousel-controller.js';
import {BuiltChunks, CHUNK, ChunkController} from './internal/chunk-controller.js';
import {ListSource} from './internal/list-source.js';
import {FeedEndController, focusInPlace, onFeedKey} from './internal/feed-navigation.js';
import {FitController} from '../internal/controllers/fit-controller.js';
import {PagesController} from './internal/pages-controller.js';
import {
  buildChunks,
  carouselRole,
  endTemplate,
  listCardOptions,
  listFilter,
  skipLinkTemplate,
  listTemplate,
  moreTemplate,
  sameOrNew,
  updatesTemplate,
  type ItemsView,
} from './internal/templates.js';
import {givenArticles} from '../data/formats/inline.js';

export {CHUNK} from './internal/chunk-controller.js';

export type ListLayout = 'list' | 'grid' | 'compact' | 'hero' | 'carousel';
export type ListMode = 'list' | 'feed';
const LAYOUTS: readonly ListLayout[] = ['list', 'grid', 'compact', 'hero', 'carousel'];

export {MIN_REFRESH_SECONDS} from '../base/source-element.js';

/**
 * A list of articles from one or more feeds, rendered with the shared card template.
 *
 * @summary Lists, grids, heroes, carousels and feeds of article cards, with load more and live updates.
 *
 * @slot - `<news-source src>` children (several feeds, merged newest first), one
 *   `<script type="application/json">` child with inline articles, or a `<ul>` of links written
 *   for readers without JavaScript: shown until a feed arrives, and read as the list without one.
 * @slot empty - Replaces the localized "No articles yet." message.
 *
 * @csspart group - The labelled group around everything.
 * @csspart heading - The list's heading (with `heading`).
 * @csspart list - The `role=list` element (or the `role=feed` element in `mode="feed"`).
 * @csspart item - One `role=listitem` element (or `role=article` element).
 * @csspart page-label - The "Articles 11 to 20" separator before a loaded page.
 * @csspart card - The card of one article (all card parts: body, section, headline, summary, byline, meta, time, source, tags, tag, image-box, image).
 * @csspart load-more - The Load more button.
 * @csspart status - The "Loading…" status message.
 * @csspart new-articles - The "3 new articles" button.
 * @csspart skip-link - The "Skip past this list" link, visible on focus.
 * @csspart end - The end of the list (target of the skip link).
 * @csspart carousel-controls - The box of the carousel buttons.
 * @csspart carousel-previous - The carousel's Previous button.
 * @csspart carousel-next - The carousel's Next button.
 * @csspart carousel-status - The carousel's live region (visually hidden): "Articles 4 to 6 of 9" after Next or Previous.
 * @csspart skeleton - A placeholder card while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 * @csspart stale - The notice shown when a refresh failed.
 *
 * @cssprop [--news-list-gap=var(--news-space-l)] - Space between cards.
 * @cssprop [--news-list-column-width=18rem] - Minimum column width of `grid` and `hero` (the `column-width` attribute sets it).
 * @cssprop [--news-list-slide-width=80%] - Width of one carousel slide (default: 80 %, three across from 40rem of the list's own width).
 *
 * @fires news-load - Articles arrived from `src` or the sources (`event.feed`, merged).
 * @fires news-error - A feed failed (`event.kind`, `event.status`, `event.url`).
 * @fires news-article-select - The reader activated a card's link; cancel it to route yourself.
 */
export class ArticleList extends SourceElement {
  static override styles = [tokens, cardStyles, stateStyles, articleListStyles];
  static override dependencies = {'news-source': NewsSource};

  protected override readonly data = new ListSource(this, {
    ...this.sourceOptions(),
    src: () => [this.src, ...this.sourceUrls],
    inline: () => givenArticles(this.articles) ?? this.inline.articles,
    sort: () => this.sort,
  });
  private readonly inline = new InlineJsonController(this, 'article-list', 'list');
  private readonly built = new BuiltChunks();
  private readonly chunks = new ChunkController(
    this,
    () => this.visible.length,
    (from, to) => buildChunks(this.itemsView(), from, to)
  );
  private readonly pages = new PagesController(this, this.chunks);
  private readonly carousel = new CarouselController(this, {
    list: () => this.listEl,
    buttons: () => this.renderRoot.querySelectorAll('.carousel-button'),
    status: () => this.renderRoot.querySelector<HTMLElement>('.carousel-status'),
    rtl: () => directionOf(this.hostLang) === 'rtl',
  });
  private readonly feedEnd = new FeedEndController(this, () => {
    if (this.hasMore() && !this.data.loadingNext) void this.showMore(false);
  });

  /** The reserved space ends once the cards (or the error, or the empty state) are there. */
  private readonly fit = new FitController(
    this,
    () => this.visible.length > 0 || this.data.status === 'ready' || this.data.status === 'error'
  );

  @query('.list') private listEl?: HTMLElement;
  @query('.end') private endEl?: HTMLElement;
  @query('.group') private groupEl?: HTMLElement;

  @state() private sourceUrls: string[] = [];

  /** The articles to show, set by a script (not fetched; `src` and children are ignored). */
  @property({attribute: false}) articles?: Article[];

  /** Articles per page: shown at first, and added by Load more. 0 shows all. */
  @property({type: Number}) limit = 10;

  /** `list` (default), `grid`, `compact`, `hero` (the first card large) or `carousel`. */
  @property({reflect: true}) layout: ListLayout = 'list';

  /** `feed`: the WAI-ARIA feed pattern with infinite loading. */
  @property({reflect: true}) mode: ListMode = 'list';

  /** Minimum column width of `grid` and `hero` (a CSS length, e.g. `16rem`). */
  @property({attribute: 'column-width'}) columnWidth?: string;

  /** Comma-separated tags: keep articles with any of them. */
  @property({attribute: 'filter-tags'}) filterTags?: string;

  /** Keep articles in this section. */
  @property({attribute: 'filter-section'}) filterSection?: string;

  /** Keep articles in this language (`en` keeps `en-GB`). */
  @property({attribute: 'filter-lang'}) filterLang?: string;

  /** Comma-separated URLs to leave out (compared as canonical URLs), e.g. the current page. */
  @property() exclude?: string;

  /** `newest` (default), `oldest`, `title` or `none` (the feed's order). */
  @property() sort: SortOrder = 'newest';

  /** A visible heading above the list; without it, `label` (or "Articles") names the group. */
  @property() heading?: string;

  /** Accessible name of the group when there is no `heading`. */
  @property() label?: string;

  /** Level of the list heading (2–6). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** Level of every card headline; default one below the list heading, else 3. */
  @property({type: Number, attribute: 'card-heading-level'}) cardHeadingLevel?: number;

  /** Show a Load more button while there are more articles or pages. */
  @property({type: Boolean, attribute: 'load-more'}) loadMore = false;

  /** Lists longer than this get a "Skip past this list" link. */
  @property({type: Number, attribute: 'skip-threshold'}) skipThreshold = 10;

  /** Hide images. */
  @property({type: Boolean, attribute: 'no-image'}) noImage = false;

  /** Hide standfirsts. */
  @property({type: Boolean, attribute: 'no-summary'}) noSummary = false;

  /** Hide bylines. */
  @property({type: Boolean, attribute: 'no-byline'}) noByline = false;

  /** Lines of standfirst before it is clamped; 0 shows it all. */
  @property({type: Number, attribute: 'summary-lines'}) summaryLines = 3;

  /** Aspect ratio of every image box (`16/9`, `4/3`, …). */
  @property({attribute: 'image-ratio'}) imageRatio?: string;

  /** `target` of the headline links; `_blank` adds `rel="noopener noreferrer"`. */
  @property() target?: string;

  /** Time zone for dates (e.g. `Asia/Ho_Chi_Minh`); default the reader's. */
  @property({attribute: 'time-zone'}) timeZone?: string;

  private generation = -1;
  private visible: Article[] = [];
  private filtered: Article[] = [];
  private filterKey: unknown[] = [];
  private inlineSeen?: Article[];
  private cardOptions!: CardOptions;

  constructor() {
    super();
    // <news-source src> children, read again whenever the page edits them.
    new LightDomController(this, () => this.readSources(), ['src']);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The cards' events, heard once here (`delegateEvents`) rather than bound on every card.
    root.addEventListener('click', this.onCardClick);
    root.addEventListener('error', onCardImageError, onCardImageError.capture);
    return root;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('headingLevel')) this.headingLevel = clampHeadingLevel(this.headingLevel, 2);
    if (changed.has('columnWidth')) {
      if (this.columnWidth) this.style.setProperty('--news-list-column-width', this.columnWidth);
      else this.style.removeProperty('--news-list-column-width');
    }
    // New articles as a whole (other sources, a load, inline ones) start at the first page.
    const generation = this.data.feed ? this.data.generation : -1;
    // Without a feed to show (none, or it failed), the page's own list of links is the list.
    const d = this.data;
    const noFeed = (!this.src && !this.sourceUrls.length) || (d.status === 'error' && !d.feed);
    const inline = this.inline.articles ?? (noFeed ? this.inline.markup : undefined);
    const reset = changed.has('articles') || changed.has('limit') || inline !== this.inlineSeen;
    this.inlineSeen = inline;
    if (generation !== this.generation || reset) this.pages.reset(this.pageSize());
    this.generation = generation;
    // Sorted and filtered again only when the articles or the options changed (not per chunk).
    const base = givenArticles(this.articles) ?? inline;
    const source = base ?? this.data.articles;
    const {sort, filterTags, filterSection, filterLang, exclude} = this;
    const key = [source, sort, filterTags, filterSection, filterLang, exclude];
    if (key.some((v, i) => v !== this.filterKey[i]))
      this.filtered = this.filter(base ? sortArticles(base, sort) : source);
    this.filterKey = key;
    this.visible = this.filtered.slice(0, this.pages.shown);
    // A server rendered every shown item (chunk-controller.ts): the first update hydrates them
    // all, in as many boxes as it wrote (Lit's hydration needs as many parts as markers). Its
    // boxes are there before then only when the server wrote the items.
    const served =
      this.hasUpdated || isServer ? 0 : this.renderRoot.querySelectorAll('.chunk').length;
    if (served) this.chunks.hydrate(Math.min(this.visible.length, served * CHUNK));
    const options = listCardOptions(this, this.layoutName, this.uiLocale, this.hostLang);
    this.cardOptions = sameOrNew(this.cardOptions, options);
  }

  protected override serverHtmlDropped(): void {
    // The chunks the server wrote are gone: the list renders its first chunk, then the others.
    this.built.forgetServed();
    this.chunks.reset();
    this.chunks.hydrated = 0;
  }

  protected override firstUpdated(): void {
    // Boxes after the first in a first update are a server's (the browser renders one chunk at
    // first). They have no item count (a `style` attribute, which a strict `style-src` blocks):
    // their estimate while off screen would be CHUNK items, too tall for the last.
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.chunk + .chunk'))
      box.style.setProperty('--_n', String(box.querySelectorAll(':scope > .item').length));
  }

  protected override updated(): void {
    if (this.layout === 'carousel') this.carousel.observe();
    else this.carousel.stop();
    this.feedEnd.watch(this.mode === 'feed' ? this.renderRoot.querySelector('.sentinel') : null);
  }

  /** Shows the next page: more of the loaded items, else the feed's next page. */
  async showMore(moveFocus = true): Promise<void> {
    if (this.data.loadingNext) return;
    const start = this.visible.length;
    const size = this.pageSize();
    if (this.filtered.length < start + size && this.data.next) await this.data.loadNext();
    await this.updateComplete;
    this.pages.show(start + size, start, Math.min(this.filtered.length, start + size), moveFocus);
    await this.updateComplete;
  }

  /** Polls every source again; new articles wait behind the "N new articles" button. */
  override async refresh(): Promise<void> {
    await this.data.refresh();
  }

  /**
   * Inserts the articles found by polling (the "N new articles" button): at the top, or in
   * `mode="feed"` after the last article shown (the WAI-ARIA feed pattern: a feed grows only at
   * its end, never above what the reader has passed), behind an "Articles 6 to 8" separator;
   * focus moves to the first of them.
   */
  showNewArticles(): void {
    const feed = this.mode === 'feed';
    const added = this.data.showPending(feed ? this.visible.at(-1) : undefined);
    const count = feed ? this.filter(added).length : added.length;
    if (count) this.pages.insert(feed ? this.visible.length : 0, count);
  }

  private readSources() {
    const sources = [...this.querySelectorAll(':scope > news-source')]
      .map((s) => s.getAttribute('src') ?? (s as HTMLElement & {src?: string}).src ?? '')
      .filter(Boolean);
    if (sources.join('\n') !== this.sourceUrls.join('\n')) this.sourceUrls = sources;
  }

  private filter(articles: readonly Article[]): Article[] {
    return filterArticles(articles, listFilter(this));
  }

  private pageSize(): number {
    const n = Math.floor(Number(this.limit));
    return n > 0 ? n : Number.MAX_SAFE_INTEGER;
  }

  private hasMore(): boolean {
    return this.filtered.length > this.pages.shown || !!this.data.next;
  }

  private get layoutName(): ListLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'list';
  }

  private onRetry = () => this.data.retry();
  private onSkip = () => focusInPlace(this.endEl);
  private onLoadMore = () => void this.showMore();
  private onShowNew = () => this.showNewArticles();

  /** The cards' headline clicks (`delegateEvents`): the article from the item's index. */
  private onCardClick = (e: Event) =>
    onCardClick(e, (link) => {
      const item = link.closest<HTMLElement>('.item');
      return item ? this.visible[Number(item.dataset.index)] : undefined;
    });

  private onFeedKey = (e: KeyboardEvent) =>
    onFeedKey(e, {
      items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.item')],
      hasMore: () => this.hasMore(),
      more: (index) => void (this.pages.focusLater(index), this.showMore(false)),
      after: () => focusInPlace(this.endEl),
      before: () => focusInPlace(this.groupEl),
    });

  /** What the items are rendered from. */
  private itemsView(): ItemsView {
    const layout = this.layoutName;
    const feed = this.mode === 'feed';
    return {
      visible: this.visible,
      rendered: this.chunks.rendered,
      pageStarts: this.pages.starts,
      card: this.cardOptions,
      hero: layout === 'hero',
      feed,
      carousel: !feed && layout === 'carousel',
      setsize: this.hasMore() ? -1 : this.filtered.length,
      built: this.built,
      hydrated: this.chunks.hydrated,
    };
  }

  private bodyTemplate(label: string | undefined) {
    const layout = this.layoutName;
    const card = this.cardOptions.layout;
    const d = this.data;
    if (d.status === 'loading' && !this.visible.length && this.inline.markup)
      return html`<slot></slot>`;
    if (d.status === 'loading' && !this.visible.length)
      return html`<div class="list skeleton-list layout-${layout}">
        ${skeletonTemplate(Math.min(this.pageSize(), 12), card)}
      </div>`;
    if (d.status === 'error' && d.error && !this.visible.length)
      return errorTemplate(d.error, this.onRetry);
    if (!this.visible.length)
      return d.status === 'idle' ? nothing : html`<slot name="empty">${emptyTemplate()}</slot>`;
    const list = listTemplate(this.itemsView(), {
      layout,
      busy: d.loadingNext,
      labelledBy: this.heading ? 'heading' : undefined,
      label,
      onKey: this.onFeedKey,
    });
    return html`${layout === 'carousel' ? this.carousel.controlsTemplate() : nothing}${list}`;
  }

  override render() {
    const d = this.data;
    const label = this.heading
      ? undefined
      : this.label ||
        msg('Articles', {id: 'article-list.label', desc: 'Accessible name of a list of articles'});
    const feed = this.mode === 'feed';
    const more = this.loadMore && !feed && this.visible.length && this.hasMore() && !d.loadingNext;
    return html`<div
      part="group"
      class=${this.fit.released ? 'group fit' : 'group'}
      role="group"
      aria-roledescription=${ifDefined(this.layoutName === 'carousel' ? carouselRole() : undefined)}
      tabindex="-1"
      aria-labelledby=${ifDefined(this.heading ? 'heading' : undefined)}
      aria-label=${ifDefined(label)}
      aria-busy=${d.status === 'loading' || d.loadingNext ? 'true' : 'false'}
    >
      ${this.heading ? headingTemplate(this.headingLevel, html`<span id="heading">${this.heading}</span>`, 'heading', 'list-heading') : nothing}
      ${this.visible.length > this.skipThreshold ? skipLinkTemplate(this.onSkip) : nothing}
      ${updatesTemplate(d.pending.length, this.onShowNew)}
      ${d.stale && this.visible.length ? staleNoticeTemplate(this.onRetry) : nothing}
      ${this.bodyTemplate(label)}
      ${moreTemplate(d.loadingNext, more ? this.onLoadMore : undefined, feed)} ${endTemplate()}
    </div>`;
  }
}

import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {NewsElement} from '../base/news-element.js';
import {
  jsonChildText,
  LightDomController,
  parseJsonChild,
} from '../controllers/inline-json-controller.js';
import type {Article, Feed} from '../data/article.js';
import {FeedError} from '../data/errors.js';
import {normalizeFeed} from '../data/formats/inline.js';
import {loadFeed} from '../data/load.js';
import {
  articleKey,
  dedupeArticles,
  filterArticles,
  mergeArticles,
  sortArticles,
  type SortOrder,
} from '../data/merge.js';
import {NewsErrorEvent} from '../events/news-error.js';
import {NewsLoadEvent} from '../events/news-load.js';
import {msg, str} from '../i18n/localize.js';
import {directionOf} from '../i18n/resolve.js';
import {tokens} from '../styles/tokens.js';
import {cardStyles} from '../templates/card.styles.js';
import {
  cardPieces,
  clampHeadingLevel,
  headingTemplate,
  joinPieces,
  onCardClick,
  onCardImageError,
  piece,
  type Piece,
  type CardLayout,
  type CardOptions,
} from '../templates/card.js';
import {
  emptyTemplate,
  errorTemplate,
  skeletonTemplate,
  staleNoticeTemplate,
  stateStyles,
} from '../templates/states.js';
import {articleListStyles} from './article-list.styles.js';

export type ListLayout = 'list' | 'grid' | 'compact' | 'hero' | 'carousel';
export type ListMode = 'list' | 'feed';
const LAYOUTS: readonly ListLayout[] = ['list', 'grid', 'compact', 'hero', 'carousel'];

/**
 * Cards rendered in the first task, so the first screen paints at once; also the size of the
 * groups of cards that `guard()` skips when the list re-renders.
 */
export const CHUNK = 100;
/**
 * Milliseconds of rendering per later task: the next task takes as many cards as the last
 * one's speed says fit. Every chunk costs a frame whose style, layout and intersection checks
 * cover the list so far, so fewer, larger chunks finish sooner; with style, layout and the
 * young-generation garbage collections the allocations trigger, 20 ms keeps tasks under 50 ms
 * (measured by `npm run bench` at 5,000 cards, with one template per card; 1,000 cards took
 * 1.33x the vanilla time with 12 ms, 1.15-1.18x with 20 ms).
 */
const CHUNK_BUDGET = 20;
/** Polling never runs more often than this many seconds. */
export const MIN_REFRESH_SECONDS = 60;

const splitList = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A list of articles from one or more feeds, rendered with the shared card template.
 *
 * @summary Lists, grids, heroes, carousels and feeds of article cards, with load more and live updates.
 *
 * @slot - `<news-source src>` children (several feeds, merged newest first) or one
 *   `<script type="application/json">` child with inline articles.
 * @slot empty - Replaces the localized "No articles yet." message.
 *
 * @csspart group - The labelled group around everything.
 * @csspart heading - The list's heading (with `heading`).
 * @csspart list - The `<ul>` (or the `role=feed` element in `mode="feed"`).
 * @csspart item - One `<li>` (or `role=article` element).
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
 * @csspart skeleton - A placeholder card while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 * @csspart stale - The notice shown when a refresh failed.
 *
 * @cssprop [--news-list-gap=var(--news-space-l)] - Space between cards.
 * @cssprop [--news-list-column-width=18rem] - Minimum column width of `grid` and `hero` (the `column-width` attribute sets it).
 * @cssprop [--news-list-slide-width=80%] - Width of one carousel slide.
 *
 * @fires news-load - Articles arrived from `src` or the sources (`event.feed`, merged).
 * @fires news-error - A feed failed (`event.kind`, `event.status`, `event.url`).
 * @fires news-article-select - The reader activated a card's link; cancel it to route yourself.
 */
export class ArticleList extends NewsElement {
  static override styles = [tokens, cardStyles, stateStyles, articleListStyles];

  @query('.list') private listEl?: HTMLElement;
  @query('.end') private endEl?: HTMLElement;
  @query('.group') private groupEl?: HTMLElement;

  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private error?: FeedError;
  @state() private stale = false;
  @state() private loaded: Article[] = [];
  @state() private inline?: Article[];
  @state() private pending: Article[] = [];
  @state() private shown = 0;
  @state() private pageStarts: number[] = [];
  @state() private appending = false;
  @state() private rendered = CHUNK;
  @state() private sourceUrls: string[] = [];

  /** The articles to show, set by a script (not fetched; `src` and children are ignored). */
  @property({attribute: false}) articles?: Article[];

  /** A feed URL (JSON Feed, RSS, Atom, WordPress REST, JSON-LD). `<news-source>` children add more. */
  @property() src?: string;

  /** A URL template for feeds without CORS, e.g. `https://proxy.example/?url={url}`. */
  @property() proxy?: string;

  /** Milliseconds a loaded feed is reused (default 300000). */
  @property({type: Number, attribute: 'cache-ttl'}) cacheTtl?: number;

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

  /** Seconds between polls of the feeds (at least 60); new articles wait behind a button. */
  @property({type: Number, attribute: 'refresh-interval'}) refreshInterval?: number;

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

  private next?: string;
  private sourceKey?: string;
  private run = 0;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setInterval>;
  private chunkToken = 0;
  private chunkSize = CHUNK;
  private updateStart = 0;
  private renderedCount = 0;
  private slideObserver?: IntersectionObserver;
  private feedObserver?: IntersectionObserver;
  private focusIndex?: number;
  private visible: Article[] = [];
  private filtered: Article[] = [];
  private cardOptions!: CardOptions;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The cards' events, heard once here (`delegateEvents`) rather than bound on every card.
    root.addEventListener('click', this.onCardClick);
    root.addEventListener('error', onCardImageError, onCardImageError.capture);
    return root;
  }

  constructor() {
    super();
    // <news-source src> children and a JSON child, read again whenever the page edits them.
    new LightDomController(this, () => this.readChildren(), ['src']);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startTimer();
    if (this.hasUpdated && this.rendered < this.visible.length) this.nextChunk();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.slideObserver?.disconnect();
    this.feedObserver?.disconnect();
    clearInterval(this.timer);
    this.chunkToken++;
    this.timer = undefined;
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.abort?.abort();
      if (this.status === 'loading') this.status = this.loaded.length ? 'ready' : 'idle';
      this.sourceKey = undefined;
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.updateStart = performance.now();
    // The next chunk of cards: nothing else to recompute.
    if (changed.size === 1 && changed.has('rendered')) return;
    if (changed.has('headingLevel')) this.headingLevel = clampHeadingLevel(this.headingLevel, 2);
    if (changed.has('columnWidth')) {
      if (this.columnWidth) this.style.setProperty('--news-list-column-width', this.columnWidth);
      else this.style.removeProperty('--news-list-column-width');
    }
    if (changed.has('refreshInterval')) this.startTimer();
    const urls = this.articles || this.inline ? [] : [this.src, ...this.sourceUrls].filter(Boolean);
    const key = urls.join('\n');
    if (key !== (this.sourceKey ?? '')) {
      this.sourceKey = key;
      this.loaded = [];
      this.pending = [];
      this.next = undefined;
      this.stale = false;
      this.error = undefined;
      this.status = 'idle';
      this.resetPages();
      if (urls.length) void this.load(urls as string[]);
      else this.abort?.abort();
    }
    if (changed.has('articles') || changed.has('inline') || changed.has('limit')) this.resetPages();
    if (changed.has('sort') && this.loaded.length)
      this.loaded = sortArticles(this.loaded, this.sort);
    this.filtered = this.compute();
    this.visible = this.filtered.slice(0, this.shown);
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'list';
    const options: CardOptions = {
      locale: this.uiLocale,
      hostLang: this.hostLang,
      headingLevel: this.cardLevel(),
      layout: layout === 'list' ? 'horizontal' : layout === 'compact' ? 'compact' : 'vertical',
      noImage: this.noImage,
      noSummary: this.noSummary,
      noByline: this.noByline,
      summaryLines: this.summaryLines,
      imageRatio: this.imageRatio,
      imageSizes: layout === 'list' ? undefined : '(min-width: 40em) 24rem, 100vw',
      target: this.target,
      timeZone: this.timeZone,
      delegateEvents: true,
    };
    // Keep the same object while nothing changed, so the chunks' guard() can skip them.
    const prev = this.cardOptions as CardOptions | undefined;
    const same =
      prev &&
      (Object.keys(options) as (keyof CardOptions)[]).every((k) => prev[k] === options[k]) &&
      Object.keys(prev).length === Object.keys(options).length;
    if (!same) this.cardOptions = options;
  }

  protected override updated(): void {
    const count = Math.min(this.rendered, this.visible.length);
    const added = count - this.renderedCount;
    this.renderedCount = count;
    if (added >= 20) {
      const perCard = (performance.now() - this.updateStart) / added;
      this.chunkSize = Math.max(20, Math.min(1000, Math.round(CHUNK_BUDGET / perCard)));
    }
    if (this.rendered < this.visible.length) this.nextChunk(added === count);
    if (this.focusIndex !== undefined && this.focusIndex < this.rendered) {
      const li = this.renderRoot.querySelector<HTMLElement>(
        `.item[data-index="${this.focusIndex}"]`
      );
      this.focusIndex = undefined;
      li?.focus();
    }
    if (this.layout === 'carousel') this.observeSlides();
    else this.slideObserver?.disconnect();
    if (this.mode === 'feed') this.observeFeedEnd();
    else this.feedObserver?.disconnect();
  }

  /**
   * Renders the next cards in a new task (a message, not setTimeout, so there is no 4 ms clamp).
   * After the first chunk, the message waits for the next frame, so the first screen is painted
   * before more cards are built (a hidden page gets no frames: a timeout stands in).
   */
  private nextChunk(afterFrame = false) {
    const token = ++this.chunkToken;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (token !== this.chunkToken || !this.isConnected) return;
      // A small remainder joins this chunk rather than costing a frame of its own.
      const left = this.visible.length - this.rendered;
      this.rendered += left <= this.chunkSize * 1.25 ? left : this.chunkSize;
    };
    if (!afterFrame) {
      channel.port2.postMessage(null);
      return;
    }
    let posted = false;
    const post = () => {
      if (!posted) channel.port2.postMessage(null);
      posted = true;
    };
    requestAnimationFrame(post);
    setTimeout(post, 100);
  }

  private readChildren() {
    const sources = [...this.querySelectorAll(':scope > news-source')]
      .map((s) => s.getAttribute('src') ?? (s as HTMLElement & {src?: string}).src ?? '')
      .filter(Boolean);
    if (sources.join('\n') !== this.sourceUrls.join('\n')) this.sourceUrls = sources;
    const text = jsonChildText(this);
    this.inline =
      text === undefined
        ? undefined
        : parseJsonChild(text, 'article-list', (json) => normalizeFeed(json).articles);
  }

  private startTimer() {
    clearInterval(this.timer);
    this.timer = undefined;
    const s = Number(this.refreshInterval);
    if (!this.isConnected || !Number.isFinite(s) || s <= 0) return;
    this.timer = setInterval(() => void this.refresh(), Math.max(MIN_REFRESH_SECONDS, s) * 1000);
  }

  private resetPages() {
    this.shown = this.pageSize();
    this.pageStarts = [];
    this.rendered = CHUNK;
  }

  private pageSize(): number {
    const n = Math.floor(Number(this.limit));
    return n > 0 ? n : Number.MAX_SAFE_INTEGER;
  }

  private cardLevel(): number {
    if (this.cardHeadingLevel) return clampHeadingLevel(this.cardHeadingLevel);
    return this.heading ? clampHeadingLevel(this.headingLevel + 1) : 3;
  }

  private filter(articles: readonly Article[]): Article[] {
    return filterArticles(articles, {
      tags: splitList(this.filterTags),
      section: this.filterSection,
      lang: this.filterLang,
      exclude: splitList(this.exclude),
    });
  }

  private compute(): Article[] {
    const base = this.articles ?? this.inline;
    return this.filter(base ? sortArticles(base, this.sort) : this.loaded);
  }

  private loadOptions() {
    return {proxy: this.proxy, cacheTtl: this.cacheTtl};
  }

  /** Loads every source; keeps what succeeded and reports what failed. */
  private async fetchAll(urls: string[], force: boolean, signal: AbortSignal) {
    const results = await Promise.allSettled(
      urls.map((u) => loadFeed(u, {...this.loadOptions(), signal, force}))
    );
    const feeds: Feed[] = [];
    const errors: FeedError[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') feeds.push(r.value);
      else
        errors.push(
          r.reason instanceof FeedError
            ? r.reason
            : new FeedError('network', String(r.reason), {url: urls[i]})
        );
    });
    return {feeds, errors};
  }

  private report(errors: FeedError[], signal: AbortSignal) {
    if (signal.aborted) return;
    for (const e of errors)
      this.dispatchEvent(new NewsErrorEvent(e.kind, e.url, e.status, e.message));
  }

  private async load(urls: string[]) {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const run = ++this.run;
    this.status = 'loading';
    const {feeds, errors} = await this.fetchAll(urls, false, abort.signal);
    if (run !== this.run || abort.signal.aborted) return;
    if (!feeds.length) {
      this.error = errors[0];
      this.status = 'error';
      this.report(errors, abort.signal);
      return;
    }
    this.loaded = mergeArticles(
      feeds.map((f) => f.articles),
      this.sort
    );
    this.next = feeds.length === 1 && urls.length === 1 ? feeds[0].next : undefined;
    this.error = errors[0];
    this.stale = errors.length > 0;
    this.status = 'ready';
    this.resetPages();
    this.dispatchEvent(new NewsLoadEvent(this.mergedFeed(feeds)));
    this.report(errors, abort.signal);
  }

  private mergedFeed(feeds: Feed[]): Feed {
    const feed: Feed = {...(feeds.length === 1 ? feeds[0] : {}), articles: this.loaded};
    if (this.next) feed.next = this.next;
    return feed;
  }

  private onRetry = () => {
    this.sourceKey = undefined;
    this.requestUpdate();
  };

  private onSkip = () => this.endEl?.focus();

  private onLoadMore = () => void this.showMore();

  private onShowNew = () => this.showNewArticles();

  /**
   * At the first slides Previous, at the last ones Next, says it can do nothing
   * (`aria-disabled`, not `disabled`: the button keeps focus for a keyboard reader at the end).
   */
  private updateCarouselEnds() {
    const items = this.listEl?.querySelectorAll<HTMLElement>(':scope > .item');
    if (!items?.length) return;
    const [prev, next] = this.renderRoot.querySelectorAll('.carousel-button');
    prev?.setAttribute('aria-disabled', String(!items[0].inert));
    next?.setAttribute('aria-disabled', String(!items[items.length - 1].inert));
  }

  private onCarousel(direction: 1 | -1) {
    const list = this.listEl;
    if (!list) return;
    const button = this.renderRoot.querySelectorAll('.carousel-button')[direction < 0 ? 0 : 1];
    if (button?.getAttribute('aria-disabled') === 'true') return;
    const rtl = directionOf(this.hostLang) === 'rtl' || getComputedStyle(list).direction === 'rtl';
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollBy({
      left: direction * (rtl ? -1 : 1) * list.clientWidth,
      behavior: reduce ? 'auto' : 'smooth',
    });
  }

  /** The cards' headline clicks (`delegateEvents`): the article from the item's index. */
  private onCardClick = (e: Event) =>
    onCardClick(e, (link) => {
      const item = link.closest<HTMLElement>('.item');
      return item ? this.visible[Number(item.dataset.index)] : undefined;
    });

  private onFeedKey = (e: KeyboardEvent) => {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.item')];
    const current = (e.target as HTMLElement).closest<HTMLElement>('.item');
    const i = current ? items.indexOf(current) : -1;
    if (e.key === 'PageDown' && !e.ctrlKey) {
      e.preventDefault();
      if (i + 1 < items.length) items[i + 1].focus();
      else if (this.hasMore()) {
        this.focusIndex = items.length;
        void this.showMore(false);
      }
    } else if (e.key === 'PageUp' && !e.ctrlKey) {
      e.preventDefault();
      if (i > 0) items[i - 1].focus();
    } else if (e.key === 'End' && e.ctrlKey) {
      e.preventDefault();
      this.endEl?.focus();
    } else if (e.key === 'Home' && e.ctrlKey) {
      e.preventDefault();
      this.groupEl?.focus();
    }
  };

  private observeSlides() {
    const list = this.listEl;
    if (!list || typeof IntersectionObserver === 'undefined') return;
    if (!this.slideObserver || (this.slideObserver.root as Element | null) !== list) {
      this.slideObserver?.disconnect();
      this.slideObserver = new IntersectionObserver(
        (entries) => {
          for (const en of entries) (en.target as HTMLElement).inert = en.intersectionRatio < 0.5;
          this.updateCarouselEnds();
        },
        {root: list, threshold: [0, 0.5, 1]}
      );
    }
    for (const li of list.querySelectorAll<HTMLElement>(':scope > .item'))
      this.slideObserver.observe(li);
  }

  private observeFeedEnd() {
    const end = this.renderRoot.querySelector('.sentinel');
    if (!end || typeof IntersectionObserver === 'undefined') return;
    this.feedObserver ??= new IntersectionObserver((entries) => {
      if (entries.some((x) => x.isIntersecting) && this.hasMore() && !this.appending)
        void this.showMore(false);
    });
    this.feedObserver.disconnect();
    this.feedObserver.observe(end);
  }

  private hasMore(): boolean {
    return this.filtered.length > this.shown || !!this.next;
  }

  /** Shows the next page: more of the loaded items, else the feed's next page. */
  async showMore(moveFocus = true): Promise<void> {
    if (this.appending) return;
    const start = this.visible.length;
    const size = this.pageSize();
    if (this.filtered.length < start + size && this.next) {
      this.appending = true;
      const abort = new AbortController();
      const run = this.run;
      try {
        const feed = await loadFeed(this.next, {...this.loadOptions(), signal: abort.signal});
        if (run !== this.run) return;
        this.next = feed.next && feed.next !== this.next ? feed.next : undefined;
        this.loaded = dedupeArticles([...this.loaded, ...sortArticles(feed.articles, this.sort)]);
        this.dispatchEvent(new NewsLoadEvent(feed));
      } catch (e) {
        const err = e instanceof FeedError ? e : new FeedError('network', String(e));
        this.error = err;
        this.stale = true;
        this.report([err], abort.signal);
      } finally {
        this.appending = false;
      }
    }
    this.shown = start + size;
    await this.updateComplete;
    const end = Math.min(this.filtered.length, this.shown);
    if (end > start) {
      this.pageStarts = [...this.pageStarts, start];
      this.rendered = Math.max(this.rendered, end);
      if (moveFocus) this.focusIndex = start;
    }
    await this.updateComplete;
  }

  /** Polls every source again; new articles wait behind the "N new articles" button. */
  async refresh(): Promise<void> {
    const urls = this.sourceKey ? this.sourceKey.split('\n') : [];
    if (!urls.length || this.status === 'loading') return;
    const abort = new AbortController();
    this.abort = abort;
    const run = this.run;
    const {feeds, errors} = await this.fetchAll(urls, true, abort.signal);
    if (run !== this.run || abort.signal.aborted) return;
    if (!feeds.length) {
      this.stale = this.status === 'ready';
      this.error = errors[0];
      this.report(errors, abort.signal);
      return;
    }
    const known = new Set([...this.loaded, ...this.pending].map(articleKey));
    const fresh = mergeArticles(
      feeds.map((f) => f.articles),
      this.sort
    ).filter((a) => !known.has(articleKey(a)));
    this.stale = errors.length > 0;
    if (fresh.length) this.pending = [...fresh, ...this.pending];
    this.report(errors, abort.signal);
  }

  /**
   * Inserts the articles found by polling (what the "N new articles" button does): at the top,
   * or in `mode="feed"` after the last article shown, since a feed only ever grows at its end.
   */
  showNewArticles(): void {
    if (!this.pending.length) return;
    const count = this.pending.length;
    const sorted = sortArticles(this.pending, this.sort);
    this.pending = [];
    if (this.mode === 'feed') {
      this.appendNew(sorted);
      return;
    }
    this.loaded = dedupeArticles([...sorted, ...this.loaded]);
    this.shown += count;
    this.pageStarts = this.pageStarts.map((p) => p + count);
    this.rendered += count;
    this.focusIndex = 0;
  }

  /**
   * The WAI-ARIA feed pattern: new articles are appended after the last one shown (never above
   * what the reader has passed), behind an "Articles 6 to 8" separator, and focus moves to the
   * first of them; aria-setsize follows.
   */
  private appendNew(fresh: Article[]) {
    const known = new Set(this.loaded.map(articleKey));
    const add = fresh.filter((a) => !known.has(articleKey(a)));
    const last = this.visible.at(-1);
    const lastKey = last && articleKey(last);
    const at = lastKey ? this.loaded.findIndex((a) => articleKey(a) === lastKey) + 1 : 0;
    this.loaded = [...this.loaded.slice(0, at), ...add, ...this.loaded.slice(at)];
    const count = this.filter(add).length;
    if (!count) return;
    const start = this.visible.length;
    this.shown += count;
    this.rendered += count;
    this.pageStarts = [...this.pageStarts, start];
    this.focusIndex = start;
  }

  private pageLabel(start: number): TemplateResult {
    const from = start + 1;
    const next = this.pageStarts.find((p) => p > start);
    const to = Math.min(next ?? Infinity, this.visible.length);
    return html`<p part="page-label" class="page-label">
      ${msg(str`Articles ${from} to ${to}`, {
        id: 'article-list.page',
        desc: 'Separator before the articles that Load more added, e.g. "Articles 11 to 20"',
      })}
    </p>`;
  }

  private itemTemplate(a: Article, i: number, feed: boolean, setsize: number): TemplateResult {
    const o =
      this.layout === 'hero' && i === 0
        ? {...this.cardOptions, layout: 'hero' as CardLayout, priority: true}
        : this.cardOptions;
    // The item and its card are one template (see `joinPieces`). The separator is a part of
    // every item, so that adding one (Load more) keeps the item's element and its focus.
    const separator = this.pageStarts.includes(i) ? this.pageLabel(i) : nothing;
    const pieces: Piece[] = [
      feed
        ? piece`<div part="item" class="item" role="article" tabindex="0" data-index=${i} aria-posinset=${i + 1} aria-setsize=${setsize} aria-label=${a.title}>${separator}`
        : piece`<li part="item" class="item" data-index=${i} tabindex="-1">${separator}`,
    ];
    cardPieces(a, o, pieces);
    pieces.push(feed ? piece`</div>` : piece`</li>`);
    return joinPieces(pieces);
  }

  private itemsTemplate(feed: boolean) {
    const items = this.visible.slice(0, this.rendered);
    const setsize = this.next || this.filtered.length > this.shown ? -1 : this.filtered.length;
    const chunks: unknown[] = [];
    for (let c = 0; c < items.length; c += CHUNK) {
      const part = items.slice(c, c + CHUNK);
      const pages = this.pageStarts.filter((p) => p >= c && p < c + CHUNK + 1).join();
      chunks.push(
        guard(
          [this.cardOptions, this.layout, pages, setsize, feed, this.visible.length, ...part],
          () => part.map((a, j) => this.itemTemplate(a, c + j, feed, setsize))
        )
      );
    }
    return chunks;
  }

  private groupLabel(): string | undefined {
    if (this.heading) return undefined;
    return (
      this.label ||
      msg('Articles', {id: 'article-list.label', desc: 'Accessible name of a list of articles'})
    );
  }

  private carouselControls() {
    return html`<div part="carousel-controls" class="carousel-controls">
      <button
        part="carousel-previous"
        class="carousel-button"
        type="button"
        @click=${() => this.onCarousel(-1)}
      >
        ${msg('Previous articles', {
          id: 'article-list.carousel.previous',
          desc: 'Carousel button that shows the previous articles',
        })}
      </button>
      <button
        part="carousel-next"
        class="carousel-button"
        type="button"
        @click=${() => this.onCarousel(1)}
      >
        ${msg('Next articles', {
          id: 'article-list.carousel.next',
          desc: 'Carousel button that shows the next articles',
        })}
      </button>
    </div>`;
  }

  private bodyTemplate() {
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'list';
    const feed = this.mode === 'feed';
    const loading = this.status === 'loading' && !this.visible.length;
    if (loading) {
      const count = Math.min(this.pageSize(), 12);
      return html`<div class="list skeleton-list layout-${layout}">
        ${skeletonTemplate(
          count,
          layout === 'list' ? 'horizontal' : layout === 'compact' ? 'compact' : 'vertical'
        )}
      </div>`;
    }
    if (this.status === 'error' && this.error && !this.visible.length)
      return errorTemplate(this.error, this.onRetry);
    if (!this.visible.length) {
      if (this.status === 'idle' && !this.articles && !this.inline) return nothing;
      return html`<slot name="empty">${emptyTemplate()}</slot>`;
    }
    const busy = this.appending ? 'true' : 'false';
    const list = feed
      ? html`<div
          part="list"
          class="list layout-${layout}"
          role="feed"
          aria-busy=${busy}
          aria-labelledby=${ifDefined(this.heading ? 'heading' : undefined)}
          aria-label=${ifDefined(this.groupLabel())}
          @keydown=${this.onFeedKey}
        >
          ${this.itemsTemplate(true)}
        </div>`
      : html`<ul part="list" class="list layout-${layout}" aria-busy=${busy}>
          ${this.itemsTemplate(false)}
        </ul>`;
    return html`${layout === 'carousel' ? this.carouselControls() : nothing}${list}`;
  }

  private moreTemplate() {
    const show = (this.loadMore || this.mode === 'feed') && this.visible.length > 0;
    return html`<p part="status" class="status" role="status">
        ${
          this.appending
            ? msg('Loading…', {id: 'article-list.loading', desc: 'Status while more articles load'})
            : nothing
        }
      </p>
      ${
        show && this.hasMore() && !this.appending && this.mode !== 'feed'
          ? html`<div class="more">
              <button part="load-more" class="button" type="button" @click=${this.onLoadMore}>
                ${msg('Load more', {id: 'article-list.load-more', desc: 'Button that shows more articles'})}
              </button>
            </div>`
          : nothing
      }
      ${this.mode === 'feed' ? html`<div class="sentinel"></div>` : nothing}`;
  }

  private updatesTemplate() {
    const n = this.pending.length;
    return html`<div part="updates" class="updates" role="status">
      ${
        n
          ? html`<button part="new-articles" class="button" type="button" @click=${this.onShowNew}>
              ${
                n === 1
                  ? msg('1 new article', {
                      id: 'article-list.new-one',
                      desc: 'Button that inserts one article found by polling',
                    })
                  : msg(str`${n} new articles`, {
                      id: 'article-list.new-many',
                      desc: 'Button that inserts the articles found by polling, e.g. "3 new articles"',
                    })
              }
            </button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const busy = this.status === 'loading' || this.appending;
    const skip = this.visible.length > this.skipThreshold;
    return html`<div
      part="group"
      class="group"
      role="group"
      tabindex="-1"
      aria-labelledby=${ifDefined(this.heading ? 'heading' : undefined)}
      aria-label=${ifDefined(this.groupLabel())}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${this.heading ? headingTemplate(this.headingLevel, html`<span id="heading">${this.heading}</span>`, 'heading', 'list-heading') : nothing}
      ${
        skip
          ? html`<button part="skip-link" class="skip-link" type="button" @click=${this.onSkip}>
              ${msg('Skip past this list', {id: 'article-list.skip', desc: 'Link that moves focus past a long list of articles'})}
            </button>`
          : nothing
      }
      ${this.updatesTemplate()}
      ${this.stale && this.visible.length ? staleNoticeTemplate(this.onRetryRefresh) : nothing}
      ${this.bodyTemplate()} ${this.moreTemplate()}
      <span part="end" class="end visually-hidden" id="end" tabindex="-1">
        ${msg('End of the list', {id: 'article-list.end', desc: 'Hidden text after a list of articles, where its skip link leads'})}
      </span>
    </div>`;
  }

  private onRetryRefresh = () => void this.refresh();
}

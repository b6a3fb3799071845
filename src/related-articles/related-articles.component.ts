import {html, isServer, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {SourceElement} from '../base/source-element.js';
import {FeedSource, feedController} from '../base/feed-source.js';
import {FitController} from '../internal/controllers/fit-controller.js';
import {InlineJsonController} from '../internal/controllers/inline-json-controller.js';
import type {Article} from '../data/article.js';
import {articleKey, canonicalUrl} from '../data/merge.js';
import {relatedArticles} from '../data/related.js';
import {safeUrl} from '../data/sanitize.js';
import {pageUrl} from '../data/ssr.js';
import {msg} from '../i18n/localize.js';
import {tokens} from '../styles/tokens.js';
import {cardStyles} from '../internal/templates/card.styles.js';
import {
  cardTemplate,
  clampHeadingLevel,
  headingTemplate,
  type CardOptions,
} from '../internal/templates/card.js';
import {
  emptyTemplate,
  errorTemplate,
  skeletonTemplate,
  stateStyles,
} from '../internal/templates/states.js';
import {relatedArticlesStyles} from './related-articles.styles.js';
import {givenArticles} from '../data/formats/inline.js';

export type RelatedLayout = 'compact' | 'horizontal' | 'vertical';
const LAYOUTS: readonly RelatedLayout[] = ['compact', 'horizontal', 'vertical'];

/** What the element shows. */
export type RelatedView = 'loading' | 'error' | 'empty' | 'ready';

/** The current article as far as it is known: identity (url/id) and what ranks (tags/section). */
export type CurrentArticle = Partial<Pick<Article, 'id' | 'url' | 'tags' | 'section'>>;

type JsonLd = typeof import('../data/formats/json-ld.js');
/** The JSON-LD adapter once imported (the first time a page has a JSON-LD script to read). */
let jsonLd: JsonLd | undefined;
let jsonLdComing: Promise<unknown> | undefined;
/**
 * Imports the JSON-LD adapter (once; it brings the loader's shared helpers, so a box given
 * inline articles on a page without JSON-LD never downloads them). A chunk that cannot be
 * downloaded leaves the page's JSON-LD unread, as if it had none.
 */
function loadJsonLd(): Promise<unknown> {
  return (jsonLdComing ??= import('../data/formats/json-ld.js').then(
    (m) => (jsonLd = m),
    (e: unknown) => {
      console.warn("news-blocks: could not load the reader of the page's JSON-LD", e);
      jsonLd = {parseJsonLdArticle: () => undefined} as unknown as JsonLd;
    }
  ));
}

/** The page's JSON-LD scripts (`<script type="application/ld+json">`). */
const jsonLdScripts = (doc: Document) => doc.querySelectorAll('script[type="application/ld+json"]');

/**
 * The host page's own article: `<link rel=canonical>` for its URL, its JSON-LD article (e.g. a
 * `NewsArticle`, through the JSON-LD adapter, `parse`) for tags, section and, without a
 * canonical link, the URL (`url`, else `mainEntityOfPage`).
 */
export function documentArticle(
  doc: Document,
  parse: JsonLd['parseJsonLdArticle']
): CurrentArticle | undefined {
  let ld: Article | undefined;
  for (const s of jsonLdScripts(doc)) {
    try {
      ld = parse(JSON.parse(s.textContent ?? ''), doc.baseURI);
    } catch {
      // Not JSON: the page's problem, not ours; try the next script.
    }
    if (ld) break;
  }
  const link = doc.querySelector('link[rel~="canonical"][href]');
  const canonical = safeUrl(link?.getAttribute('href'), doc.baseURI);
  if (!ld) return canonical ? {url: canonical} : undefined;
  const current: CurrentArticle = {id: ld.id, url: ld.url, tags: ld.tags, section: ld.section};
  // The canonical link wins for the URL; the JSON-LD's id only when it names the same page.
  if (canonical && (!ld.url || canonicalUrl(ld.url) !== canonicalUrl(canonical)))
    return {url: canonical, tags: ld.tags, section: ld.section};
  return current;
}

/**
 * The "Other articles" box under an article: the articles of a feed that share its tags and
 * section, then the newest, in compact cards from the shared card template.
 *
 * The current article is `article-url`, else the `article` property, else the host page's
 * `<link rel=canonical>`, else its JSON-LD article's `url`/`mainEntityOfPage`. It never appears
 * in the box (URLs are compared without tracking parameters, fragment or trailing slash), nor
 * does any article twice. With nothing to show the element hides itself and gets the `empty`
 * attribute, unless `show-empty` asks for a message.
 *
 * @summary Related articles ranked by shared tags and section, then recency.
 *
 * @slot - One `<script type="application/json">` child with the candidate articles, or a `<ul>` of links (written for readers without JavaScript): shown until the element has something better, and read as the candidates.
 * @slot heading - Replaces the heading text ("Other articles", or the `heading` attribute).
 * @slot empty - Replaces the "No related articles." message shown with `show-empty`.
 *
 * @csspart aside - The `<aside>` landmark around everything.
 * @csspart aside-heading - The heading of the box.
 * @csspart list - The `<ul>`.
 * @csspart item - One `<li>`.
 * @csspart card - The card of one article (all card parts: body, section, heading, headline, summary, byline, meta, time, source, tags, tag, image-box, image).
 * @csspart skeleton - A placeholder card while `src` loads.
 * @csspart empty - The "No related articles." message (with `show-empty`).
 * @csspart error - The error state when `src` fails.
 * @csspart retry - The Retry button.
 *
 * @cssprop [--news-related-gap=var(--news-space-s)] - Space between cards.
 * @cssprop [--news-related-heading-size=1.25rem] - Font size of the box heading.
 * @cssprop [--news-related-heading-color=var(--news-color-text)] - Colour of the box heading.
 * @cssprop [--news-related-rule-color=var(--news-color-border)] - Colour of the rules between compact cards.
 *
 * @fires news-load - Articles arrived from `src` (`event.feed`).
 * @fires news-error - `src` failed (`event.kind`, `event.status`, `event.url`).
 * @fires news-article-select - The reader activated a card's link; cancel it to route yourself.
 */
export class RelatedArticles extends SourceElement {
  static override styles = [tokens, cardStyles, stateStyles, relatedArticlesStyles];

  private readonly inline = new InlineJsonController(this, 'related-articles', 'list');
  /** The reserved space ends once the cards (or the error, or the empty state) are there. */
  private readonly fit = new FitController(this, () => this.view !== 'loading');

  protected override readonly data = new FeedSource(
    this,
    {
      ...this.sourceOptions(),
      src: () => (this.articles || this.inline.articles ? undefined : this.src),
    },
    feedController
  );

  /** The candidates, set by a script (not fetched; `src` and the JSON child are ignored). */
  @property({attribute: false}) articles?: Article[];

  /** The current article (its `url` or `id` is left out; its `tags` and `section` rank). */
  @property({attribute: false}) article?: CurrentArticle;

  /** URL of the current article; default the `article` property's, else the page's. */
  @property({attribute: 'article-url'}) articleUrl?: string;

  /** Most articles shown (default 5; a value below 1 means the default). */
  @property({type: Number}) limit = 5;

  /** Leave out articles that share no tag and no section (default: they fill the box, newest first). */
  @property({type: Boolean, attribute: 'only-related'}) onlyRelated = false;

  /** Card layout: `compact` (default: headline and date), `horizontal` or `vertical`. */
  @property({reflect: true}) layout: RelatedLayout = 'compact';

  /** Heading text; default the localized "Other articles". The `heading` slot overrides it. */
  @property() heading?: string;

  /** Level of the box heading (2–6); card headlines are one level below. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** With nothing related, show the box with a message instead of hiding it. */
  @property({type: Boolean, attribute: 'show-empty'}) showEmpty = false;

  /** `target` of the headline links; `_blank` adds `rel="noopener noreferrer"`. */
  @property() target?: string;

  /** Time zone for dates (e.g. `Asia/Ho_Chi_Minh`); default the reader's. */
  @property({attribute: 'time-zone'}) timeZone?: string;

  private related: Article[] = [];
  private view: RelatedView = 'empty';
  /** The page has JSON-LD and its reader is still on its way: the ranking waits for it. */
  private waitingForPage = false;

  /** Resolves once rendered, and the page's JSON-LD (when it has any) read and ranked. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.waitingForPage && !jsonLd && jsonLdComing) {
      await jsonLdComing;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampHeadingLevel(this.headingLevel, 2);
    // The page's own list of links stays until a feed has something better.
    const markup = this.data.status === 'loading' ? undefined : this.inline.markup;
    const feed = this.data.feed?.articles;
    const pool =
      givenArticles(this.articles) ??
      this.inline.articles ??
      (feed?.length ? feed : markup) ??
      feed;
    const current = pool ? this.currentArticle(pool) : undefined;
    // Other articles of the section the reader is in do not repeat it as their kicker.
    const here = current?.section?.trim().toLowerCase();
    this.related = pool
      ? relatedArticles(current!, pool, {
          limit: this.pageSize(),
          onlyRelated: this.onlyRelated,
        }).map((a) =>
          here && a.section?.trim().toLowerCase() === here ? {...a, section: undefined} : a
        )
      : [];
    // The page's JSON-LD may name the current article's tags and section: rank once it is read.
    const waiting = !!pool && this.waitingForPage && !current?.tags?.length && !current?.section;
    this.view = waiting
      ? 'loading'
      : this.related.length
        ? 'ready'
        : pool
          ? 'empty'
          : this.data.status === 'error'
            ? 'error'
            : this.src && this.data.status !== 'ready'
              ? 'loading'
              : 'empty';
    this.toggleAttribute('empty', this.view === 'empty');
  }

  private pageSize(): number {
    const n = Math.floor(Number(this.limit));
    return n >= 1 ? n : 5;
  }

  /**
   * The current article: `article-url`, else `article`, else the page's. Tags and section come
   * from `article`, else the page's JSON-LD when it names the same URL, else the candidate at
   * that URL.
   */
  private currentArticle(pool: readonly Article[]): CurrentArticle {
    // On a server there is no document: the rendered page's URL (`news-blocks/server`).
    const base = pageUrl();
    const explicit = this.article ?? {};
    const page = isServer ? undefined : this.pageArticle();
    const url =
      safeUrl(this.articleUrl, base) ??
      safeUrl(explicit.url, base) ??
      (explicit.id ? undefined : page?.url);
    const current: CurrentArticle = {...explicit, url};
    if (current.tags?.length || current.section) return current;
    const key = url ? canonicalUrl(url) : undefined;
    const ranks = (x?: CurrentArticle) => !!(x?.tags?.length || x?.section);
    const samePage = ranks(page) && (!key || (!!page?.url && canonicalUrl(page.url) === key));
    const source = samePage ? page : key ? pool.find((a) => articleKey(a) === key) : undefined;
    return source ? {...current, tags: source.tags, section: source.section} : current;
  }

  /** The page's article, once its JSON-LD (if any) can be read; its canonical link until then. */
  private pageArticle(): CurrentArticle | undefined {
    const doc = this.ownerDocument;
    this.waitingForPage = !jsonLd && jsonLdScripts(doc).length > 0;
    if (this.waitingForPage) void loadJsonLd().then(() => this.requestUpdate());
    return documentArticle(doc, jsonLd?.parseJsonLdArticle ?? (() => undefined));
  }

  private cardOptions(): CardOptions {
    return {
      locale: this.uiLocale,
      hostLang: this.hostLang,
      headingLevel: clampHeadingLevel(this.headingLevel + 1),
      layout: LAYOUTS.includes(this.layout) ? this.layout : 'compact',
      target: this.target,
      timeZone: this.timeZone,
    };
  }

  private bodyTemplate() {
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'compact';
    switch (this.view) {
      case 'loading':
        return html`<div class="list skeleton-list layout-${layout}">
          ${skeletonTemplate(Math.max(1, this.pageSize()), layout)}
        </div>`;
      case 'error':
        return this.data.error ? errorTemplate(this.data.error, this.onRetry) : nothing;
      case 'empty':
        return html`<slot name="empty"
          >${emptyTemplate(
            msg('No related articles.', {
              id: 'related-articles.empty',
              desc: 'Shown (when asked for) instead of the related articles when there are none',
            })
          )}</slot
        >`;
      default: {
        const o = this.cardOptions();
        return html`<ul part="list" class="list layout-${layout}">
          ${this.related.map((a) => html`<li part="item" class="item">${cardTemplate(a, o)}</li>`)}
        </ul>`;
      }
    }
  }

  private onRetry = () => this.data.retry();

  override render() {
    if (this.view === 'loading' && this.inline.markup) return html`<slot></slot>`;
    if (this.view === 'empty' && !this.showEmpty) return nothing;
    const text =
      this.heading ||
      msg('Other articles', {
        id: 'related-articles.heading',
        desc: 'Heading of the box of related articles under an article',
      });
    return html`<aside
      part="aside"
      class=${this.fit.released ? 'aside fit' : 'aside'}
      aria-labelledby="heading"
      aria-busy=${this.view === 'loading' ? 'true' : 'false'}
    >
      ${headingTemplate(
        clampHeadingLevel(this.headingLevel, 2),
        html`<span id="heading"><slot name="heading">${text}</slot></span>`,
        'aside-heading',
        'aside-heading'
      )}
      ${this.bodyTemplate()}
    </aside>`;
  }
}

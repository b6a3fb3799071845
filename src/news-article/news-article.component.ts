import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {SourceElement} from '../base/source-element.js';
import {FeedSource, feedController} from '../base/feed-source.js';
import {InlineJsonController} from '../internal/controllers/inline-json-controller.js';
import type {Article} from '../data/article.js';
import {withConventions} from '../data/conventions.js';
import {findArticle} from '../data/merge.js';
import {safeUrl} from '../data/sanitize.js';
import {pageUrl} from '../data/ssr.js';
import {
  NewsBreadcrumbs,
  type BreadcrumbItem,
} from '../news-breadcrumbs/news-breadcrumbs.component.js';
import {NewsTags} from '../news-tags/news-tags.component.js';
import {PhotoCaption} from '../photo-caption/photo-caption.component.js';
import {tokens} from '../styles/tokens.js';
import {
  emptyTemplate,
  errorTemplate,
  notFoundTemplate,
  skeletonTemplate,
  stateStyles,
} from '../internal/templates/states.js';
import {patternLoading} from '../internal/templates/time.js';
import {jsonScript, syncJsonLd} from '../internal/templates/json-ld.js';
import {articleTemplate, defaultCrumbs} from './internal/article-template.js';
import {ArticleBodyController} from './internal/body-controller.js';
import {CanonicalLinkController} from './internal/canonical-controller.js';
import {ArticleCommentsController} from './internal/comments-controller.js';
import {newsArticleStyles} from './news-article.styles.js';
import {newsArticleJsonLd} from './structured-data.js';
import {givenArticle} from '../data/formats/inline.js';

/**
 * A whole article: breadcrumbs, section, headline, byline, dateline and times, lead photo,
 * the sanitized body, source line, link to the original, tags and comments.
 *
 * @summary The seed article page: one syndicated article, sanitized and localized.
 *
 * Without `article` or `src`, the article markup the element wraps (written for readers
 * without JavaScript: an `<article>` with a heading and paragraphs) is read as the article and
 * rendered (sanitized) like any other; with `src`, that markup stays on show until the feed
 * arrives.
 *
 * @slot - Article markup shown until the element has something better, and read as its article (the first heading is the headline, the rest the body, a `<time datetime>` the date, an `<a rel="bookmark">` the URL).
 *
 * @csspart article - The `<article>` that holds everything.
 * @csspart breadcrumbs - The `<news-breadcrumbs>` trail; its parts are forwarded as `breadcrumbs-nav`, `breadcrumbs-list`, `breadcrumbs-item`, `breadcrumbs-link` and `breadcrumbs-current`.
 * @csspart header - Section, headline, standfirst and meta line.
 * @csspart section - The kicker above the headline.
 * @csspart heading - The heading element (h1 by default).
 * @csspart summary - The standfirst, when the feed has one apart from the body.
 * @csspart meta - The line with byline, dateline and times.
 * @csspart byline - The authors.
 * @csspart dateline - "LĐXH": where the story was filed (in the meta line, or opening the body with `dateline-style="inline"`).
 * @csspart published - The `<time>` of publication.
 * @csspart updated - The `<time>` of the last update.
 * @csspart lead-photo - The `<photo-caption>` of the lead image; its parts are forwarded as `lead-photo-figure`, `lead-photo-image-box`, `lead-photo-image`, `lead-photo-caption`, `lead-photo-translation`, `lead-photo-credit` and `lead-photo-zoom`.
 * @csspart body - The article text.
 * @csspart photo - A `<photo-caption>` made from a figure of the body.
 * @csspart table-scroll - The focusable region a body table scrolls in.
 * @csspart footer - Source line, original link, tags and comments.
 * @csspart source - "According to …".
 * @csspart original - The link to the original article (left out on the article's own page).
 * @csspart tags - The `<news-tags>` list; its parts are forwarded as `tags-label`, `tags-list`, `tags-tag` and `tags-link`.
 * @csspart comments - The comments link.
 * @csspart comments-list - The `<news-comments>` under the body (with `comments`).
 * @csspart not-found - The message shown when `article-id` is not in the feed.
 * @csspart empty - The "No articles yet." message when the feed of `src` has none.
 * @csspart error - The error state (with a Retry button) when `src` fails.
 * @csspart retry - The Retry button.
 * @csspart skeleton - The placeholder shown while `src` loads.
 *
 * @cssprop [--news-article-max-width=42rem] - Measure of the text column.
 * @cssprop [--news-article-headline-size=2rem] - Headline font size.
 * @cssprop [--news-article-body-size=1.0625rem] - Body font size.
 * @cssprop [--news-article-line-height=1.6] - Body line height.
 * @cssprop [--news-color-text=#1a1a1a] - Text colour (global token).
 * @cssprop [--news-color-muted=#595959] - Meta text colour (global token).
 * @cssprop [--news-color-link=#0b5cad] - Link colour (global token).
 * @cssprop [--news-color-accent=#b3261e] - Kicker colour (global token).
 * @cssprop [--news-color-border=#d6d6d6] - Rules and table borders (global token).
 * @cssprop [--news-color-focus=#0b5cad] - Focus ring colour (global token).
 * @cssprop [--news-font-body=system-ui] - Body font (global token).
 * @cssprop [--news-font-headline=var(--news-font-body)] - Headline font (global token).
 *
 * @fires news-load - The feed of `src` arrived (`event.feed`).
 * @fires news-error - `src` failed (`event.kind`, `event.status`, `event.url`).
 */
export class NewsArticle extends SourceElement {
  static override styles = [tokens, stateStyles, newsArticleStyles];
  static override dependencies = {
    'news-breadcrumbs': NewsBreadcrumbs,
    'news-tags': NewsTags,
    'photo-caption': PhotoCaption,
    // `<news-comments>` is defined on demand, by the first article that lists its comments
    // (internal/comments-controller.ts): most articles do not, and it is 6 KiB.
  };

  private readonly inline = new InlineJsonController(this, 'news-article', 'article');

  protected override readonly data = new FeedSource(
    this,
    {
      ...this.sourceOptions(),
      src: () => (this.article || this.inline.articles ? undefined : this.src),
    },
    feedController
  );

  /** The sanitized, transformed body. */
  private readonly body = new ArticleBodyController(this);
  /** The comments list and the true comment count. */
  private readonly commentsOf = new ArticleCommentsController(this);
  // Registers itself; nothing reads it.
  protected readonly canonicalLink = new CanonicalLinkController(this, () =>
    this.canonical ? this.current()?.url : undefined
  );

  /** The article to show. Set as a property, or load it with `src`. */
  @property({attribute: false}) article?: Article;

  /** With `src`: the id (or URL) of the article to show. */
  @property({attribute: 'article-id'}) articleId?: string;

  /** With `src`: the URL of the article to show. */
  @property({attribute: 'article-url'}) articleUrl?: string;

  /** Language of the article when the feed does not say (BCP 47), e.g. `en` for a WordPress site in English. */
  @property({attribute: 'content-lang'}) contentLang?: string;

  /** The trail above the headline. Absent: Home / the article's section. */
  @property({attribute: false}) breadcrumbs?: BreadcrumbItem[];

  /** URL of the "Home" step of the default breadcrumbs (default: the article's site root). */
  @property({attribute: 'home-url'}) homeUrl?: string;

  /** Hide the breadcrumbs. */
  @property({type: Boolean, attribute: 'no-breadcrumbs'}) noBreadcrumbs = false;

  /** Level of the headline (1–6); body headings are demoted below it. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 1;

  /**
   * Time zone for dates (e.g. `Asia/Ho_Chi_Minh`): dates are shown in it, and a date without an
   * offset is read in it. Default: the reader's zone (UTC for a date without an offset).
   */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /**
   * Dates: `short`, `medium` (default), `long`, `numeric`, or a date-fns pattern
   * (`hh:mm a dd/MM/yyyy` writes the seed's "10:40 AM 13/11/2023").
   */
  @property({attribute: 'date-format'}) dateFormat?: string;

  /**
   * `inline` keeps the dateline where the newsroom writes it, "(LĐXH)- …" opening the body;
   * default `meta`: taken off the body and shown in the meta line.
   */
  @property({attribute: 'dateline-style'}) datelineStyle: 'meta' | 'inline' = 'meta';

  /** The label of the tags, instead of the localized "Tags" (the seed writes "TAG"); passed to `<news-tags>`. */
  @property({attribute: 'tags-label'}) tagsLabel?: string;

  /** A written separator between breadcrumbs ("/" on the seed) instead of the drawn chevron; passed to `<news-breadcrumbs>`. */
  @property({attribute: 'breadcrumb-separator'}) breadcrumbSeparator?: string;

  /**
   * A syndicated copy: declare the article's own URL as the page's canonical one
   * (`<link rel="canonical">` in the document head, unless the page has one).
   */
  @property({type: Boolean}) canonical = false;

  /**
   * Show the article's comments under the body (a `<news-comments>`, read from the feed's
   * comments link: WordPress `wp/v2/comments`, RSS `wfw:commentRss`).
   */
  @property({type: Boolean}) comments = false;

  /** URL template of tag links, passed to `<news-tags>` (`{tag}` is replaced). */
  @property({attribute: 'tag-href-template'}) tagHrefTemplate?: string;

  /** Add schema.org `NewsArticle` JSON-LD to the light DOM, for crawlers. */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  private readonly withLang = new WeakMap<Article, Article>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    syncJsonLd(this, 'news-article', undefined);
  }

  /** A date-fns pattern loads its code and locale data before the render that uses it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = patternLoading(this.dateFormat, this);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      const n = Math.round(Number(this.headingLevel));
      this.headingLevel = Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 1;
    }
    const a = this.current();
    this.body.sync(a, {
      // Relative URLs resolve as the adapter resolved the lead image: against the feed.
      baseUrl: this.article ? a?.url : (safeUrl(this.src, globalThis.location?.href) ?? a?.url),
      headingLevel: this.headingLevel,
      locale: this.uiLocale,
      datelineStyle: this.datelineStyle === 'inline' ? 'inline' : 'meta',
    });
  }

  protected override updated(): void {
    const a = this.current();
    syncJsonLd(this, 'news-article', this.structuredData && a ? newsArticleJsonLd(a) : undefined);
    this.commentsOf.count(a, {listed: this.comments, proxy: this.proxy});
    // The inner elements inherit this host's `color-scheme` like any CSS property.
  }

  /**
   * On a server (`renderLight()`): the JSON-LD that `structured-data` writes (for crawlers,
   * before any script runs), then the article as a JSON child (see `NewsElement`).
   */
  override renderLight(): unknown {
    const a = this.current();
    const ld =
      this.structuredData && a ? jsonScript('news-article', newsArticleJsonLd(a)) : nothing;
    return html`${ld}${super.renderLight()}`;
  }

  /** The article on show: the property, else the JSON child, else the one `src` loaded. */
  private current(): Article | undefined {
    const found =
      givenArticle(this.article) ?? this.inline.article ?? this.fromFeed() ?? this.fromMarkup();
    // The body's conventions (dateline, source line, …), whether the article came from a feed
    // or as a property.
    const a = found && withConventions(found);
    const lang = a && !a.language ? (this.contentLang ?? this.data.feed?.language) : undefined;
    if (!a || !lang) return a;
    let cached = this.withLang.get(a);
    if (cached?.language !== lang) this.withLang.set(a, (cached = {...a, language: lang}));
    return cached;
  }

  /** The wrapped markup's article: without `src`, or when the feed did not have one. */
  private fromMarkup(): Article | undefined {
    return this.src && this.data.status === 'loading' ? undefined : this.inline.markup?.[0];
  }

  private fromFeed(): Article | undefined {
    const articles = this.data.articles;
    if (!this.articleId && !this.articleUrl) return articles[0];
    const want = {id: this.articleId, url: this.articleUrl};
    return findArticle(articles, want, pageUrl());
  }

  private articleTemplate(a: Article) {
    const feed = a.commentsFeed;
    const list = {listed: this.comments, timeZone: this.timeZone, proxy: this.proxy};
    return articleTemplate(a, {
      locale: this.uiLocale,
      hostLang: this.hostLang,
      headingLevel: this.headingLevel,
      crumbs: this.noBreadcrumbs ? [] : (this.breadcrumbs ?? defaultCrumbs(a, this.homeUrl)),
      breadcrumbSeparator: this.breadcrumbSeparator,
      timeZone: this.timeZone,
      dateFormat: this.dateFormat,
      datelineStyle: this.datelineStyle,
      body: this.body.content(),
      bodyReady: this.body.ready,
      tagHrefTemplate: this.tagHrefTemplate,
      tagsLabel: this.tagsLabel,
      commentsTotal: this.commentsOf.total(feed),
      commentsList: this.commentsOf.listTemplate(a, list),
    });
  }

  override render() {
    const a = this.current();
    if (a) return this.articleTemplate(a);
    const d = this.data;
    if (d.status === 'error' && d.error) return errorTemplate(d.error, () => d.retry());
    if (d.status === 'loading')
      return this.inline.markup
        ? html`<slot></slot>`
        : html`<div class="loading" aria-busy="true">${skeletonTemplate(1, 'vertical')}</div>`;
    if (d.status === 'ready' && this.src && !d.articles.length) return emptyTemplate();
    if (d.status === 'ready' && this.src) return notFoundTemplate();
    return nothing;
  }
}

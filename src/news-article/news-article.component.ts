import {html, isServer, noChange, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {FeedSource, SourceElement, feedController} from '../base/source-element.js';
import {InlineJsonController} from '../internal/controllers/inline-json-controller.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import type {Article} from '../data/article.js';
import {summaryRepeatsBody, withConventions} from '../data/conventions.js';
import {htmlToText} from '../data/html.js';
import {canonicalUrl, findArticle} from '../data/merge.js';
import {safeUrl} from '../data/sanitize.js';
import {pageUrl, serverWork} from '../data/ssr.js';
import {msg, str, withLocale} from '../i18n/localize.js';
import {isolateIn} from '../i18n/bidi.js';
import {directionOf} from '../i18n/resolve.js';
import {
  NewsBreadcrumbs,
  type BreadcrumbItem,
} from '../news-breadcrumbs/news-breadcrumbs.component.js';
import {NewsTags} from '../news-tags/news-tags.component.js';
import {PhotoCaption} from '../photo-caption/photo-caption.component.js';
import {NewsComments} from '../news-comments/news-comments.component.js';
import type {NewsLoadEvent} from '../events/news-load.js';
import {tokens} from '../styles/tokens.js';
import {headingTemplate, sourceText} from '../internal/templates/card.js';
import {
  emptyTemplate,
  errorTemplate,
  skeletonTemplate,
  stateStyles,
} from '../internal/templates/states.js';
import {patternLoading} from '../internal/templates/time.js';
import {buildBody} from './body.js';
import {
  BREADCRUMB_PARTS,
  commentsTemplate,
  leadPhotoTemplate,
  metaTemplate,
  TAG_PARTS,
} from './internal/templates.js';
import {newsArticleStyles} from './news-article.styles.js';
import {jsonScript, syncJsonLd} from '../internal/templates/json-ld.js';
import {newsArticleJsonLd} from './structured-data.js';

function sameUrl(a: string | undefined, b: string | undefined): boolean {
  const base = globalThis.location?.href ?? pageUrl();
  return !!a && !!b && canonicalUrl(a, base) === canonicalUrl(b, base);
}

/**
 * On a server: bodies sanitized and transformed (in `news-blocks/server`'s DOM), as HTML, by
 * what they were built from; `@lit-labs/ssr` renders synchronously, so the first pass starts the
 * work and the next one (after `news-blocks/server` waited for it) renders the body.
 */
const serverBodies = new Map<string, string>();

const primary = (lang: string | undefined) => lang?.toLowerCase().split('-')[0];

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
    'news-comments': NewsComments,
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

  /** The sanitized, transformed body, once built. */
  @state() private bodyNode?: HTMLElement;

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

  /** The article's true comment count (X-WP-Total), by comments feed URL. */
  @state() private commentTotals = new Map<string, number>();

  /** URL template of tag links, passed to `<news-tags>` (`{tag}` is replaced). */
  @property({attribute: 'tag-href-template'}) tagHrefTemplate?: string;

  /** Add schema.org `NewsArticle` JSON-LD to the light DOM, for crawlers. */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  private readonly withLang = new WeakMap<Article, Article>();
  /** What the body was built from: rebuilt only when one of these changes. */
  private bodyKey: unknown[] = [];
  private bodyRun = 0;
  /** Hydrating a server-rendered body: it stays until the client's own is built. */
  private serverBody = false;
  private canonicalLink?: HTMLLinkElement;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    syncJsonLd(this, 'news-article', undefined);
    this.canonicalLink?.remove();
    this.canonicalLink = undefined;
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
    // Compared item by item: the body's HTML is not serialized again on every update.
    const key = a
      ? [
          a.id,
          a.contentHtml,
          a.url,
          a.image?.url,
          a.dateline,
          !!a.source,
          a.language,
          this.article ? '' : this.src,
          this.headingLevel,
          this.uiLocale,
          this.datelineStyle,
        ]
      : [];
    if (isServer) {
      this.bodyKey = key;
      this.serverBodyHtml(a, key);
      return;
    }
    if (!this.hasUpdated) this.serverBody = !!this.shadowRoot?.querySelector('[part="body"]');
    if (key.length !== this.bodyKey.length || key.some((v, i) => v !== this.bodyKey[i])) {
      if (this.hasUpdated) this.serverBody = false;
      this.bodyKey = key;
      this.bodyNode = undefined;
      if (a?.contentHtml) void this.makeBody(a, ++this.bodyRun);
      else this.bodyRun++;
    }
  }

  protected override updated(): void {
    const a = this.current();
    syncJsonLd(this, 'news-article', this.structuredData && a ? newsArticleJsonLd(a) : undefined);
    this.syncCanonical();
    this.countComments(a);
    // The inner elements inherit this host's `color-scheme` like any CSS property.
  }

  /** On a server: the body's HTML when built, else its building started as server work. */
  private serverBodyHtml(a: Article | undefined, key: unknown[]) {
    this.bodyNode = undefined;
    if (!a?.contentHtml) return;
    const id = JSON.stringify(key);
    if (serverBodies.has(id)) return;
    serverWork(
      this.buildBodyNode(a).then((node) => {
        if (serverBodies.size >= 100) serverBodies.delete(serverBodies.keys().next().value!);
        serverBodies.set(id, node.innerHTML);
      })
    );
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
    const found = this.article ?? this.inline.article ?? this.fromFeed() ?? this.fromMarkup();
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

  private async makeBody(a: Article, run: number) {
    const node = await this.buildBodyNode(a);
    if (run === this.bodyRun) this.bodyNode = node;
  }

  private async buildBodyNode(a: Article): Promise<HTMLElement> {
    const labels = withLocale(this.uiLocale, () => ({
      table: msg('Table', {id: 'news-article.table', desc: 'Name of a scrollable table region'}),
      embed: (host: string) =>
        withLocale(this.uiLocale, () =>
          msg(str`Embedded content on ${host}`, {
            id: 'news-article.embed',
            desc: 'Link text replacing an embedded video or frame; the value is a host name',
          })
        ),
    }));
    let node: HTMLElement;
    try {
      node = await buildBody(a.contentHtml ?? '', {
        // Relative URLs resolve as the adapter resolved the lead image: against the feed.
        baseUrl: this.article ? a.url : (safeUrl(this.src, globalThis.location?.href) ?? a.url),
        headingLevel: this.headingLevel,
        leadImageUrl: a.image?.url,
        dateline: a.dateline,
        datelineStyle: this.datelineStyle === 'inline' ? 'inline' : 'meta',
        stripSource: !!a.source?.name,
        lang: a.language,
        labels,
      });
    } catch (e) {
      // Never an uncaught exception: fall back to the body as plain text.
      console.warn('news-article: the body could not be sanitized', e);
      if (isServer) throw e;
      node = document.createElement('div');
      const p = document.createElement('p');
      p.textContent = htmlToText(a.contentHtml);
      node.append(p);
    }
    return node;
  }

  /** `canonical`: the article's URL as the page's `<link rel="canonical">`, unless it has one. */
  private syncCanonical() {
    const url = this.canonical ? safeUrl(this.current()?.url) : undefined;
    const theirs = document.head.querySelector('link[rel="canonical"]');
    if (!url || (theirs && theirs !== this.canonicalLink)) {
      this.canonicalLink?.remove();
      this.canonicalLink = undefined;
      return;
    }
    if (!this.canonicalLink) {
      this.canonicalLink = document.createElement('link');
      this.canonicalLink.rel = 'canonical';
    }
    if (this.canonicalLink.href !== url) this.canonicalLink.href = url;
    if (!this.canonicalLink.isConnected) document.head.append(this.canonicalLink);
  }

  private commentsListTemplate(a: Article) {
    const feed = a.commentsFeed;
    if (!this.comments || !feed) return nothing;
    // Its own events stay inside: a listener on <news-article> hears about the article.
    const loaded = (e: NewsLoadEvent) => {
      e.stopPropagation();
      if (typeof e.feed.total === 'number') this.noteTotal(feed, e.feed.total);
    };
    return html`<news-comments
      part="comments-list"
      src=${feed}
      article-url=${ifDefined(safeUrl(a.url))}
      time-zone=${ifDefined(this.timeZone)}
      proxy=${ifDefined(this.proxy)}
      @news-load=${loaded}
      @news-error=${(e: Event) => e.stopPropagation()}
    ></news-comments>`;
  }

  private noteTotal(feed: string, total: number) {
    if (this.commentTotals.get(feed) === total) return;
    this.commentTotals = new Map(this.commentTotals).set(feed, total);
  }

  /**
   * WordPress embeds at most one page of replies (10): a count that reaches it may be capped,
   * so the true total is asked once (`per_page=1`, X-WP-Total) when the list is not shown.
   */
  private countComments(a: Article | undefined) {
    const feed = a?.commentsFeed;
    if (!a || !feed || this.comments || this.commentTotals.has(feed)) return;
    if ((a.commentCount ?? 0) < 10 || !/\/wp\/v2\/comments\b/.test(feed)) return;
    let url: URL;
    try {
      url = new URL(feed);
    } catch {
      return;
    }
    url.searchParams.set('per_page', '1');
    // The loader arrives on demand: an article given as a property may never need it.
    import('../data/load.js')
      .then((m) => m.loadFeed(url.href, {proxy: this.proxy}))
      .then((f) => typeof f.total === 'number' && this.noteTotal(feed, f.total))
      .catch(() => undefined);
  }

  private crumbs(a: Article): BreadcrumbItem[] {
    if (this.breadcrumbs) return this.breadcrumbs;
    if (!a.section) return [];
    let home = safeUrl(this.homeUrl, globalThis.location?.href ?? pageUrl());
    if (!home && a.url) home = safeUrl('/', a.url);
    const homeName = msg('Home', {
      id: 'news-article.home',
      desc: 'First breadcrumb: the home page',
    });
    return [home ? {name: homeName, url: home} : {name: homeName}, {name: a.section}];
  }

  private articleTemplate(a: Article): TemplateResult {
    const marked = !!a.language && primary(a.language) !== primary(this.hostLang);
    const lang = marked ? a.language : undefined;
    const dir = marked ? directionOf(a.language) : undefined;
    const href = safeUrl(a.url);
    const crumbs = this.noBreadcrumbs ? [] : this.crumbs(a);
    const source = a.source?.name;
    const sourceUrl = safeUrl(a.source?.url);
    const sourceLine = source ? isolateIn(sourceText, source) : '';
    return html`<article part="article" class="article">
      ${
        crumbs.length
          ? html`<news-breadcrumbs
              part="breadcrumbs"
              exportparts=${BREADCRUMB_PARTS}
              .items=${crumbs}
              separator=${ifDefined(this.breadcrumbSeparator)}
            ></news-breadcrumbs>`
          : nothing
      }
      <header part="header" class="header">
        ${
          a.section
            ? html`<p part="section" class="section" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
                ${a.section}
              </p>`
            : nothing
        }
        <div class="headline-box" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
          ${headingTemplate(this.headingLevel, a.title || href || '')}
        </div>
        ${
          a.summary && !summaryRepeatsBody(a.summary, a.contentHtml)
            ? html`<p part="summary" class="summary" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
                ${a.summary}
              </p>`
            : nothing
        }
        ${metaTemplate(a, this.uiLocale, {
          timeZone: this.timeZone,
          dateFormat: this.dateFormat,
          datelineStyle: this.datelineStyle,
        })}
      </header>
      ${leadPhotoTemplate(a, lang)}
      ${
        a.contentHtml
          ? html`<div
              part="body"
              class="body"
              lang=${ifDefined(lang)}
              dir=${ifDefined(dir)}
              aria-busy=${this.bodyNode || this.serverBody || this.serverHtml() ? 'false' : 'true'}
            >
              ${this.bodyContent()}
            </div>`
          : nothing
      }
      <footer part="footer" class="footer">
        ${
          source
            ? html`<p part="source" class="source">
                ${sourceUrl ? html`<a href=${sourceUrl}>${sourceLine}</a>` : sourceLine}
              </p>`
            : nothing
        }
        ${
          // No "Read the original" on the original's own page.
          href && !sameUrl(href, globalThis.location?.href ?? pageUrl())
            ? html`<p part="original" class="original">
                <a href=${href} rel="bookmark"
                  >${msg('Read the original article', {
                    id: 'news-article.original',
                    desc: 'Link to the article on the site that published it',
                  })}</a
                >
              </p>`
            : nothing
        }
        ${
          a.tags.length
            ? html`<news-tags
                part="tags"
                exportparts=${TAG_PARTS}
                .tags=${a.tags}
                href-template=${ifDefined(this.tagHrefTemplate)}
                label=${ifDefined(this.tagsLabel)}
              ></news-tags>`
            : nothing
        }
        ${commentsTemplate(
          a,
          this.uiLocale,
          a.commentsFeed ? this.commentTotals.get(a.commentsFeed) : undefined
        )}
        ${this.commentsListTemplate(a)}
      </footer>
    </article>`;
  }

  /** The server's body HTML (sanitized by `buildBody` in the server's DOM), when built. */
  private serverHtml(): string | undefined {
    return isServer ? serverBodies.get(JSON.stringify(this.bodyKey)) : undefined;
  }

  private bodyContent() {
    if (this.bodyNode) return this.bodyNode;
    const built = this.serverHtml();
    // Sanitized by DOMPurify, in the server's DOM, like the client's body.
    if (built !== undefined) return unsafeHTML(built);
    // Hydrating: the server's body stays until the client's is built (no flash of skeleton).
    if (this.serverBody) return noChange;
    return html`<div class="sk-line sk-line--wide"></div>
      <div class="sk-line"></div>`;
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
    if (d.status === 'ready' && this.src)
      return html`<div part="not-found" class="state state--not-found" role="status">
        <p>
          ${msg('This article is not in the news feed. It may have been moved or removed.', {
            id: 'news-article.not-found',
            desc: 'The requested article id or URL is not in the loaded feed',
          })}
        </p>
      </div>`;
    return nothing;
  }
}

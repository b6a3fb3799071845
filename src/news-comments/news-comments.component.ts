import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {SourceElement} from '../base/source-element.js';
import {FeedSource, feedController} from '../base/feed-source.js';
import type {Comment} from '../data/article.js';
import {pageUrl} from '../data/ssr.js';
import {msg} from '../i18n/localize.js';
import {tokens} from '../styles/tokens.js';
import {
  emptyTemplate,
  errorTemplate,
  skeletonTemplate,
  stateStyles,
} from '../internal/templates/states.js';
import {CommentContents} from './internal/contents-controller.js';
import {CommentPagesController} from './internal/pages-controller.js';
import {ReplyController, articlePage, replyTarget} from './internal/reply-controller.js';
import {replyFormTemplate, replyLinkTemplate, statusTemplate} from './internal/reply-form.js';
import {countText, headingTemplate, moreTemplate, threadItems} from './internal/templates.js';
import {threadComments, type CommentOrder} from './internal/thread.js';
import {newsCommentsStyles} from './news-comments.styles.js';
import {replyEndpoint} from './reply.js';

export {threadComments, type CommentOrder};

/**
 * The comments under an article, read-only, from WordPress (`wp-json/wp/v2/comments?post=ID`)
 * or a comment feed (RSS/Atom, the `wfw:commentRss` of a post): threaded replies in nested
 * lists (deeper than `max-depth` they continue at the last level with an "In reply to" note),
 * author, avatar, localized time and the comment sanitized like an article body. The heading
 * counts every comment the site has (`X-WP-Total`), and "Load more comments" fetches the next
 * page.
 *
 * With `allow-reply`, a "Leave a Reply" form posts to the same WordPress site's
 * `wp/v2/comments` (only there: never to another origin or through the proxy) and says what
 * WordPress answered: held for moderation, published, duplicate, too fast, invalid e-mail,
 * comments closed. A site that takes no anonymous REST comments gets a link to the article's
 * own form (`#respond`). What the reader typed stays until it is sent.
 *
 * @summary An article's comments, threaded, with an optional reply form.
 *
 * @csspart section - The `<section>` around everything.
 * @csspart heading - "N comments".
 * @csspart list - A list of comments (the top one and each list of replies).
 * @csspart comment - One comment's `<li>`.
 * @csspart comment-body - The `<article>` of one comment.
 * @csspart avatar - The commenter's picture.
 * @csspart author - The commenter's name (a link to their site when they gave one).
 * @csspart time - When the comment was written (a link to it on the article's page).
 * @csspart content - The comment text.
 * @csspart reply-to - The "In reply to …" note.
 * @csspart load-more - The "Load more comments" button.
 * @csspart reply-form - The "Leave a Reply" form.
 * @csspart reply-heading - Its heading.
 * @csspart reply-status - What WordPress answered to a sent comment.
 * @csspart reply-link - The link to the article's own comment form.
 * @csspart skeleton - A placeholder while loading.
 * @csspart empty - "No comments yet."
 * @csspart error - The error state.
 * @csspart retry - The Retry button.
 *
 * @cssprop [--news-comments-indent=var(--news-space-l)] - Indent of each level of replies.
 * @cssprop [--news-comments-rule-color=var(--news-color-border)] - Rules between comments and beside replies.
 * @cssprop [--news-comments-avatar-radius=50%] - Corner radius of the avatars.
 *
 * @fires news-load - A page of comments arrived (`event.feed`, with `comments` and `total`).
 * @fires news-error - Loading comments failed (`event.kind`, `event.status`, `event.url`).
 */
export class NewsComments extends SourceElement {
  static override styles = [tokens, stateStyles, newsCommentsStyles];

  protected override readonly data = new FeedSource(
    this,
    {...this.sourceOptions(), src: () => this.requestUrl()},
    feedController
  );

  /** The pages after the first ("Load more comments"). */
  private readonly pages = new CommentPagesController(
    this,
    () => this.data.feed,
    () => this.loadOptions()
  );

  /** Sanitized content per comment id, in the page's document. */
  private readonly contents = new CommentContents(this);

  private readonly reply = new ReplyController(
    this,
    () => replyTarget(this.src, this.articleUrl),
    () => void this.data.refresh()
  );

  /**
   * The comments: WordPress `…/wp-json/wp/v2/comments?post=ID` (add `per_page` for the page
   * size), or an RSS/Atom comment feed.
   */
  @property() override src?: string;

  /** `oldest` first (default, as WordPress themes show them) or `newest` first. */
  @property() order: CommentOrder = 'oldest';

  /** Levels of nested replies shown (1–10, default 3); deeper replies get an "In reply to" note. */
  @property({type: Number, attribute: 'max-depth'}) maxDepth = 3;

  /** Level of the "N comments" heading (2–6). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** Show the "Leave a Reply" form (WordPress sources) or a link to the article's own form. */
  @property({type: Boolean, attribute: 'allow-reply'}) allowReply = false;

  /** The article's URL, for the link to its own comment form; default from the comments. */
  @property({attribute: 'article-url'}) articleUrl?: string;

  /** Time zone for absolute dates (e.g. `Asia/Ho_Chi_Minh`); default the reader's. */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /** Every comment loaded so far, first page first. */
  get comments(): Comment[] {
    return this.pages.comments;
  }

  /** How many comments the article has (`X-WP-Total`), else how many are loaded. */
  get total(): number {
    return this.data.feed?.total ?? this.comments.length;
  }

  /** Fetches the next page of comments (what "Load more comments" does). */
  async loadMore(): Promise<void> {
    await this.pages.loadMore();
  }

  /**
   * `src` with WordPress's `order` matching `order`, so pages come in the shown order; a
   * relative `src` (a theme's own `/wp-json/…`) is resolved against the page first.
   */
  private requestUrl(): string | undefined {
    if (!this.src) return undefined;
    try {
      const u = new URL(this.src, pageUrl());
      if (!replyEndpoint(u.href)) return this.src;
      if (!u.searchParams.has('order'))
        u.searchParams.set('order', this.order === 'newest' ? 'desc' : 'asc');
      return u.href;
    } catch {
      return this.src;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('order')) this.pages.reset();
    this.pages.follow();
    this.contents.sanitize(this.comments);
  }

  private replyTemplate() {
    if (!this.allowReply) return nothing;
    const {outcome, sending, submit} = this.reply;
    if (!replyTarget(this.src, this.articleUrl) || outcome?.kind === 'login-required')
      return html`${outcome ? statusTemplate(outcome) : nothing}${replyLinkTemplate(
        articlePage(this.articleUrl, this.comments)
      )}`;
    return replyFormTemplate({outcome, sending, onSubmit: submit});
  }

  private listTemplate() {
    const threads = threadComments(this.comments, this.order === 'newest' ? 'newest' : 'oldest');
    if (!threads.length)
      return emptyTemplate(
        msg('No comments yet. Be the first to comment.', {
          id: 'news-comments.empty',
          desc: 'An article without comments',
        })
      );
    const view = {
      locale: this.uiLocale,
      timeZone: this.timeZone,
      maxDepth: this.maxDepth,
      content: (id: string) => this.contents.get(id),
    };
    const p = this.pages;
    return html`${
        this.data.stale
          ? errorTemplate(this.data.error!, () => this.data.retry(), {stale: true})
          : nothing
      }
      <ol part="list" class="list">
        ${threadItems(threads, view)}
      </ol>
      ${moreTemplate({
        next: p.next,
        error: p.error,
        loading: p.loading,
        shown: this.comments.length,
        total: this.total,
        onMore: () => void this.loadMore(),
      })}`;
  }

  override render() {
    const status = this.data.status;
    const sectionLabel = msg('Comments', {
      id: 'news-comments.label',
      desc: 'Name of the comments section',
    });
    let body: unknown;
    if (status === 'error' && this.data.error)
      body = errorTemplate(this.data.error, () => this.data.retry());
    else if (status === 'loading' || status === 'idle') body = skeletonTemplate(2, 'compact');
    else body = this.listTemplate();
    const ready = status === 'ready' && this.comments.length > 0;
    return html`<section
      part="section"
      class="comments"
      aria-labelledby=${ready ? 'heading' : nothing}
      aria-label=${ready ? nothing : sectionLabel}
      aria-busy=${status === 'loading' ? 'true' : 'false'}
    >
      ${ready ? headingTemplate(this.headingLevel, countText(this.total)) : nothing} ${body}
      ${this.replyTemplate()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-comments': NewsComments;
  }
}

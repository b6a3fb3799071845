import {html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {FeedSource, SourceElement, feedController} from '../base/source-element.js';
import type {Comment, Feed} from '../data/article.js';
import {FeedError} from '../data/errors.js';
import {sanitizeFragment} from '../data/html.js';
import {safeUrl} from '../data/sanitize.js';
import {pageUrl, serverWork} from '../data/ssr.js';
import {NewsErrorEvent} from '../events/news-error.js';
import {NewsLoadEvent} from '../events/news-load.js';
import {msg, str} from '../i18n/localize.js';
import {tokens} from '../styles/tokens.js';
import {
  emptyTemplate,
  errorTemplate,
  skeletonTemplate,
  stateStyles,
} from '../internal/templates/states.js';
import {timeTemplate} from '../internal/templates/time.js';
import {newsCommentsStyles} from './news-comments.styles.js';
import {
  fieldTemplate,
  replyErrorMessage,
  replyEndpoint,
  sendReply,
  type ReplyOutcome,
} from './reply.js';

export type CommentOrder = 'oldest' | 'newest';

/** A comment with the replies loaded so far, oldest or newest first. */
interface Thread {
  comment: Comment;
  replies: Thread[];
  /** Its parent is not among the loaded comments (on a page not loaded yet). */
  orphan: boolean;
}

/** The comments of a page threaded by `parentId`, siblings in `order`. */
export function threadComments(comments: Comment[], order: CommentOrder): Thread[] {
  const byId = new Map<string, Thread>();
  for (const c of comments)
    if (!byId.has(c.id)) byId.set(c.id, {comment: c, replies: [], orphan: false});
  const roots: Thread[] = [];
  for (const t of byId.values()) {
    const parent = t.comment.parentId ? byId.get(t.comment.parentId) : undefined;
    if (parent && parent !== t) parent.replies.push(t);
    else {
      t.orphan = !!t.comment.parentId;
      roots.push(t);
    }
  }
  const time = (t: Thread) => Date.parse(t.comment.published ?? '') || 0;
  const sign = order === 'newest' ? -1 : 1;
  const sort = (list: Thread[]) => {
    list.sort((a, b) => sign * (time(a) - time(b)));
    for (const t of list) sort(t.replies);
  };
  sort(roots);
  return roots;
}

/** An RSS/Atom comment feed's items (`wfw:commentRss`) as flat comments. */
function commentsOf(feed: Feed | undefined): Comment[] {
  if (!feed) return [];
  if (feed.comments) return feed.comments;
  return feed.articles.map((a) => ({
    id: a.id,
    author: a.authors[0]?.name ?? '',
    avatars: [],
    contentHtml: a.contentHtml ?? a.summary ?? '',
    published: a.published,
    url: a.url,
  }));
}

const AVATAR = 40;

/** On a server: each comment's sanitized HTML (by URL and text), built between render passes. */
const serverContents = new Map<string, string>();
const contentKey = (c: Comment) => `${c.url ?? ''}\n${c.contentHtml}`;

/** On a server: sanitizes what is not yet, as server work (the next pass shows it). */
function serverSanitize(comments: Comment[]) {
  for (const c of comments) {
    const key = contentKey(c);
    if (serverContents.has(key)) continue;
    if (serverContents.size >= 1000) serverContents.delete(serverContents.keys().next().value!);
    serverContents.set(key, '');
    serverWork(
      sanitizeFragment(c.contentHtml, {baseUrl: c.url}).then((fragment) => {
        for (const m of fragment.querySelectorAll('img, picture, video, audio, svg, math'))
          m.remove();
        const div = fragment.ownerDocument.createElement('div');
        div.append(fragment);
        serverContents.set(key, div.innerHTML);
      })
    );
  }
}

/** On a server: the comment's sanitized HTML when built (the client's own replaces it). */
function serverContent(c: Comment) {
  const done = isServer ? serverContents.get(contentKey(c)) : undefined;
  return done ? unsafeHTML(done) : undefined;
}

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

  /** Comments of the pages after the first. */
  @state() private more: Comment[] = [];
  @state() private next?: string;
  @state() private loadingMore = false;
  @state() private moreError?: FeedError;
  @state() private sending = false;
  @state() private outcome?: ReplyOutcome;

  /** Sanitized content per comment id, in the page's document. */
  private readonly contents = new Map<string, Node>();
  private sanitizing = new Set<string>();
  private firstPage?: Feed;
  private focusAfterMore?: string;

  /** Every comment loaded so far, first page first. */
  get comments(): Comment[] {
    const seen = new Set<string>();
    return [...commentsOf(this.data.feed), ...this.more].filter(
      (c) => !seen.has(c.id) && !!seen.add(c.id)
    );
  }

  /** How many comments the article has (`X-WP-Total`), else how many are loaded. */
  get total(): number {
    return this.data.feed?.total ?? this.comments.length;
  }

  /** Fetches the next page of comments (what "Load more comments" does). */
  async loadMore(): Promise<void> {
    const next = this.next;
    if (!next || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      // The loader is on its way or here already: the first page came through it.
      const {loadFeed} = await import('../data/load.js');
      const feed = await loadFeed(next, this.loadOptions());
      if (next !== this.next) return;
      const added = commentsOf(feed).filter((c) => !this.comments.some((x) => x.id === c.id));
      this.more = [...this.more, ...added];
      this.next = feed.next && feed.next !== next ? feed.next : undefined;
      this.focusAfterMore = added[0]?.id;
      this.dispatchEvent(new NewsLoadEvent(feed));
    } catch (e) {
      const err = e instanceof FeedError ? e : new FeedError('network', String(e), {url: next});
      this.moreError = err;
      this.dispatchEvent(new NewsErrorEvent(err.kind, err.url ?? next, err.status, err.message));
    } finally {
      this.loadingMore = false;
    }
  }

  /** `src` with WordPress's `order` matching `order`, so pages come in the shown order. */
  private requestUrl(): string | undefined {
    if (!this.src) return undefined;
    if (!replyEndpoint(this.src)) return this.src;
    try {
      const u = new URL(this.src, pageUrl());
      if (!u.searchParams.has('order'))
        u.searchParams.set('order', this.order === 'newest' ? 'desc' : 'asc');
      return u.href;
    } catch {
      return this.src;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('order')) {
      this.more = [];
      this.next = undefined;
      this.moreError = undefined;
      this.firstPage = undefined;
    }
    const feed = this.data.feed;
    if (feed !== this.firstPage) {
      // A new first page (or a refresh): start paging again from it.
      this.firstPage = feed;
      this.more = [];
      this.next = feed?.next;
    }
    this.sanitize(this.comments);
  }

  protected override updated(): void {
    if (this.focusAfterMore) {
      const el = this.renderRoot.querySelector<HTMLElement>(
        `[data-comment-id="${CSS.escape(this.focusAfterMore)}"]`
      );
      this.focusAfterMore = undefined;
      el?.focus();
    }
  }

  private sanitize(comments: Comment[]) {
    if (isServer) return serverSanitize(comments);
    const todo = comments.filter((c) => !this.contents.has(c.id) && !this.sanitizing.has(c.id));
    if (!todo.length) return;
    for (const c of todo) this.sanitizing.add(c.id);
    void Promise.all(
      todo.map(async (c) => {
        const fragment = await sanitizeFragment(c.contentHtml, {baseUrl: c.url});
        // Comments are text, as WordPress's own comment rules have it (no images or media for
        // commenters): nothing in one loads from a third party or lacks a text alternative.
        for (const m of fragment.querySelectorAll('img, picture, video, audio, svg, math'))
          m.remove();
        const div = document.createElement('div');
        div.append(document.importNode(fragment, true));
        this.contents.set(c.id, div);
      })
    )
      .catch(() => undefined)
      .finally(() => {
        for (const c of todo) this.sanitizing.delete(c.id);
        this.requestUpdate();
      });
  }

  private heading(content: unknown): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    switch (level) {
      case 3:
        return html`<h3 part="heading" class="heading" id="heading">${content}</h3>`;
      case 4:
        return html`<h4 part="heading" class="heading" id="heading">${content}</h4>`;
      case 5:
        return html`<h5 part="heading" class="heading" id="heading">${content}</h5>`;
      case 6:
        return html`<h6 part="heading" class="heading" id="heading">${content}</h6>`;
      default:
        return html`<h2 part="heading" class="heading" id="heading">${content}</h2>`;
    }
  }

  private countText(n: number): string {
    if (n === 0)
      return msg('No comments yet', {id: 'news-comments.count.zero', desc: 'Heading: no comments'});
    if (n === 1)
      return msg('1 comment', {id: 'news-comments.count.one', desc: 'Heading: one comment'});
    return msg(str`${n} comments`, {
      id: 'news-comments.count.many',
      desc: 'Heading: the number of comments (2 or more)',
    });
  }

  private avatarTemplate(c: Comment) {
    const fit = c.avatars.find((a) => a.size >= AVATAR) ?? c.avatars[c.avatars.length - 1];
    const src = safeUrl(fit?.url);
    if (!fit || !src) return nothing;
    const big = c.avatars.find((a) => a.size >= AVATAR * 2 && a.size > fit.size);
    const bigSrc = safeUrl(big?.url);
    return html`<img
      part="avatar"
      class="avatar"
      src=${src}
      srcset=${bigSrc ? `${bigSrc} 2x` : nothing}
      width=${AVATAR}
      height=${AVATAR}
      alt=""
      loading="lazy"
      decoding="async"
    />`;
  }

  private commentTemplate(t: Thread, replyTo: Comment | undefined, orphan: boolean) {
    const c = t.comment;
    const locale = this.uiLocale;
    const author =
      c.author ||
      msg('Anonymous', {id: 'news-comments.anonymous', desc: 'A commenter with no name'});
    const authorUrl = safeUrl(c.authorUrl);
    const when = timeTemplate(c.published, {locale, format: 'auto', timeZone: this.timeZone});
    const link = safeUrl(c.url);
    const content = this.contents.get(c.id) ?? serverContent(c);
    const replyName = replyTo?.author;
    const note = replyTo
      ? html`<p part="reply-to" class="reply-to">
          ${msg(str`In reply to ${replyName}`, {
            id: 'news-comments.in-reply-to',
            desc: 'Note on a reply shown outside its thread: whom it answers',
          })}
        </p>`
      : orphan
        ? html`<p part="reply-to" class="reply-to">
            ${msg('In reply to an earlier comment', {
              id: 'news-comments.in-reply-to-earlier',
              desc: 'Note on a reply whose comment is not loaded yet',
            })}
          </p>`
        : nothing;
    return html`<article
      part="comment-body"
      class="comment"
      tabindex="-1"
      data-comment-id=${c.id}
      aria-labelledby=${`a-${c.id}`}
    >
      <header class="comment-header">
        ${this.avatarTemplate(c)}
        <span class="who">
          ${
            authorUrl
              ? html`<a
                  part="author"
                  class="author"
                  id=${`a-${c.id}`}
                  href=${authorUrl}
                  rel="ugc nofollow"
                  >${author}</a
                >`
              : html`<span part="author" class="author" id=${`a-${c.id}`}>${author}</span>`
          }
          ${
            when !== nothing && link
              ? html`<a class="when" href=${link}>${when}</a>`
              : html`<span class="when">${when}</span>`
          }
        </span>
      </header>
      ${note}
      <div part="content" class="content" aria-busy=${content ? 'false' : 'true'}>
        ${content ?? nothing}
      </div>
    </article>`;
  }

  /** The `<li>`s of one level; at the last level, deeper replies follow their thread flat. */
  private items(threads: Thread[], depth: number): TemplateResult[] {
    const max = Math.min(10, Math.max(1, Math.round(this.maxDepth) || 3));
    const out: TemplateResult[] = [];
    for (const t of threads) {
      if (depth < max - 1 || !t.replies.length) {
        out.push(
          html`<li part="comment" class="item" id=${`comment-${t.comment.id}`}>
            ${this.commentTemplate(t, undefined, depth === 0 && t.orphan)}
            ${
              t.replies.length
                ? html`<ol part="list" class="list replies">
                    ${this.items(t.replies, depth + 1)}
                  </ol>`
                : nothing
            }
          </li>`
        );
        continue;
      }
      out.push(
        html`<li part="comment" class="item" id=${`comment-${t.comment.id}`}>
          ${this.commentTemplate(t, undefined, depth === 0 && t.orphan)}
        </li>`
      );
      const walk = (parent: Thread) => {
        for (const r of parent.replies) {
          out.push(
            html`<li part="comment" class="item" id=${`comment-${r.comment.id}`}>
              ${this.commentTemplate(r, parent.comment, false)}
            </li>`
          );
          walk(r);
        }
      };
      walk(t);
    }
    return out;
  }

  private moreTemplate() {
    if (this.moreError)
      return errorTemplate(this.moreError, () => void this.loadMore(), {stale: true});
    if (!this.next) return nothing;
    const shown = this.comments.length;
    const total = this.total;
    return html`<div class="more">
      <button
        part="load-more"
        class="button"
        type="button"
        aria-describedby="shown"
        ?disabled=${this.loadingMore}
        @click=${() => void this.loadMore()}
      >
        ${msg('Load more comments', {
          id: 'news-comments.load-more',
          desc: 'Button that loads the next page of comments',
        })}
      </button>
      <span id="shown" class="shown">
        ${msg(str`Showing ${shown} of ${total}`, {
          id: 'news-comments.shown',
          desc: 'How many comments are shown out of the total',
        })}
      </span>
    </div>`;
  }

  /** The article's page, for the link to its own comment form. */
  private articlePage(): string | undefined {
    const own = safeUrl(this.articleUrl, pageUrl());
    if (own) return own;
    const link = this.comments.find((c) => c.url)?.url;
    if (!link) return undefined;
    const u = new URL(link);
    u.hash = '';
    return u.href;
  }

  /** Where a reply may be sent: the comments' own WordPress site, and the article's if given. */
  private endpoint(): {url: string; post: string} | undefined {
    const e = this.src ? replyEndpoint(new URL(this.src, pageUrl()).href) : undefined;
    if (!e) return undefined;
    const page = safeUrl(this.articleUrl, pageUrl());
    if (page && new URL(page).origin !== new URL(e.url).origin) return undefined;
    return e;
  }

  private replyLink() {
    const page = this.articlePage();
    if (!page) return nothing;
    const u = new URL(page);
    u.hash = 'respond';
    return html`<p class="reply-link-box">
      <a part="reply-link" href=${u.href}
        >${msg('Leave a reply on the article’s page', {
          id: 'news-comments.reply-link',
          desc: "Link to the article's own comment form",
        })}</a
      >
    </p>`;
  }

  private replyTemplate() {
    if (!this.allowReply) return nothing;
    const endpoint = this.endpoint();
    if (!endpoint || this.outcome?.kind === 'login-required')
      return html`${this.outcome ? this.statusTemplate(this.outcome) : nothing}${this.replyLink()}`;
    const o = this.outcome;
    return html`<form
      part="reply-form"
      class="reply-form"
      novalidate
      aria-labelledby="reply-heading"
      @submit=${this.onSubmit}
    >
      <h3 part="reply-heading" class="reply-heading" id="reply-heading">
        ${msg('Leave a Reply', {id: 'news-comments.reply.heading', desc: 'Heading of the form'})}
      </h3>
      <p class="reply-note" id="reply-note">
        ${msg('Your email address will not be published. Required fields are marked *', {
          id: 'news-comments.reply.note',
          desc: 'Under the form heading (WordPress wording); * marks required fields',
        })}
      </p>
      ${fieldTemplate(
        {
          name: 'content',
          label: msg('Comment', {id: 'news-comments.reply.comment', desc: 'Comment field label'}),
          maxlength: 65525,
        },
        o
      )}
      ${fieldTemplate(
        {
          name: 'author_name',
          label: msg('Name', {id: 'news-comments.reply.name', desc: 'Name field label'}),
          maxlength: 245,
          input: {type: 'text', autocomplete: 'name'},
        },
        o
      )}
      ${fieldTemplate(
        {
          name: 'author_email',
          label: msg('Email', {id: 'news-comments.reply.email', desc: 'E-mail field label'}),
          maxlength: 100,
          input: {type: 'email', autocomplete: 'email'},
          note: 'reply-note',
        },
        o
      )}
      ${o ? this.statusTemplate(o) : html`<p id="reply-status" class="visually-hidden"></p>`}
      <p class="actions">
        <button class="button" type="submit" ?disabled=${this.sending}>
          ${msg('Post Comment', {id: 'news-comments.reply.submit', desc: 'Submit button'})}
        </button>
      </p>
    </form>`;
  }

  private statusTemplate(o: ReplyOutcome) {
    const good = o.kind === 'held' || o.kind === 'published';
    return html`<p
      part="reply-status"
      id="reply-status"
      class=${`reply-status ${good ? 'reply-status--ok' : 'reply-status--error'}`}
      role=${good ? 'status' : 'alert'}
      data-kind=${o.kind}
    >
      ${replyErrorMessage(o)}
    </p>`;
  }

  private onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const endpoint = this.endpoint();
    if (!endpoint || this.sending) return;
    const field = (n: string) => form.elements.namedItem(n) as HTMLInputElement;
    // WordPress's own rules first, in our words and the reader's language.
    for (const name of ['content', 'author_name', 'author_email']) {
      const input = field(name);
      input.value = name === 'content' ? input.value : input.value.trim();
      if (!input.value.trim() || input.validity.typeMismatch) {
        this.outcome = {
          kind: input.validity.typeMismatch ? 'invalid-email' : 'missing',
          field: name,
        };
        await this.updateComplete;
        field(name).focus();
        return;
      }
    }
    this.sending = true;
    this.outcome = undefined;
    try {
      this.outcome = await sendReply(endpoint, {
        content: field('content').value,
        author_name: field('author_name').value,
        author_email: field('author_email').value,
      });
    } finally {
      this.sending = false;
    }
    await this.updateComplete;
    if (this.outcome.kind === 'held' || this.outcome.kind === 'published') {
      // Sent: the comment field empties; name and e-mail stay for the next one.
      const content = this.renderRoot.querySelector<HTMLTextAreaElement>('#content');
      if (content) content.value = '';
      if (this.outcome.kind === 'published') void this.data.refresh();
    } else if (this.outcome.field) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.outcome.field}`)?.focus();
    }
  };

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
    else {
      const threads = threadComments(this.comments, this.order === 'newest' ? 'newest' : 'oldest');
      body = threads.length
        ? html`${
              this.data.stale
                ? errorTemplate(this.data.error!, () => this.data.retry(), {stale: true})
                : nothing
            }
            <ol part="list" class="list">
              ${this.items(threads, 0)}
            </ol>
            ${this.moreTemplate()}`
        : emptyTemplate(
            msg('No comments yet. Be the first to comment.', {
              id: 'news-comments.empty',
              desc: 'An article without comments',
            })
          );
    }
    const ready = status === 'ready' && this.comments.length > 0;
    return html`<section
      part="section"
      class="comments"
      aria-labelledby=${ready ? 'heading' : nothing}
      aria-label=${ready ? nothing : sectionLabel}
      aria-busy=${status === 'loading' ? 'true' : 'false'}
    >
      ${ready ? this.heading(this.countText(this.total)) : nothing} ${body} ${this.replyTemplate()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-comments': NewsComments;
  }
}

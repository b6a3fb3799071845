/**
 * The templates of `<news-comments>`: the "N comments" heading, one comment (avatar, author,
 * time, "In reply to" note, sanitized text), the nested lists of a thread (flat past
 * `max-depth`), and "Load more comments".
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Comment} from '../../data/article.js';
import type {FeedError} from '../../data/errors.js';
import {safeUrl} from '../../data/sanitize.js';
import {msg, str} from '../../i18n/localize.js';
import {errorTemplate} from '../../internal/templates/states.js';
import {timeTemplate} from '../../internal/templates/time.js';
import type {Thread} from './thread.js';

const AVATAR = 40;

/** The heading at `level` (2–6; anything else is 2). */
export function headingTemplate(level: number, content: unknown): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
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

/** "No comments yet", "1 comment", "N comments". */
export function countText(n: number): string {
  if (n === 0)
    return msg('No comments yet', {id: 'news-comments.count.zero', desc: 'Heading: no comments'});
  if (n === 1)
    return msg('1 comment', {id: 'news-comments.count.one', desc: 'Heading: one comment'});
  return msg(str`${n} comments`, {
    id: 'news-comments.count.many',
    desc: 'Heading: the number of comments (2 or more)',
  });
}

function avatarTemplate(c: Comment) {
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

/** How the comments of one element render. */
export interface CommentView {
  locale: string;
  timeZone?: string;
  /** Levels of nested lists (1–10; anything else is 3). */
  maxDepth: number;
  /** A comment's sanitized text, once ready. */
  content: (id: string) => unknown;
}

function replyNote(replyTo: Comment | undefined, orphan: boolean) {
  const replyName = replyTo?.author;
  if (replyTo)
    return html`<p part="reply-to" class="reply-to">
      ${msg(str`In reply to ${replyName}`, {
        id: 'news-comments.in-reply-to',
        desc: 'Note on a reply shown outside its thread: whom it answers',
      })}
    </p>`;
  if (orphan)
    return html`<p part="reply-to" class="reply-to">
      ${msg('In reply to an earlier comment', {
        id: 'news-comments.in-reply-to-earlier',
        desc: 'Note on a reply whose comment is not loaded yet',
      })}
    </p>`;
  return nothing;
}

function commentTemplate(
  c: Comment,
  v: CommentView,
  replyTo: Comment | undefined,
  orphan: boolean
) {
  const author =
    c.author || msg('Anonymous', {id: 'news-comments.anonymous', desc: 'A commenter with no name'});
  const authorUrl = safeUrl(c.authorUrl);
  const when = timeTemplate(c.published, {locale: v.locale, format: 'auto', timeZone: v.timeZone});
  const link = safeUrl(c.url);
  const content = v.content(c.id);
  return html`<article
    part="comment-body"
    class="comment"
    tabindex="-1"
    data-comment-id=${c.id}
    aria-labelledby=${`a-${c.id}`}
  >
    <header class="comment-header">
      ${avatarTemplate(c)}
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
    ${replyNote(replyTo, orphan)}
    <div part="content" class="content" aria-busy=${content ? 'false' : 'true'}>
      ${content ?? nothing}
    </div>
  </article>`;
}

const itemTemplate = (
  c: Comment,
  v: CommentView,
  replyTo: Comment | undefined,
  orphan: boolean,
  replies: unknown = nothing
) =>
  html`<li part="comment" class="item" id=${`comment-${c.id}`}>
    ${commentTemplate(c, v, replyTo, orphan)} ${replies}
  </li>`;

/** The `<li>`s of one level; at the last level, deeper replies follow their thread flat. */
export function threadItems(threads: Thread[], v: CommentView, depth = 0): TemplateResult[] {
  const max = Math.min(10, Math.max(1, Math.round(v.maxDepth) || 3));
  const out: TemplateResult[] = [];
  for (const t of threads) {
    const orphan = depth === 0 && t.orphan;
    if (depth < max - 1 || !t.replies.length) {
      const replies = t.replies.length
        ? html`<ol part="list" class="list replies">
            ${threadItems(t.replies, v, depth + 1)}
          </ol>`
        : nothing;
      out.push(itemTemplate(t.comment, v, undefined, orphan, replies));
      continue;
    }
    out.push(itemTemplate(t.comment, v, undefined, orphan));
    const walk = (parent: Thread) => {
      for (const r of parent.replies) {
        out.push(itemTemplate(r.comment, v, parent.comment, false));
        walk(r);
      }
    };
    walk(t);
  }
  return out;
}

/** "Load more comments" with "Showing N of M", or the error of the last try with a Retry. */
export function moreTemplate(o: {
  next?: string;
  error?: FeedError;
  loading: boolean;
  shown: number;
  total: number;
  onMore: () => void;
}) {
  if (o.error) return errorTemplate(o.error, o.onMore, {stale: true});
  if (!o.next) return nothing;
  const {shown, total} = o;
  return html`<div class="more">
    <button
      part="load-more"
      class="button"
      type="button"
      aria-describedby="shown"
      ?disabled=${o.loading}
      @click=${o.onMore}
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

/**
 * The "Leave a Reply" templates of `<news-comments>`: the form (WordPress's fields and wording),
 * the line that says what WordPress answered, and the link to the article's own comment form.
 */
import {html, nothing} from 'lit';
import {msg} from '../../i18n/localize.js';
import {fieldTemplate, replyErrorMessage, type ReplyField, type ReplyOutcome} from '../reply.js';

/** WordPress's fields, with its limits, in the reader's language. */
const fields = (): ReplyField[] => [
  {
    name: 'content',
    label: msg('Comment', {id: 'news-comments.reply.comment', desc: 'Comment field label'}),
    maxlength: 65525,
  },
  {
    name: 'author_name',
    label: msg('Name', {id: 'news-comments.reply.name', desc: 'Name field label'}),
    maxlength: 245,
    input: {type: 'text', autocomplete: 'name'},
  },
  {
    name: 'author_email',
    label: msg('Email', {id: 'news-comments.reply.email', desc: 'E-mail field label'}),
    maxlength: 100,
    input: {type: 'email', autocomplete: 'email'},
    note: 'reply-note',
  },
];

/** What WordPress answered (or our own check found): a status, or an alert when it failed. */
export function statusTemplate(o: ReplyOutcome) {
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

/** The link to the comment form on the article's page (`#respond`). */
export function replyLinkTemplate(page: string | undefined) {
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

/** The form; `outcome` marks the field it is about and fills the status line. */
export function replyFormTemplate(o: {
  outcome?: ReplyOutcome;
  sending: boolean;
  onSubmit: (e: SubmitEvent) => void;
}) {
  const outcome = o.outcome;
  return html`<form
    part="reply-form"
    class="reply-form"
    novalidate
    aria-labelledby="reply-heading"
    @submit=${o.onSubmit}
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
    ${fields().map((f) => fieldTemplate(f, outcome))}
    ${outcome ? statusTemplate(outcome) : html`<p id="reply-status" class="visually-hidden"></p>`}
    <p class="actions">
      <button class="button" type="submit" ?disabled=${o.sending}>
        ${msg('Post Comment', {id: 'news-comments.reply.submit', desc: 'Submit button'})}
      </button>
    </p>
  </form>`;
}

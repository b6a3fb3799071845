/**
 * The "Leave a Reply" form's state in `<news-comments>`: where a reply may go (the comments' own
 * WordPress site, and the article's if given), the article page for the link to its own form,
 * WordPress's rules checked before sending, sending, and what WordPress answered (focus goes to
 * the field it is about; a sent comment empties the comment field, name and e-mail stay).
 */
import type {ReactiveControllerHost} from 'lit';
import type {Comment} from '../../data/article.js';
import {safeUrl} from '../../data/sanitize.js';
import {pageUrl} from '../../data/ssr.js';
import {replyEndpoint, sendReply, type ReplyOutcome} from '../reply.js';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode};

/** Where a reply may be sent: the comments' own WordPress site, and the article's if given. */
export function replyTarget(
  src: string | undefined,
  articleUrl: string | undefined
): {url: string; post: string} | undefined {
  const e = src ? replyEndpoint(new URL(src, pageUrl()).href) : undefined;
  if (!e) return undefined;
  const page = safeUrl(articleUrl, pageUrl());
  if (page && new URL(page).origin !== new URL(e.url).origin) return undefined;
  return e;
}

/** The article's page, for the link to its own comment form: given, else from the comments. */
export function articlePage(
  articleUrl: string | undefined,
  comments: readonly Comment[]
): string | undefined {
  const own = safeUrl(articleUrl, pageUrl());
  if (own) return own;
  const link = comments.find((c) => c.url)?.url;
  if (!link) return undefined;
  const u = new URL(link);
  u.hash = '';
  return u.href;
}

const FIELDS = ['content', 'author_name', 'author_email'] as const;

/** The form's state; the host renders again when it changes (no lifecycle of its own). */
export class ReplyController {
  sending = false;
  /** WordPress's answer to the last comment sent, or what our own check found. */
  outcome?: ReplyOutcome;

  constructor(
    private readonly host: Host,
    /** Where a reply goes now (`replyTarget`), if anywhere. */
    private readonly target: () => {url: string; post: string} | undefined,
    /** A comment was published: the host shows it (loads its comments again). */
    private readonly published: () => void
  ) {}

  private set(outcome: ReplyOutcome | undefined, sending = this.sending) {
    this.outcome = outcome;
    this.sending = sending;
    this.host.requestUpdate();
  }

  /** The form's `submit` handler. */
  readonly submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const endpoint = this.target();
    if (!endpoint || this.sending) return;
    const field = (n: string) => form.elements.namedItem(n) as HTMLInputElement;
    // WordPress's own rules first, in our words and the reader's language.
    for (const name of FIELDS) {
      const input = field(name);
      input.value = name === 'content' ? input.value : input.value.trim();
      if (!input.value.trim() || input.validity.typeMismatch) {
        this.set({kind: input.validity.typeMismatch ? 'invalid-email' : 'missing', field: name});
        await this.host.updateComplete;
        field(name).focus();
        return;
      }
    }
    this.set(undefined, true);
    let outcome: ReplyOutcome;
    try {
      outcome = await sendReply(endpoint, {
        content: field('content').value,
        author_name: field('author_name').value,
        author_email: field('author_email').value,
      });
    } finally {
      this.sending = false;
    }
    this.set(outcome);
    await this.host.updateComplete;
    if (outcome.kind === 'held' || outcome.kind === 'published') {
      // Sent: the comment field empties; name and e-mail stay for the next one.
      const content = this.host.renderRoot.querySelector<HTMLTextAreaElement>('#content');
      if (content) content.value = '';
      if (outcome.kind === 'published') this.published();
    } else if (outcome.field) {
      this.host.renderRoot.querySelector<HTMLElement>(`#${outcome.field}`)?.focus();
    }
  };
}

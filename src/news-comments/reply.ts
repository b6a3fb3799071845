/**
 * "Leave a Reply": where a comment may be sent (only the WordPress site the comments come from),
 * sending it, and WordPress's answers as localized sentences.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/localize.js';

export type ReplyOutcomeKind =
  | 'held'
  | 'published'
  | 'duplicate'
  | 'flood'
  | 'invalid-email'
  | 'missing'
  | 'closed'
  | 'login-required'
  | 'failed';

export interface ReplyOutcome {
  kind: ReplyOutcomeKind;
  /** The form field the answer is about (`content`, `author_name`, `author_email`). */
  field?: string;
}

/** One required field of the reply form. */
export interface ReplyField {
  /** WordPress's field name, also the control's `id`. */
  name: 'content' | 'author_name' | 'author_email';
  label: string;
  maxlength: number;
  /** An `<input>` of this type and `autocomplete`; without it, a six-row `<textarea>`. */
  input?: {type: 'text' | 'email'; autocomplete: 'name' | 'email'};
  /** The id of the text that describes the field while it is valid. */
  note?: string;
}

/**
 * A labelled field (the label marked required) whose control is invalid, and described by the
 * form's status line, when WordPress's answer is about it.
 */
export function fieldTemplate(f: ReplyField, outcome: ReplyOutcome | undefined): TemplateResult {
  const invalid = outcome?.field === f.name ? 'true' : 'false';
  const described = outcome?.field === f.name ? 'reply-status' : (f.note ?? nothing);
  const control = f.input
    ? html`<input
        id=${f.name}
        name=${f.name}
        type=${f.input.type}
        autocomplete=${f.input.autocomplete}
        maxlength=${f.maxlength}
        required
        aria-invalid=${invalid}
        aria-describedby=${described}
      />`
    : html`<textarea
        id=${f.name}
        name=${f.name}
        rows="6"
        maxlength=${f.maxlength}
        required
        aria-invalid=${invalid}
        aria-describedby=${described}
      ></textarea>`;
  return html`<p class="field">
    <label for=${f.name}>${f.label} <span class="required" aria-hidden="true">*</span></label>
    ${control}
  </p>`;
}

/**
 * For a WordPress comments URL (`…/wp-json/wp/v2/comments?post=8`, or
 * `…?rest_route=/wp/v2/comments&post=8`), the same site's comments endpoint and the post id;
 * otherwise undefined. Only http(s).
 */
export function replyEndpoint(src: string): {url: string; post: string} | undefined {
  let u: URL;
  try {
    u = new URL(src);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(u.protocol)) return undefined;
  const post = u.searchParams.get('post') ?? u.searchParams.get('post[]') ?? '';
  if (!/^\d+$/.test(post)) return undefined;
  const m = /^(.*\/wp-json\/wp\/v2\/comments)\/?$/.exec(u.pathname);
  if (m) return {url: `${u.origin}${m[1]}`, post};
  const route = u.searchParams.get('rest_route');
  if (route && /^\/wp\/v2\/comments\/?$/.test(route))
    return {url: `${u.origin}${u.pathname}?rest_route=/wp/v2/comments`, post};
  return undefined;
}

/**
 * Posts one comment as a form (a CORS "simple" request: no preflight, no cookies) and reads
 * WordPress's answer. Never throws.
 */
export async function sendReply(
  endpoint: {url: string; post: string},
  fields: {content: string; author_name: string; author_email: string}
): Promise<ReplyOutcome> {
  let res: Response;
  try {
    res = await fetch(endpoint.url, {
      method: 'POST',
      body: new URLSearchParams({post: endpoint.post, ...fields}),
      credentials: 'omit',
      headers: {accept: 'application/json'},
    });
  } catch {
    return {kind: 'failed'};
  }
  let json: {status?: unknown; code?: unknown; data?: {params?: Record<string, unknown>}} = {};
  try {
    json = (await res.json()) as typeof json;
  } catch {
    // Not JSON (a proxy's or firewall's page): judged by the status alone.
  }
  if (res.ok) return {kind: json.status === 'approved' ? 'published' : 'held'};
  const code = typeof json.code === 'string' ? json.code : '';
  const params = json.data?.params ?? {};
  if (code === 'comment_duplicate' || res.status === 409) return {kind: 'duplicate'};
  if (code === 'comment_flood' || res.status === 429) return {kind: 'flood'};
  if (code === 'rest_comment_closed') return {kind: 'closed'};
  if (code === 'rest_comment_login_required') return {kind: 'login-required'};
  if (code === 'rest_comment_content_invalid') return {kind: 'missing', field: 'content'};
  if (code === 'rest_comment_author_data_required') return {kind: 'missing', field: 'author_name'};
  if ('author_email' in params || code === 'rest_invalid_email')
    return {kind: 'invalid-email', field: 'author_email'};
  if ('author_name' in params) return {kind: 'missing', field: 'author_name'};
  if ('content' in params) return {kind: 'missing', field: 'content'};
  return {kind: 'failed'};
}

/** The localized sentence for an outcome. */
export function replyErrorMessage(o: ReplyOutcome): string {
  switch (o.kind) {
    case 'held':
      return msg('Thank you. Your comment is awaiting moderation.', {
        id: 'news-comments.reply.held',
        desc: 'The comment was received and waits for a moderator',
      });
    case 'published':
      return msg('Thank you. Your comment is published.', {
        id: 'news-comments.reply.published',
        desc: 'The comment was received and is shown',
      });
    case 'duplicate':
      return msg('You have already posted this comment.', {
        id: 'news-comments.reply.duplicate',
        desc: 'The same comment was sent twice',
      });
    case 'flood':
      return msg('You are posting comments too quickly. Wait a moment, then try again.', {
        id: 'news-comments.reply.flood',
        desc: 'The site refuses comments sent in quick succession',
      });
    case 'invalid-email':
      return msg('Enter a valid email address.', {
        id: 'news-comments.reply.invalid-email',
        desc: 'The e-mail address is not valid',
      });
    case 'missing':
      return msg('Fill in the comment, your name and your email address.', {
        id: 'news-comments.reply.missing',
        desc: 'A required field is empty',
      });
    case 'closed':
      return msg('Comments are closed for this article.', {
        id: 'news-comments.reply.closed',
        desc: 'The article no longer takes comments',
      });
    case 'login-required':
      return msg('This site takes comments only on the article’s own page.', {
        id: 'news-comments.reply.login-required',
        desc: 'The site does not accept comments from other pages',
      });
    default:
      return msg('Your comment could not be sent. Try again.', {
        id: 'news-comments.reply.failed',
        desc: 'Sending the comment failed',
      });
  }
}

/**
 * Loading, error, stale and empty states shared by every element that loads a feed. Elements
 * render these (never their own) and add `stateStyles` to their styles. Parts: `error`, `retry`,
 * `stale`, `empty`, `not-found`, `skeleton`.
 *
 * The skeleton is its own module (`skeleton.ts`, re-exported here): `<news-card>` in the CDN's
 * core renders it before anything else has arrived, and this module loads only with the first
 * card that has a JSON child, markup or `src` (`news-card/card-source.ts`).
 */
import {html, type TemplateResult} from 'lit';
import type {FeedError} from '../../data/errors.js';
import {msg, str} from '../../i18n/localize.js';

export {stateStyles} from './states.styles.js';
export {skeletonTemplate} from './skeleton.js';

/** The localized sentence for an error kind. */
export function errorMessage(e: FeedError): string {
  switch (e.kind) {
    case 'network':
      return msg(
        'The news feed could not be reached. If it is on another website, that server must send the Access-Control-Allow-Origin header, or the page can use a proxy.',
        {
          id: 'states.error.network',
          desc: 'Feed unreachable: network failure or missing CORS header',
        }
      );
    case 'http': {
      const status = e.status ?? 0;
      return msg(str`The news feed server answered with an error (${status}).`, {
        id: 'states.error.http',
        desc: 'Feed server returned an HTTP error status',
      });
    }
    case 'timeout':
      return msg('The news feed took too long to answer.', {
        id: 'states.error.timeout',
        desc: 'Feed request timed out',
      });
    case 'too-large':
      return msg('The news feed is too large to show.', {
        id: 'states.error.too-large',
        desc: 'Feed exceeded the size limit',
      });
    case 'unsupported':
      return msg('This address does not point to a news feed we can read.', {
        id: 'states.error.unsupported',
        desc: 'Feed format not recognised',
      });
    default:
      return msg('The news feed could not be read.', {
        id: 'states.error.parse',
        desc: 'Feed could not be parsed',
      });
  }
}

const retryLabel = () =>
  msg('Try again', {id: 'states.retry', desc: 'Button that reloads a feed after an error'});

/**
 * The error state: the localized sentence for the error's kind in a `role="alert"` box and a
 * Retry button that calls `onRetry`. With `stale: true` (older articles are still shown) it is
 * the quiet `role="status"` notice instead, so a failed background refresh does not interrupt.
 */
export function errorTemplate(
  e: FeedError,
  onRetry: () => void,
  opts: {stale?: boolean} = {}
): TemplateResult {
  if (opts.stale) return staleNoticeTemplate(onRetry);
  return html`<div part="error" class="state state--error" role="alert">
    <p>${errorMessage(e)}</p>
    <button part="retry" class="button retry" type="button" @click=${onRetry}>
      ${retryLabel()}
    </button>
  </div>`;
}

/** The quiet "could not update" notice shown above the last good articles when a refresh failed. */
export function staleNoticeTemplate(onRetry: () => void): TemplateResult {
  return html`<p part="stale" class="state state--stale" role="status">
    ${msg('Could not update. Showing earlier news.', {
      id: 'states.stale',
      desc: 'A refresh failed; older articles are still shown',
    })}
    <button part="retry" class="button retry retry--quiet" type="button" @click=${onRetry}>
      ${retryLabel()}
    </button>
  </p>`;
}

/** "No articles yet." Elements wrap it in a slot (`<slot name="empty">`) so pages can replace it. */
export function emptyTemplate(message?: string): TemplateResult {
  return html`<p part="empty" class="state state--empty">
    ${message ?? msg('No articles yet.', {id: 'states.empty', desc: 'The feed has no articles'})}
  </p>`;
}

/**
 * `article-id` (or `article-url`) names an article the loaded feed does not have: said as such,
 * not as an empty feed. (`<news-card>`, `<news-article>`.)
 */
export function notFoundTemplate(): TemplateResult {
  return html`<div part="not-found" class="state state--not-found" role="status">
    <p>
      ${msg('This article is not in the news feed. It may have been moved or removed.', {
        id: 'news-article.not-found',
        desc: 'The requested article id or URL is not in the loaded feed',
      })}
    </p>
  </div>`;
}

/** Loading, error, stale and empty states shared by every element that loads a feed. */
import {css, html, type TemplateResult} from 'lit';
import type {FeedError} from '../data/errors.js';
import {msg, str} from '../i18n/localize.js';

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

export function errorTemplate(e: FeedError, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="state state--error" role="alert">
    <p>${errorMessage(e)}</p>
    <button part="retry" class="retry" type="button" @click=${onRetry}>
      ${msg('Try again', {id: 'states.retry', desc: 'Button that reloads a feed after an error'})}
    </button>
  </div>`;
}

export function staleNoticeTemplate(onRetry: () => void): TemplateResult {
  return html`<p part="stale" class="state state--stale" role="status">
    ${msg('Could not update. Showing earlier news.', {id: 'states.stale', desc: 'A refresh failed; older articles are still shown'})}
    <button part="retry" class="retry retry--quiet" type="button" @click=${onRetry}>
      ${msg('Try again', {id: 'states.retry', desc: 'Button that reloads a feed after an error'})}
    </button>
  </p>`;
}

export function emptyTemplate(): TemplateResult {
  return html`<p part="empty" class="state state--empty">
    ${msg('No articles yet.', {id: 'states.empty', desc: 'The feed has no articles'})}
  </p>`;
}

/** Reserved boxes in the card's shape while loading, hidden from assistive technology. */
export function skeletonTemplate(count: number, layout = 'vertical'): TemplateResult {
  return html`<div class="skeletons" aria-hidden="true">
    ${Array.from(
      {length: Math.max(1, Math.min(count, 50))},
      () =>
        html`<div part="skeleton" class="skeleton skeleton--${layout}">
          ${layout === 'compact' ? '' : html`<div class="sk-media"></div>`}
          <div class="sk-line sk-line--wide"></div>
          <div class="sk-line"></div>
        </div>`
    )}
  </div>`;
}

export const stateStyles = css`
  .state {
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text);
  }
  .state--error {
    border-inline-start: 4px solid var(--_color-accent);
  }
  .state--stale {
    padding: var(--_space-xs) var(--_space-s);
    font-size: 0.875rem;
    color: var(--_color-muted);
  }
  .state p {
    margin: 0 0 var(--_space-s);
  }
  .retry {
    font: inherit;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-link);
    cursor: pointer;
  }
  .retry--quiet {
    padding: 0;
    border: 0;
    text-decoration: underline;
  }
  .retry:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .skeleton {
    display: grid;
    gap: var(--_space-s);
  }
  .sk-media {
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
  }
  .sk-line {
    block-size: 1rem;
    inline-size: 60%;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
  }
  .sk-line--wide {
    block-size: 1.5rem;
    inline-size: 90%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.6;
      }
    }
  }
  @media (forced-colors: active) {
    .sk-media,
    .sk-line {
      background: GrayText;
    }
  }
`;

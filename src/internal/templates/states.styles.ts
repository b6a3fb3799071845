/**
 * Styles of the shared loading, error, stale and empty states (`states.ts`), with the buttons':
 * `stateStyles`, all of them. `<news-card>` keeps only `skeletonStyles` (`skeleton.styles.ts`)
 * in its own (the CDN's core) and adopts `messageStyles` when it first renders another state
 * (`card-source.ts`).
 */
import {css} from 'lit';
import {buttonStyles} from './button.styles.js';
import {skeletonStyles} from './skeleton.styles.js';

export {skeletonStyles};

/** The error, not-found, stale and empty states and their Retry buttons. */
export const messageStyles = css`
  ${buttonStyles}
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
  .state--not-found {
    border-inline-start: 4px solid var(--_color-border);
  }
  .state--stale {
    padding: var(--_space-xs) var(--_space-s);
    font-size: 0.875rem;
    color: var(--_color-muted);
  }
  .state p {
    margin: 0 0 var(--_space-s);
  }
  .retry--quiet {
    padding: 0;
    border: 0;
    text-decoration: underline;
  }
`;

export const stateStyles = css`
  ${messageStyles}
  ${skeletonStyles}
`;

/** Styles of the shared loading, error, stale and empty states (`states.ts`), with the buttons'. */
import {css} from 'lit';
import {buttonStyles} from './button.styles.js';

export const stateStyles = css`
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
  .skeleton {
    display: grid;
    gap: var(--_space-s);
  }
  /* The loaded card's shape: image beside the text in horizontal cards, none in compact. */
  .skeleton--horizontal {
    grid-template-columns: minmax(6rem, 38%) 1fr;
    grid-template-rows: auto auto 1fr;
    column-gap: var(--_space-m);
    align-content: start;
  }
  .skeleton--horizontal .sk-media {
    grid-row: 1 / 4;
  }
  .skeleton--hero .sk-line--wide {
    block-size: 2.25rem;
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

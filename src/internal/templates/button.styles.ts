/**
 * The one button of every element: Try again (`states.ts`), Load more and Show new articles
 * (`<article-list>`), the carousel's Previous/Next, Post Comment and Show more comments
 * (`<news-comments>`). A bordered button in the link colour with a 3px focus ring; an element
 * adds only what differs (a filled background, a busy state). `stateStyles` includes it.
 */
import {css} from 'lit';

export const buttonStyles = css`
  .button {
    font: inherit;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-link);
    cursor: pointer;
  }
  .button:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
`;

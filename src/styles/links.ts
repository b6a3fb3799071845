/**
 * Plain links in a compact element (breadcrumbs, tags): link colour without underline, the
 * underline on hover, a focus ring for the keyboard.
 */
import {css} from 'lit';

export const linkStyles = css`
  a {
    color: var(--_color-link);
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  a:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;

import {css} from 'lit';
import {linkStyles} from '../styles/links.js';

export const newsBreadcrumbsStyles = css`
  :host {
    --_bc-separator-color: var(--news-breadcrumbs-separator-color, var(--_color-muted));
    --_bc-current-color: var(--news-breadcrumbs-current-color, var(--_color-muted));
    --_bc-size: var(--news-breadcrumbs-size, 0.875rem);
    display: block;
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_bc-size);
    line-height: 1.45;
  }
  li {
    display: inline-flex;
    align-items: center;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* The separator is drawn, not written: a chevron from two borders, pointing to inline-end. */
  li + li::before {
    content: '';
    flex: none;
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline: 0.45em 0.65em;
    border-block-start: 0.125em solid var(--_bc-separator-color);
    border-inline-end: 0.125em solid var(--_bc-separator-color);
    transform: rotate(45deg);
  }
  /* In right-to-left text inline-end is the left border: turn the other way to point left. */
  li + li:dir(rtl)::before {
    transform: rotate(-45deg);
  }
  /* A written separator (the separator attribute) replaces the drawn one. */
  .written li + li::before {
    content: none;
  }
  .separator {
    margin-inline: 0.4em;
    color: var(--_bc-separator-color);
  }
  ${linkStyles}
  [aria-current='page'] {
    color: var(--_bc-current-color);
  }
  @media (forced-colors: active) {
    li + li::before {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;

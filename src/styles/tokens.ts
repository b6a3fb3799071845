/**
 * Global `--news-*` tokens, themable from `:root` or any ancestor. Light by default; dark from
 * `prefers-color-scheme` or `color-scheme="dark"` on the element (`color-scheme="light"` pins
 * light). Elements read these through private `--_*` properties.
 */
import {css} from 'lit';

export const tokens = css`
  :host {
    --_color-text: var(--news-color-text, #1a1a1a);
    --_color-muted: var(--news-color-muted, #595959);
    --_color-link: var(--news-color-link, #0b5cad);
    --_color-accent: var(--news-color-accent, #b3261e);
    --_color-surface: var(--news-color-surface, #ffffff);
    --_color-placeholder: var(--news-color-placeholder, #e8e8e8);
    --_color-border: var(--news-color-border, #d6d6d6);
    --_color-focus: var(--news-color-focus, #0b5cad);
    --_font-body: var(--news-font-body, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-headline: var(--news-font-headline, var(--_font-body));
    --_space-xs: var(--news-space-xs, 0.25rem);
    --_space-s: var(--news-space-s, 0.5rem);
    --_space-m: var(--news-space-m, 1rem);
    --_space-l: var(--news-space-l, 1.5rem);
    --_radius: var(--news-radius, 0.25rem);
    color-scheme: light;
    color: var(--_color-text);
    font-family: var(--_font-body);
    line-height: 1.45;
  }
  /* A host page's '* {font-family: …}' or 'body {line-height: 3}' outranks :host and would be
     inherited inside: the top-level parts restate the text settings. */
  :host > * {
    font-family: var(--_font-body);
    line-height: 1.45;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      --_color-text: var(--news-color-text, #ececec);
      --_color-muted: var(--news-color-muted, #b4b4b4);
      --_color-link: var(--news-color-link, #8ab8ff);
      --_color-accent: var(--news-color-accent, #ff8a80);
      --_color-surface: var(--news-color-surface, #121212);
      --_color-placeholder: var(--news-color-placeholder, #2b2b2b);
      --_color-border: var(--news-color-border, #3d3d3d);
      --_color-focus: var(--news-color-focus, #8ab8ff);
      color-scheme: dark;
    }
  }
  :host([color-scheme='dark']) {
    --_color-text: var(--news-color-text, #ececec);
    --_color-muted: var(--news-color-muted, #b4b4b4);
    --_color-link: var(--news-color-link, #8ab8ff);
    --_color-accent: var(--news-color-accent, #ff8a80);
    --_color-surface: var(--news-color-surface, #121212);
    --_color-placeholder: var(--news-color-placeholder, #2b2b2b);
    --_color-border: var(--news-color-border, #3d3d3d);
    --_color-focus: var(--news-color-focus, #8ab8ff);
    color-scheme: dark;
    /* Pinned dark on a page that may be light: paint our own surface so text keeps contrast. */
    background: var(--_color-surface);
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

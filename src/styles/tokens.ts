/**
 * Global `--news-*` tokens, themable from `:root` or any ancestor. Elements read them through
 * private `--_*` properties.
 *
 * Colour scheme: the host sets no `color-scheme` of its own, so it inherits the page's (CSS
 * `color-scheme` on an ancestor, or `<meta name="color-scheme">`). Every colour is one
 * `light-dark()` value, so a page that declares nothing gets the light palette whatever the
 * reader's system says, and a page that declares `light dark` gets the reader's choice, as its
 * own text does. `color-scheme="light|dark"` pins one scheme; `auto` follows the reader's
 * preference even on a page that declares nothing. A pinned or `auto` element paints its own
 * surface, since the page behind it may be in the other scheme.
 *
 * Theming per scheme: `--news-color-text: light-dark(#222, #ddd)`, or `--news-color-text` plus
 * the dark companion `--news-dark-color-text` (the companion wins in the dark scheme). A plain
 * `--news-color-*` value without a companion applies to both schemes, like any CSS colour.
 */
import {css, unsafeCSS} from 'lit';

/** The palette, written once: token name → [light, dark]. Constants only (no input). */
export const PALETTE = {
  text: ['#1a1a1a', '#ececec'],
  muted: ['#595959', '#b4b4b4'],
  link: ['#0b5cad', '#8ab8ff'],
  accent: ['#b3261e', '#ff8a80'],
  surface: ['#ffffff', '#121212'],
  placeholder: ['#e8e8e8', '#2b2b2b'],
  border: ['#d6d6d6', '#3d3d3d'],
  focus: ['#0b5cad', '#8ab8ff'],
} as const;

const entries = Object.entries(PALETTE);

// `--_color-text: light-dark(var(--news-color-text, #1a1a1a),
//    var(--news-dark-color-text, var(--news-color-text, #ececec)))`, one line per token.
const palette = unsafeCSS(
  entries
    .map(
      ([name, [light, dark]]) =>
        `--_color-${name}: light-dark(var(--news-color-${name}, ${light}), var(--news-dark-color-${name}, var(--news-color-${name}, ${dark})));`
    )
    .join('\n')
);

// A browser without `light-dark()` (before 2024) would drop every colour: it gets the light one.
const lightOnly = unsafeCSS(
  entries
    .map(([name, [light]]) => `--_color-${name}: var(--news-color-${name}, ${light});`)
    .join('\n')
);

export const tokens = css`
  :host {
    ${palette}
    --_font-body: var(--news-font-body, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-headline: var(--news-font-headline, var(--_font-body));
    --_space-xs: var(--news-space-xs, 0.25rem);
    --_space-s: var(--news-space-s, 0.5rem);
    --_space-m: var(--news-space-m, 1rem);
    --_space-l: var(--news-space-l, 1.5rem);
    --_radius: var(--news-radius, 0.25rem);
    color: var(--_color-text);
    font-family: var(--_font-body);
    line-height: 1.45;
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${lightOnly}
    }
  }
  /* A host page's '* {font-family: …}' or 'body {line-height: 3}' outranks :host and would be
     inherited inside: the top-level parts restate the text settings. */
  :host > * {
    font-family: var(--_font-body);
    line-height: 1.45;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host([color-scheme='auto']) {
    color-scheme: light dark;
  }
  /* Pinned, or following the reader, on a page that may be in the other scheme: paint our own
     surface so the text keeps its contrast. */
  :host([color-scheme='light']),
  :host([color-scheme='dark']),
  :host([color-scheme='auto']) {
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

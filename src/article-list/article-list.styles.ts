import {css} from 'lit';
import {reserveStyles} from '../styles/reserve-article-list.js';

export const articleListStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_list-gap: var(--news-list-gap, var(--_space-l));
    --_list-column: var(--news-list-column-width, 18rem);
    --_list-slide: var(--news-list-slide-width, 80%);
  }
  .group {
    position: relative;
  }
  /* Skeleton and cards keep the loaded space (styles/reserve.ts, news-blocks.css) until the
     content is there and out of view (.fit: internal/controllers/fit-controller.ts). */
  ${reserveStyles('article-list', '.group:not(.fit)')}
  .group:focus {
    outline: none;
  }
  .group:focus-visible,
  .item:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* An item's ring is drawn inside it: content-visibility: auto clips what an item paints
     outside its box (paint containment), so a ring outside would vanish. */
  .item:focus-visible {
    outline-offset: -3px;
  }
  /* The end of the list (where the skip link and Ctrl+End lead): hidden until it has focus, then
     shown at the group's end with its ring, as the skip link is at its start. */
  .end:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .end:focus {
    position: absolute;
    inset-block-end: 0;
    inset-inline-start: 0;
    z-index: 1;
    padding: var(--_space-s) var(--_space-m);
    background: var(--_color-surface);
    color: var(--_color-text);
    outline: 3px solid var(--_color-focus);
    outline-offset: -3px;
  }
  .list-heading {
    margin: 0 0 var(--_space-m);
    font-family: var(--_font-headline);
    font-size: 1.5rem;
    line-height: 1.3;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_list-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .layout-grid,
  .layout-hero,
  .layout-carousel {
    display: grid;
  }
  .chunk {
    /* CHUNK items: chunk-controller.ts sets the count of every box after the first. */
    --_n: 50;
    display: flex;
    flex-direction: column;
    gap: inherit;
  }
  /* Grids and the carousel place the items themselves: a chunk is no box there. */
  .layout-grid > .chunk,
  .layout-hero > .chunk,
  .layout-carousel > .chunk {
    display: contents;
  }
  /* Every chunk after the first (CHUNK items, the last maybe fewer: --_n) is skipped whole while
     off screen, and sized meanwhile from its items' estimate (chunk-controller.ts, chunkBox).
     The first is never skipped whole: a short list below the fold keeps its items' estimates. */
  .chunk + .chunk {
    --_item-space: calc(var(--_item-block) + var(--_list-gap));
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(var(--_n) * var(--_item-space));
    overflow-clip-margin: 6px;
  }
  .item {
    min-inline-size: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_item-block);
    /* content-visibility: auto contains paint: without a margin it would clip the card's focus
       ring, drawn 2px outside the card (5px in all). */
    overflow-clip-margin: 6px;
  }
  .list {
    --_item-block: 20rem;
  }
  /* The shortest compact card (one headline line and the time): a first frame that guesses
     taller than the cards would push the page down and back (styles/reserve.ts holds the rest). */
  .layout-compact {
    --_item-block: 3.25rem;
  }
  .layout-list {
    --_item-block: 10rem;
  }
  .layout-grid,
  .layout-hero {
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_list-column), 100%), 1fr));
  }
  .layout-hero > .chunk:first-child > .item:first-child {
    grid-column: 1 / -1;
  }
  .layout-compact {
    gap: var(--_space-s);
  }
  .layout-compact > .chunk > .item + .item,
  .layout-compact > .chunk + .chunk > .item:first-child {
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_color-border);
  }
  /* The scroller clips what its slides paint outside them: room for a card's focus ring. */
  .layout-carousel {
    padding: 6px;
    scroll-padding-inline: 6px;
    grid-auto-flow: column;
    grid-auto-columns: var(--_list-slide);
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
  }
  .layout-carousel > .chunk > .item {
    scroll-snap-align: start;
    content-visibility: visible;
  }
  /* Three slides across from 40rem of the list's own width (its host is the container), as the
     reservation estimates (reserve.ts): a carousel in a narrow column of a wide page keeps its
     80 % slides, not three slides too narrow for a headline's words. */
  @container (min-width: 40rem) {
    .layout-carousel {
      grid-auto-columns: var(--news-list-slide-width, calc((100% - 2 * var(--_list-gap)) / 3));
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .layout-carousel {
      scroll-behavior: smooth;
    }
  }
  .carousel-controls {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  .page-label {
    margin: 0 0 var(--_space-s);
    padding-block-start: var(--_space-s);
    border-block-start: 2px solid var(--_color-border);
    color: var(--_color-muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .skip-link {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 1;
    padding: var(--_space-s) var(--_space-m);
    border: 0;
    background: var(--_color-surface);
    color: var(--_color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    transform: translateY(-200%);
  }
  .skip-link:focus {
    transform: none;
    outline: 3px solid var(--_color-focus);
  }
  /* The shared .button (internal/templates/button.styles.ts), filled over the cards. */
  [part~='load-more'],
  [part~='new-articles'],
  .carousel-button {
    background: var(--_color-surface);
  }
  /* A button that can do nothing says so with muted text and border, not with opacity: its
     focus ring keeps the full colour (3:1 and more), and the text stays legible (4.5:1). */
  .carousel-button[aria-disabled='true'] {
    color: var(--_color-muted);
    border-style: dashed;
    cursor: default;
  }
  .button:focus-visible,
  .carousel-button:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--_space-m);
  }
  .status:empty,
  .updates:empty {
    display: none;
  }
  .updates {
    margin-block-end: var(--_space-s);
  }
  .status {
    margin: 0;
    color: var(--_color-muted);
  }
  .skeleton-list .skeletons {
    display: contents;
  }
  /* Placeholders in the cards' shape, so the page below moves as little as possible. */
  .skeleton-list .skeleton--horizontal {
    grid-template-columns: minmax(6rem, 38%) 1fr;
    grid-template-rows: auto auto 1fr;
    column-gap: var(--_space-m);
    align-items: start;
  }
  .skeleton-list .skeleton--horizontal .sk-media {
    grid-row: 1 / -1;
  }
  .skeleton-list .skeleton::after {
    content: '';
    block-size: 0.875rem;
    inline-size: 40%;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
  }
  /* A compact card is a headline and a time: two lines, not three (the skeleton stays within
     the space styles/reserve.ts keeps). */
  .skeleton-list .skeleton--compact::after {
    display: none;
  }
  .skeleton-list .skeleton--vertical::after {
    margin-block-end: var(--_space-l);
  }
  .skeleton-list .skeleton--horizontal::after {
    grid-column: 2;
  }
  @media (forced-colors: active) {
    .skeleton-list .skeleton::after {
      background: GrayText;
    }
  }
  @media (forced-colors: active) {
    .button,
    .carousel-button {
      border-color: ButtonText;
    }
    .carousel-button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .group:focus-visible,
    .item:focus-visible,
    .end:focus,
    .skip-link:focus,
    .button:focus-visible,
    .carousel-button:focus-visible {
      outline-color: Highlight;
    }
  }
`;

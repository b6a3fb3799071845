import {css} from 'lit';
import {reserveStyles} from '../styles/reserve-related-articles.js';

export const relatedArticlesStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_related-gap: var(--news-related-gap, var(--_space-s));
    --_related-heading-size: var(--news-related-heading-size, 1.25rem);
    --_related-heading-color: var(--news-related-heading-color, var(--_color-text));
    --_related-rule: var(--news-related-rule-color, var(--_color-border));
  }
  :host([empty]:not([show-empty])) {
    display: none;
  }
  /* Skeleton and cards keep the loaded space (styles/reserve.ts, news-blocks.css) until the
     content is there and out of view (.fit: internal/controllers/fit-controller.ts). */
  ${reserveStyles('related-articles', '.aside:not(.fit)')}
  .aside-heading {
    margin: 0 0 var(--_space-m);
    padding-block-end: var(--_space-xs);
    border-block-end: 2px solid var(--_related-rule);
    color: var(--_related-heading-color);
    font-family: var(--_font-headline);
    font-size: var(--_related-heading-size);
    line-height: 1.3;
  }
  .list {
    display: grid;
    gap: var(--_related-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-inline-size: 0;
  }
  .layout-compact > .item + .item {
    padding-block-start: var(--_related-gap);
    border-block-start: 1px solid var(--_related-rule);
  }
  .skeleton-list .skeletons {
    display: contents;
  }
  @media (forced-colors: active) {
    .aside-heading,
    .layout-compact > .item + .item {
      border-color: CanvasText;
    }
  }
`;

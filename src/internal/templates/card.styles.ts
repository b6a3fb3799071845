/**
 * Styles of the shared card template. Logical properties only, so RTL mirrors by itself.
 * Element tokens `--news-card-*` fall back to the global `--news-*` tokens.
 */
import {css, unsafeCSS} from 'lit';
import {imageRatioStyles} from '../../styles/image-ratios.js';

/** `.clamp-1` … `.clamp-10` (`summary-lines`), built from numbers only: no input reaches it. */
const clampRules = unsafeCSS(
  Array.from({length: 10}, (_, i) => `.clamp-${i + 1} { -webkit-line-clamp: ${i + 1}; }`).join('\n')
);

export const cardStyles = css`
  .card {
    --_card-headline-color: var(--news-card-headline-color, var(--_color-text));
    --_card-headline-size: var(--news-card-headline-size, 1.25rem);
    --_card-gap: var(--news-card-gap, var(--_space-s));
    --_card-background: var(--news-card-background, transparent);
    --_card-image-radius: var(--news-card-image-radius, var(--_radius));
    position: relative;
    display: grid;
    grid-template-areas: 'media' 'body';
    grid-template-rows: auto 1fr;
    gap: var(--_card-gap);
    background: var(--_card-background);
    color: var(--_color-text);
    min-inline-size: 0;
    overflow-wrap: anywhere;
    font-family: var(--_font-body);
    line-height: 1.45;
  }
  .body {
    grid-area: body;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }
  .body > * {
    margin: 0;
  }
  .media {
    grid-area: media;
    position: relative;
    overflow: hidden;
    border-radius: var(--_card-image-radius);
    background: var(--_color-placeholder);
    aspect-ratio: var(--news-card-image-ratio, auto);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    object-fit: cover;
  }
  .media img[data-broken] {
    visibility: hidden;
  }
  ${imageRatioStyles}
  .section {
    color: var(--_color-accent);
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: var(--news-card-section-transform, uppercase);
  }
  .headline {
    margin: 0;
    font-family: var(--_font-headline);
    font-size: var(--_card-headline-size);
    line-height: 1.25;
    color: var(--_card-headline-color);
  }
  .headline-link {
    color: inherit;
    text-decoration: none;
  }
  .headline-link:hover {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
  }
  /* One tab stop: the headline link covers the whole card. */
  .headline-link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .headline-link:focus {
    outline: none;
  }
  .headline-link:focus-visible::after {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: var(--_radius);
  }
  .summary {
    color: var(--_color-text);
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  ${clampRules}
  .byline,
  .meta {
    color: var(--_color-muted);
    font-size: 0.875rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .tag {
    padding-block: 0.0625rem;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    color: var(--_color-muted);
  }
  .card--horizontal {
    grid-template-areas: 'media body';
    grid-template-columns: minmax(6rem, 38%) 1fr;
    grid-template-rows: auto;
    align-items: start;
    gap: var(--_space-m);
  }
  /* No image (none in the article, or no-image): the text takes the whole width. */
  .card--horizontal:not(:has(> .media)) {
    grid-template-areas: 'body';
    grid-template-columns: 1fr;
  }
  .card--compact {
    grid-template-areas: 'body';
    grid-template-rows: auto;
    --_card-headline-size: var(--news-card-headline-size, 1rem);
  }
  .card--compact .tags,
  .card--compact .byline {
    display: none;
  }
  .card--hero {
    --_card-headline-size: var(--news-card-headline-size, clamp(1.5rem, 4vw, 2.25rem));
    gap: var(--_space-m);
  }
  .card--hero .summary {
    font-size: 1.125rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .media img {
      transition: transform 0.3s ease;
    }
    .card--linked:hover .media img {
      transform: scale(1.02);
    }
  }
  @media (forced-colors: active) {
    .headline-link {
      color: LinkText;
    }
    .headline-link:focus-visible::after {
      outline-color: Highlight;
    }
    .media {
      border: 1px solid CanvasText;
    }
    .tag {
      border-color: CanvasText;
    }
  }
`;

import {css} from 'lit';

export const newsArticleStyles = css`
  :host {
    --_measure: var(--news-article-max-width, 42rem);
    --_headline-size: var(--news-article-headline-size, 2rem);
    --_body-size: var(--news-article-body-size, 1.0625rem);
    --_line-height: var(--news-article-line-height, 1.6);
    display: block;
    container-type: inline-size;
  }
  /* At least a screen tall while loading: what follows stays out of view until the article is
     there, so it does not move in view (news-blocks.css reserves the same before the script). */
  .loading {
    min-block-size: 100vh;
  }
  /* One column that never grows past the host: a grid item's automatic minimum size is its
     min-content, so a wide table or a long word would otherwise widen the column and run off the
     host (and off its surface). Tables scroll inside their region, words break anywhere. */
  .article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
    max-inline-size: var(--_measure);
  }
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
  }
  .article > *,
  .header > * {
    min-inline-size: 0;
  }
  .section {
    margin: 0;
    color: var(--_color-accent);
    font-size: 0.875rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .headline {
    margin: 0;
    font-family: var(--_font-headline);
    font-size: var(--_headline-size);
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .summary {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 500;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
    color: var(--_color-muted);
    font-size: 0.875rem;
  }
  .dateline {
    font-weight: 600;
  }
  .body {
    font-size: var(--_body-size);
    line-height: var(--_line-height);
    overflow-wrap: anywhere;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body :is(h2, h3, h4, h5, h6) {
    font-family: var(--_font-headline);
    font-size: 1.125rem;
    line-height: 1.3;
    margin-block: var(--_space-l) var(--_space-s);
  }
  .body p {
    margin-block: 0 var(--_space-m);
  }
  .body img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .body photo-caption {
    display: block;
    margin-block: var(--_space-l);
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_color-border);
  }
  .body a,
  .footer a {
    color: var(--_color-link);
  }
  .body a:focus-visible,
  .footer a:focus-visible,
  .table-scroll:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
    margin-block: var(--_space-m);
  }
  .table-scroll table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  .table-scroll :is(th, td) {
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
    /* Cells keep their words whole: the table scrolls in its region instead. */
    overflow-wrap: normal;
  }
  .footer {
    display: grid;
    gap: var(--_space-s);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_color-border);
  }
  .footer p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .source {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .table-scroll:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto;
    }
  }
`;

/**
 * `<article-list>`'s rows of the reservation table (`reserve.ts`), and its `reserveStyles`: in
 * the list's chunk, so the always-loaded CDN file (which has only the card's rows) does not
 * carry them.
 */
import type {CSSResult} from 'lit';
import {N, TEXT, card, inColumn, reserveStyles as reserveFor, type Reserve} from './reserve.js';

/** The narrow estimate: cards in columns, slides. */
const NARROW = (layout: string) => TEXT[layout][0];

/** A grid of `n` cards in columns of at least `min` (as `auto-fill, minmax(min, 1fr)`). */
function grid(min: string, gap: string, n = N): string {
  const cols = `max(1, round(down, (100cqi + ${gap}) / (${min} + ${gap}), 1))`;
  const colWidth = `((100cqi - (${cols} - 1) * ${gap}) / ${cols})`;
  const rows = `round(up, ${n} / ${cols}, 1)`;
  return `calc(${rows} * ${card('vertical', colWidth, NARROW('vertical'))} + (${rows} - 1) * ${gap})`;
}

/** The list's rows (see `RESERVE` in `reserve.ts`). */
export const ARTICLE_LIST_RESERVE: Reserve = {
  // .list-heading: 1.5rem × 1.3 and 1rem below it.
  heading: {when: '[heading]', size: '2.95rem'},
  limit: 10,
  rules: [
    inColumn('', 'horizontal', '1.5rem'),
    inColumn('[layout=compact]', 'compact', '1.0625rem'),
    {when: '[layout=grid]', text: 'vertical', size: grid('18rem', '1.5rem')},
    // A hero: the first card across, the rest in the grid.
    {
      when: '[layout=hero]',
      text: 'hero',
      size: `calc(${card('hero')} + 1.5rem + ${grid('18rem', '1.5rem', `(${N} - 1)`)})`,
    },
    // One row of slides (80 %, three across from 40rem) under the Previous/Next buttons.
    {
      when: '[layout=carousel]',
      text: 'vertical',
      size: `calc(${card('vertical', 'var(--_nb-slide, 80cqi)', NARROW('vertical'))} + 2.75rem)`,
    },
  ],
};

/** `reserveStyles` (see `reserve.ts`) for `<article-list>`. */
export function reserveStyles(tag: 'article-list', target: string): CSSResult {
  return reserveFor(tag, target, ARTICLE_LIST_RESERVE);
}

/**
 * `<related-articles>`' rows of the reservation table (`reserve.ts`), and its `reserveStyles`:
 * in its chunk, not in the always-loaded CDN file.
 */
import type {CSSResult} from 'lit';
import {inColumn, reserveStyles as reserveFor, type Reserve} from './reserve.js';

/** Its rows (see `RESERVE` in `reserve.ts`). */
export const RELATED_RESERVE: Reserve = {
  // .aside-heading (always there): 1.25rem × 1.3, 0.25rem padding, 2px rule, 1rem below.
  heading: {when: '', size: '2.9rem'},
  limit: 5,
  rules: [
    inColumn('', 'compact', '1.0625rem'),
    inColumn('[layout=horizontal]', 'horizontal', '0.5rem'),
    inColumn('[layout=vertical]', 'vertical', '0.5rem'),
  ],
};

/** `reserveStyles` (see `reserve.ts`) for `<related-articles>`. */
export function reserveStyles(tag: 'related-articles', target: string): CSSResult {
  return reserveFor(tag, target, RELATED_RESERVE);
}

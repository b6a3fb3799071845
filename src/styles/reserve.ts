/**
 * The space an element will take once loaded, from its attributes alone (`layout`, `limit`,
 * `image-ratio`, `no-image`, `heading`), so nothing below it moves while it loads.
 *
 * One table, two uses:
 * - inside the elements (`reserveStyles`): the skeleton and the loaded content keep at least
 *   this block size, so a skeleton has the loaded shape and content shorter than the estimate
 *   does not pull the page up; the lists give the space back once their content is there and
 *   out of view (internal/controllers/fit-controller.ts);
 * - `news-blocks.css` (`lightDomReserveCss`, written by `scripts/build-css.mjs` to
 *   `dist/cdn/news-blocks.css`): the same space for elements whose script has not run yet
 *   (`:not(:defined)`), drawn by a `::before` box.
 *
 * The card's rows are here (the always-loaded CDN file has the card); the lists' rows, and the
 * `reserveStyles` the lists use, are in `reserve-article-list.ts` and
 * `reserve-related-articles.ts`, which arrive with the lists.
 *
 * Sizes are in `cqi` of the element itself (its own width) and rem. Text blocks are estimates
 * for a headline of up to three lines and a clamped three-line standfirst, two sizes: narrow
 * (below 40rem) and wide. Taller content than the estimate still moves the page; shorter leaves
 * blank space at the end until it is out of view (a card in the page before its script ran and
 * then given an `article` property: for good; one a script made takes its own size at once).
 */
import {unsafeCSS, type CSSResult} from 'lit';

/** `image-ratio` presets as height / width. */
const RATIOS: Record<string, string> = {
  '16/9': '0.5625',
  '4/3': '0.75',
  '3/2': '0.6667',
  '1/1': '1',
  '2/3': '1.5',
  '3/4': '1.3333',
  '21/9': '0.4286',
  '9/16': '1.7778',
};

/** Text below (or beside) a card's image, per card layout: [narrow, wide]. */
export const TEXT: Record<string, [string, string]> = {
  vertical: ['16.5rem', '10rem'],
  hero: ['25rem', '14.5rem'],
  horizontal: ['22.5rem', '11rem'],
  compact: ['5.75rem', '3.25rem'],
};

const R = 'var(--_nb-r, 0.5625)';
/** The text estimate for the element's width (narrow or wide, by container query). */
const T = 'var(--_nb-t)';
/** Block size of one card of `layout`, at the width `w` (a CSS length), with text `t`. */
export function card(layout: string, w = '100cqi', t = T): string {
  switch (layout) {
    case 'horizontal':
      return `max(max(6rem, calc(${w} * 0.38)) * ${R}, ${t})`;
    case 'compact':
      return t;
    case 'hero':
      return `calc(${w} * ${R} + 1rem + ${t})`;
    default:
      return `calc(${w} * ${R} + 0.5rem + ${t})`;
  }
}

export const N = 'var(--_nb-n, 1)';

/** The list of `n` cards each `layout`, with `gap` between them (one column). */
const column = (layout: string, gap: string) =>
  `calc(${N} * ${card(layout)} + (${N} - 1) * ${gap})`;

/** The rule for cards of `layout` in one column `gap` apart (its text estimate is the layout's). */
export const inColumn = (when: string, layout: string, gap: string): Rule => ({
  when,
  text: layout,
  size: column(layout, gap),
});

export interface Rule {
  /** Attribute selector on the element ('' for its default). */
  when: string;
  /** Card layout whose text estimate applies. */
  text: string;
  size: string;
}

/**
 * Per element: the rules from its attributes (later rules win), the heading above the cards
 * (`when` it is there: `[heading]`, or '' for always) and, for a list, its default `limit`.
 * The lists' are in `reserve-article-list.ts` and `reserve-related-articles.ts`.
 */
export interface Reserve {
  heading?: {when: string; size: string};
  rules: Rule[];
  limit?: number;
}
export const RESERVE: Record<string, Reserve> = {
  'news-card': {
    rules: [
      {when: '', text: 'vertical', size: card('vertical')},
      {when: '[layout=hero]', text: 'hero', size: card('hero')},
      {when: '[layout=horizontal]', text: 'horizontal', size: card('horizontal')},
      {when: '[layout=compact]', text: 'compact', size: card('compact')},
    ],
  },
};

/** `limit` values that get a count (a larger limit reserves twelve cards). */
const LIMITS = Array.from({length: 12}, (_, i) => i + 1);

/** Custom properties from the attributes: ratio, count, text estimate (for `sel`). */
function variables(tag: string, reserve: Reserve, sel: (when: string) => string): string {
  const defaultLimit = reserve.limit ?? 1;
  const out: string[] = [];
  const list = tag !== 'news-card';
  out.push(
    `${sel('')} { --_nb-r: 0.5625; --_nb-h: 0px;${list ? ` --_nb-n: ${defaultLimit};` : ''} }`
  );
  for (const [r, v] of Object.entries(RATIOS))
    out.push(`${sel(`[image-ratio="${r}"]`)} { --_nb-r: ${v}; }`);
  out.push(`${sel('[no-image]')} { --_nb-r: 0; }`);
  if (list) for (const n of LIMITS) out.push(`${sel(`[limit="${n}"]`)} { --_nb-n: ${n}; }`);
  const rules = reserve.rules;
  for (const wide of [false, true]) {
    const body = rules
      .map((r) => `${sel(r.when)} { --_nb-t: ${TEXT[r.text][wide ? 1 : 0]}; }`)
      .join('\n');
    // The text estimate and the carousel's slide width depend on the element's own width.
    const slide =
      tag === 'article-list' ? `\n${sel('')} { --_nb-slide: calc((100cqi - 3rem) / 3); }` : '';
    out.push(wide ? `@container (min-width: 40rem) {\n${body}${slide}\n}` : body);
  }
  return out.join('\n');
}

/**
 * Shadow-DOM rules: `target` (the element's top-level skeleton and content boxes) keeps at
 * least the reserved block size. Custom properties resolve on the target, inside the host's
 * container, so `cqi` is the host's width.
 */
export function reserveStyles(
  tag: string,
  target: string,
  reserve: Reserve = RESERVE[tag]
): CSSResult {
  const sel = (when: string) =>
    target
      .split(',')
      .map((t) => (when ? `:host(${when}) ${t.trim()}` : t.trim()))
      .join(', ');
  return unsafeCSS(`${variables(tag, reserve, sel)}\n${sizes(reserve, sel, 'min-block-size')}`);
}

/** The block-size rules (and the heading's share) for selectors made by `sel`. */
function sizes(reserve: Reserve, sel: (when: string) => string, property: string): string {
  const {rules, heading} = reserve;
  const h = heading ? `\n${sel(heading.when)} { --_nb-h: ${heading.size}; }` : '';
  return (
    rules
      .map((r) => `${sel(r.when)} { ${property}: calc(var(--_nb-h, 0px) + ${r.size}); }`)
      .join('\n') + h
  );
}

/**
 * The `news-blocks.css` rules: the same space for elements that are not defined yet (of the
 * elements in `table`: `scripts/build-css.mjs` adds the lists' rows).
 */
export function lightDomReserveCss(table: Record<string, Reserve> = RESERVE): string {
  const out = [
    '/* news-blocks.css: reserves the space of news-blocks elements before their script runs,',
    '   so the page does not move when they appear. Generated from src/styles/reserve.ts. */',
  ];
  for (const [tag, reserve] of Object.entries(table)) {
    // Everything on the ::before box: only a pseudo-element (not the element itself) can query
    // the element as its container.
    const sel = (when: string) => `${tag}${when}:not(:defined)::before`;
    out.push(`${tag}:not(:defined) { display: block; container-type: inline-size; }`);
    out.push(`${sel('')} { content: ''; display: block; block-size: var(--_nb-size); }`);
    out.push(variables(tag, reserve, sel));
    out.push(sizes(reserve, sel, '--_nb-size'));
  }
  out.push(...OTHERS);
  return out.join('\n') + '\n';
}

/** Elements whose space does not come from a feed. */
const OTHERS = [
  // An article: at least a screen tall, so what follows stays out of view until it is there.
  'news-article:not(:defined) { display: block; min-block-size: 100vh; }',
  // A photo: the image box from width/height (where attr() reads numbers), and a caption line.
  // The caption: two lines when narrow, one from 40rem.
  'photo-caption:not(:defined) { display: block; container-type: inline-size; }',
  "photo-caption[width][height]:not(:defined)::before { content: ''; display: block; aspect-ratio: attr(width type(<number>)) / attr(height type(<number>)); margin-block-end: 0.5rem; }",
  "photo-caption[caption]:not(:defined)::after { content: ''; display: block; block-size: 2.55rem; }",
  '@container (min-width: 40rem) { photo-caption[caption]:not(:defined)::after { block-size: 1.27rem; } }',
  // One line of tags.
  'news-tags:not(:defined) { display: block; min-block-size: 1.9rem; }',
  // One line of links.
  'news-breadcrumbs:not(:defined) { display: block; min-block-size: 1.5rem; }',
];

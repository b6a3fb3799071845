/**
 * The templates of `<article-list>` around the shared card: the item (a `role=listitem`, or a
 * `role=article` element in feed mode) in boxes of `CHUNK` items, the "Articles 11 to 20" page
 * label, the Load more button and its status, and the "3 new articles" button.
 */
import {html, isServer, nothing, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Article} from '../../data/article.js';
import type {ArticleFilter} from '../../data/merge.js';
import {msg, str} from '../../i18n/localize.js';
import {
  cardPieces,
  fixed,
  clampHeadingLevel,
  joinPieces,
  piece,
  type CardLayout,
  type CardOptions,
  type Piece,
} from '../../internal/templates/card.js';
import {CHUNK, type BuiltChunks} from './chunk-controller.js';

export interface ItemsView {
  /** The articles shown (rendered up to `rendered`). */
  visible: readonly Article[];
  rendered: number;
  /** Indexes where a page added by Load more (or polling) starts. */
  pageStarts: readonly number[];
  card: CardOptions;
  /** The first card is the large one. */
  hero: boolean;
  /** The WAI-ARIA feed pattern (`role=article` items). */
  feed: boolean;
  /** The WAI-ARIA carousel pattern (`role=group` slides labelled "3 of 9"). */
  carousel?: boolean;
  /** `aria-setsize`: the number of articles, or -1 while more can come. */
  setsize: number;
  /** Where the chunks after the first are built (in the browser); else all are `guard()`ed. */
  built?: BuiltChunks;
  /** In the update that hydrates a server's HTML of the items: their number. */
  hydrated?: number;
}

/** "Articles 11 to 20": the separator before the page that starts at `start`. */
export function pageLabelTemplate(start: number, v: ItemsView): TemplateResult {
  const from = start + 1;
  const next = v.pageStarts.find((p) => p > start);
  const to = Math.min(next ?? Infinity, v.visible.length);
  return html`<p part="page-label" class="page-label">
    ${msg(str`Articles ${from} to ${to}`, {
      id: 'article-list.page',
      desc: 'Separator before the articles that Load more added, e.g. "Articles 11 to 20"',
    })}
  </p>`;
}

/** The `aria-roledescription` of the carousel's group (WAI-ARIA APG carousel). */
export const carouselRole = () =>
  msg('carousel', {
    id: 'article-list.carousel.role',
    desc: 'Screen readers say it for a box of articles that scroll sideways with Previous/Next buttons (aria-roledescription; lower case, as a role name)',
  });

/** The `aria-roledescription` of one slide of the carousel. */
export const slideRole = () =>
  msg('slide', {
    id: 'article-list.carousel.slide',
    desc: 'Screen readers say it for one article of a carousel (aria-roledescription; lower case, as a role name)',
  });

/** "3 of 9": the name of a carousel slide. */
export const slideLabel = (n: number, total: number) =>
  msg(str`${n} of ${total}`, {
    id: 'article-list.carousel.slide-label',
    desc: 'Name of one carousel slide: its position and the number of slides, e.g. "3 of 9"',
  });

/**
 * One item and its card as one template (see `joinPieces`). The page label is a part of the
 * item, so that adding one (Load more) keeps the item's element and its focus.
 */
export function itemTemplate(a: Article, i: number, v: ItemsView, text = false): TemplateResult {
  const o = v.hero && i === 0 ? {...v.card, layout: 'hero' as CardLayout, priority: true} : v.card;
  const separator = v.pageStarts.includes(i) ? pageLabelTemplate(i, v) : nothing;
  const pieces: Piece[] = [
    v.feed
      ? piece`<div part="item" class="item" role="article" tabindex="0" data-index=${i} aria-posinset=${i + 1} aria-setsize=${v.setsize} aria-label=${a.title}>${separator}`
      : v.carousel
        ? piece`<div part="item" class="item" role="group" aria-roledescription=${fixed(slideRole())} aria-label=${slideLabel(i + 1, v.visible.length)} data-index=${i} tabindex="-1">${separator}`
        : piece`<div part="item" class="item" role="listitem" data-index=${i} tabindex="-1">${separator}`,
  ];
  cardPieces(a, o, pieces);
  pieces.push(piece`</div>`);
  return text ? textAsProperty(joinPieces(pieces)) : joinPieces(pieces);
}

const textStrings = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * `<p>${text}</p>` as `<p .textContent=${text}></p>`: the same DOM without the comment that
 * marks where Lit puts a child (one per text binding). Only for items the server never renders (its
 * renderer writes no property) nor hydrates; every binding that is an element's whole content
 * is text in the card's pieces. The same strings array for the same markup (Lit's cache key).
 */
function textAsProperty(r: TemplateResult): TemplateResult {
  let strings = textStrings.get(r.strings);
  if (!strings) {
    const out = [...r.strings];
    for (let k = 1; k < out.length; k++)
      if (out[k - 1].endsWith('>') && out[k].startsWith('</')) {
        out[k - 1] = `${out[k - 1].slice(0, -1)} .textContent=`;
        out[k] = `>${out[k]}`;
      }
    // Shaped like a template literal's strings (with `raw`), from the card's own literals.
    strings = Object.freeze(Object.assign(out, {raw: out})) as TemplateStringsArray;
    textStrings.set(r.strings, strings);
  }
  return {...r, strings};
}

/** Joined strings of runs of one item template, by the item's strings and the run's length. */
let runs = new Map<readonly string[], Map<number, TemplateStringsArray>>();
let runCount = 0;

/** `n` copies of `strings` as one strings array (the item markup `n` times, one template). */
function repeated(strings: readonly string[], n: number): TemplateStringsArray {
  let byLength = runs.get(strings);
  let out = byLength?.get(n);
  if (out) return out;
  // Bounded: a long-lived page with many item shapes starts over (Lit keeps its templates only
  // while some strings array refers to them).
  if (++runCount > 256) [runs, runCount, byLength] = [new Map(), 1, undefined];
  if (!byLength) runs.set(strings, (byLength = new Map()));
  const joined: string[] = [...strings];
  for (let k = 1; k < n; k++) {
    joined[joined.length - 1] += strings[0];
    joined.push(...strings.slice(1));
  }
  // Shaped like a template literal's strings (with `raw`), from the card's own literals.
  out = Object.freeze(Object.assign(joined, {raw: joined})) as TemplateStringsArray;
  byLength.set(n, out);
  return out;
}

/**
 * Consecutive items of the same template as one template each. An array of templates gives
 * every item two comment markers beside it in the list, and the browser's style and layout-tree
 * passes walk them: in a CPU trace at 5,000 cards, inserting 400 hand-built items with two
 * comments each cost 12 ms of style per frame against 6 ms without (bench/profile-render.mjs).
 * A run is one template instance (updated in place while the run keeps its length and shapes).
 */
function joinRuns(items: TemplateResult[]): TemplateResult[] {
  const out: TemplateResult[] = [];
  for (let i = 0; i < items.length;) {
    let j = i + 1;
    while (j < items.length && items[j].strings === items[i].strings) j++;
    out.push(
      j - i === 1
        ? items[i]
        : {
            ...items[i],
            strings: repeated(items[i].strings, j - i),
            values: items.slice(i, j).flatMap((t) => t.values),
          }
    );
    i = j;
  }
  return out;
}

/**
 * The chunk of items that starts at item `c` (up to `end`): what makes it change (`guard()`'s
 * key) and its items' templates (`text`: see `textAsProperty`; such chunks join runs of items of
 * one shape into one template, `joinRuns`).
 */
function chunkOf(v: ItemsView, c: number, end: number, text: boolean) {
  const part = v.visible.slice(c, Math.min(end, c + CHUNK));
  const count = part.length;
  const pages = v.pageStarts.filter((p) => p >= c && p < c + CHUNK + 1).join();
  const kind = v.feed ? 'feed' : v.carousel ? 'carousel' : 'list';
  return {
    key: [v.card, v.hero, pages, v.setsize, kind, v.visible.length, ...part],
    count,
    build: () => {
      const items = part.map((a, j) => itemTemplate(a, c + j, v, text));
      return text ? joinRuns(items) : items;
    },
  };
}

/**
 * The rendered items in groups of `CHUNK` that do not render again while they did not change:
 * the first with `guard()` (the server renders it, the browser hydrates it), the others built by
 * `v.built`, maybe ahead of time (`buildChunks`), in the browser only: their text is set as
 * `textContent`, without Lit's comment markers (`textAsProperty`).
 */
export function itemsTemplate(v: ItemsView): unknown[] {
  const end = Math.min(v.rendered, v.visible.length);
  const chunks: unknown[] = [];
  for (let c = 0; c < end; c += CHUNK) {
    const built = c && !isServer ? v.built : undefined;
    const {key, count, build} = chunkOf(v, c, end, !!built);
    // The first chunk's box: the markup of chunk-controller.ts's `chunkBox`.
    if (!c) chunks.push(html`<div class="chunk" role="none">${guard(key, build)}</div>`);
    else if (built) chunks.push(built.node(c / CHUNK, key, count, build, c < (v.hydrated ?? 0)));
    else {
      const box = html`<div class="chunk" role="none">${build()}</div>`;
      chunks.push(serverChunks.write?.(box) ?? box);
    }
  }
  v.built?.prune(chunks.length);
  return chunks;
}

/**
 * How a server writes the chunks after the first: `news-blocks/server` sets `write`, which
 * makes a chunk's HTML without Lit's markers. The browser keeps those nodes as they are while
 * the chunk's items do not change (`BuiltChunks.node`, `server`), rather than hydrating every
 * item of a long list in one task: at 500 cards that first update took 67–123 ms, the first
 * chunk alone about 20.
 */
export const serverChunks: {write?: (box: TemplateResult) => unknown} = {};

/** Builds the chunks of items `from` to `to` (not the first) before they are rendered. */
export function buildChunks(v: ItemsView, from: number, to: number): void {
  if (!v.built) return;
  for (let c = Math.max(CHUNK, Math.floor(from / CHUNK) * CHUNK); c < to; c += CHUNK) {
    const {key, count, build} = chunkOf(v, c, to, true);
    v.built.node(c / CHUNK, key, count, build);
  }
}

/** The "Loading…" status, the Load more button (`onMore`, when given) and the feed's sentinel. */
export function moreTemplate(loading: boolean, onMore: (() => void) | undefined, feed: boolean) {
  return html`<p part="status" class="status" role="status">
      ${
        loading
          ? msg('Loading…', {id: 'article-list.loading', desc: 'Status while more articles load'})
          : nothing
      }
    </p>
    ${
      onMore
        ? html`<div class="more">
            <button part="load-more" class="button" type="button" @click=${onMore}>
              ${msg('Load more', {id: 'article-list.load-more', desc: 'Button that shows more articles'})}
            </button>
          </div>`
        : nothing
    }
    ${feed ? html`<div class="sentinel"></div>` : nothing}`;
}

/** The live region with the "3 new articles" button while polling found `count` articles. */
export function updatesTemplate(count: number, onShow: () => void): TemplateResult {
  return html`<div part="updates" class="updates" role="status">
    ${
      count
        ? html`<button part="new-articles" class="button" type="button" @click=${onShow}>
            ${
              count === 1
                ? msg('1 new article', {
                    id: 'article-list.new-one',
                    desc: 'Button that inserts one article found by polling',
                  })
                : msg(str`${count} new articles`, {
                    id: 'article-list.new-many',
                    desc: 'Button that inserts the articles found by polling, e.g. "3 new articles"',
                  })
            }
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * The `role=list` of items, in feed mode the `role=feed` element with its keyboard, and in a
 * carousel a `<div>` of `role=group` slides. Items sit in boxes of `CHUNK` (`.chunk`, no role:
 * see chunk-controller.ts's `chunkBox`), which a `<ul>` may not hold: hence ARIA roles on
 * `<div>`s (a list that VoiceOver also keeps as a list under `list-style: none`).
 */
export function listTemplate(
  v: ItemsView,
  o: {
    layout: string;
    busy: boolean;
    labelledBy?: string;
    label?: string;
    onKey: (e: KeyboardEvent) => void;
  }
): TemplateResult {
  const busy = o.busy ? 'true' : 'false';
  return v.feed
    ? html`<div
        part="list"
        class="list layout-${o.layout}"
        role="feed"
        aria-busy=${busy}
        aria-labelledby=${ifDefined(o.labelledBy)}
        aria-label=${ifDefined(o.label)}
        @keydown=${o.onKey}
      >
        ${itemsTemplate(v)}
      </div>`
    : v.carousel
      ? html`<div part="list" class="list layout-${o.layout}" aria-busy=${busy}>
          ${itemsTemplate(v)}
        </div>`
      : html`<div part="list" class="list layout-${o.layout}" role="list" aria-busy=${busy}>
          ${itemsTemplate(v)}
        </div>`;
}

/** `prev` when `next` has the same keys and values (so `guard()` sees no change), else `next`. */
export function sameOrNew<T extends object>(prev: T | undefined, next: T): T {
  if (!prev) return next;
  const keys = Object.keys(next) as (keyof T)[];
  const same = keys.length === Object.keys(prev).length && keys.every((k) => prev[k] === next[k]);
  return same ? prev : next;
}

/** What the list's card options are made of (the element's own properties). */
export interface ListCardSettings {
  heading?: string;
  headingLevel: number;
  cardHeadingLevel?: number;
  noImage: boolean;
  noSummary: boolean;
  noByline: boolean;
  summaryLines: number;
  imageRatio?: string;
  target?: string;
  timeZone?: string;
}

/** The options of every card of a list in `layout` (`list`: horizontal cards, …). */
export function listCardOptions(
  l: ListCardSettings,
  layout: string,
  locale: string,
  hostLang: string | undefined
): CardOptions {
  return {
    locale,
    hostLang,
    headingLevel: clampHeadingLevel(l.cardHeadingLevel ?? (l.heading ? l.headingLevel + 1 : 3)),
    layout: layout === 'list' ? 'horizontal' : layout === 'compact' ? 'compact' : 'vertical',
    noImage: l.noImage,
    noSummary: l.noSummary,
    noByline: l.noByline,
    summaryLines: l.summaryLines,
    imageRatio: l.imageRatio,
    imageSizes: layout === 'list' ? undefined : '(min-width: 40em) 24rem, 100vw',
    target: l.target,
    timeZone: l.timeZone,
    delegateEvents: true,
  };
}

const splitList = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The list's filter attributes as an `ArticleFilter` (comma-separated tags and URLs). */
export function listFilter(l: {
  filterTags?: string;
  filterSection?: string;
  filterLang?: string;
  exclude?: string;
}): ArticleFilter {
  return {
    tags: splitList(l.filterTags),
    section: l.filterSection,
    lang: l.filterLang,
    exclude: splitList(l.exclude),
  };
}

/** The "Skip past this list" link of long lists. */
export function skipLinkTemplate(onSkip: () => void): TemplateResult {
  return html`<button part="skip-link" class="skip-link" type="button" @click=${onSkip}>
    ${msg('Skip past this list', {id: 'article-list.skip', desc: 'Link that moves focus past a long list of articles'})}
  </button>`;
}

/**
 * The end of the list, where the skip link and Ctrl+End lead (`focusInPlace`): hidden until it
 * has focus, then shown with its focus ring.
 */
export function endTemplate(): TemplateResult {
  return html`<span part="end" class="end" id="end" tabindex="-1">
    ${msg('End of the list', {id: 'article-list.end', desc: 'Hidden text after a list of articles, where its skip link leads'})}
  </span>`;
}

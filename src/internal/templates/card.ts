/**
 * The one card markup. `<news-card>` renders it standalone; every list renders it inside its
 * own shadow root (one template per card, not one element per card).
 */
import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Article} from '../../data/article.js';
import {relFor, safeImageUrl, safeSrcset, safeUrl} from '../../data/sanitize.js';
import {NewsArticleSelectEvent} from '../../events/news-article-select.js';
import {msg, str} from '../../i18n/localize.js';
import {directionOf} from '../../i18n/resolve.js';
import {formatFull, parseDate} from '../../i18n/dates.js';
import {isolatedRuns, listRuns, type Run} from '../../i18n/bidi.js';
import {IMAGE_RATIOS} from '../../styles/image-ratios.js';
import {altBesideHeadline} from './image.js';
import {timeText} from './time.js';

export type CardLayout = 'vertical' | 'horizontal' | 'compact' | 'hero';
export const CARD_LAYOUTS: readonly CardLayout[] = ['vertical', 'horizontal', 'compact', 'hero'];

export interface CardOptions {
  /** UI locale for the card's own words and dates. */
  locale: string;
  /** The `lang` in effect where the card is rendered; content in another language is marked. */
  hostLang?: string;
  /** Heading level of the headline, 2–6. */
  headingLevel?: number;
  layout?: CardLayout;
  noImage?: boolean;
  noSummary?: boolean;
  noByline?: boolean;
  /** Lines of standfirst before it is clamped (1–10); 0 or absent: not clamped. */
  summaryLines?: number;
  /** One of `IMAGE_RATIOS`; else the image's own width/height, else 16/9. */
  imageRatio?: string;
  /** `sizes` for the image's `srcset`. */
  imageSizes?: string;
  /** Load the image eagerly with high priority (the first hero of a page). */
  priority?: boolean;
  /** `target` of the headline link; `_blank` gets `rel="noopener noreferrer"`. */
  target?: string;
  timeZone?: string;
  /**
   * The element around the cards listens for their events on one root (`onCardClick`,
   * `onCardImageError`), so the cards bind no listener of their own.
   */
  delegateEvents?: boolean;
}

/** A heading level within 2–6 (1 is the page's own). */
export function clampHeadingLevel(level: unknown, fallback = 3): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(2, n)) : fallback;
}

/** `<hN>` for a level 1–6 (else 3), with its content and part. */
export function headingTemplate(
  level: number,
  content: unknown,
  part = 'heading',
  cls = 'headline'
): TemplateResult {
  const n = fixed(String(Math.min(6, Math.max(1, Math.round(level))) || 3));
  return joinPieces([piece`<h${n} part=${part} class=${cls}>${content}</h${n}>`]);
}

/** What the headline link's click does: `news-article-select` from the link, cancelable. */
function selectArticle(e: Event, link: Element, article: Article) {
  const event = new NewsArticleSelectEvent(article);
  link.dispatchEvent(event);
  if (event.defaultPrevented) e.preventDefault();
}

const handlers = new WeakMap<Article, (e: Event) => void>();

function selectHandler(article: Article): (e: Event) => void {
  let h = handlers.get(article);
  if (!h) {
    h = (e: Event) => selectArticle(e, e.currentTarget as Element, article);
    handlers.set(article, h);
  }
  return h;
}

/**
 * For `delegateEvents`: a click listener on a root around the cards. `articleOf` finds the
 * article of a headline link (e.g. from its item's index).
 */
export function onCardClick(e: Event, articleOf: (link: Element) => Article | undefined): void {
  const link = (e.target as Element | null)?.closest?.('a.headline-link');
  const article = link && articleOf(link);
  if (link && article) selectArticle(e, link, article);
}

/** A broken image leaves the neutral box, not the browser's broken-image icon. */
function onImageError(e: Event) {
  (e.target as HTMLElement).setAttribute('data-broken', '');
}

/**
 * For `delegateEvents`: listens on a root around the cards (`error` does not bubble, so it is
 * heard while capturing).
 */
export const onCardImageError = {
  handleEvent(e: Event): void {
    if ((e.target as Element).matches?.('img[part="image"]')) onImageError(e);
  },
  capture: true,
};

function primary(lang: string | undefined): string | undefined {
  return lang?.toLowerCase().split('-')[0];
}

function ratioClass(o: CardOptions, hasSize: boolean): string {
  const r = o.imageRatio && (IMAGE_RATIOS as readonly string[]).includes(o.imageRatio);
  if (r) return `media ratio-${o.imageRatio!.replace('/', '-')}`;
  return hasSize ? 'media' : 'media ratio-16-9';
}

function defaultSizes(layout: CardLayout | undefined): string {
  if (layout === 'hero') return '100vw';
  if (layout === 'horizontal') return '(min-width: 40em) 16rem, 40vw';
  return '(min-width: 40em) 24rem, 100vw';
}

/*
 * Pieces. A card (and a list's item around it) is rendered as ONE Lit template: its static markup
 * is the concatenation of the pieces below that the article needs, so a card costs one template
 * clone and no nested template instances (ten nested templates made a card cost 1.5x a
 * hand-written DOM build: `npm run bench`). Pieces are written with the `piece` tag like `html`;
 * the joined strings are made once per combination of pieces and cached, so Lit sees the same
 * strings array (its template cache key) every time. Pieces are static literals of this module
 * (or of the list's item markup): data only ever reaches a template as a bound value. No
 * whitespace between tags: text nodes nobody sees cost time to clone and lay out.
 */

/** Static markup with its bound values, as `html` takes them. */
export interface Piece {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/** A tag like `html` that keeps the parts of one piece of card markup. */
export function piece(strings: TemplateStringsArray, ...values: unknown[]): Piece {
  return {strings, values};
}

/**
 * A piece's value written into the joined markup instead of bound, so the card has one part
 * (and one `setAttribute`) less: an attribute value in quotes, text as text (escaped), or with
 * no value the attribute left out. Only for values of a small closed set per list (a layout's
 * class, a direction, the card's own words), never feed data: each value is a template of its own.
 */
class Fixed {
  constructor(readonly v?: string) {}
}

/** `value` written into the markup (see `Fixed`); `undefined` leaves the attribute out. */
export const fixed = (value?: string) => new Fixed(value);
const absent = fixed();

/** An attribute bound when it has a value, left out of the markup when not (`ifDefined`). */
export const optional = (value: unknown) => value ?? absent;

/** A trie over pieces' strings arrays (by identity) and fixed values to the joined strings. */
interface Joined {
  strings?: TemplateStringsArray;
  next: Map<unknown, Joined>;
}
const joined: Joined = {next: new Map()};

function step(node: Joined, key: unknown): Joined {
  let next = node.next.get(key);
  if (!next) node.next.set(key, (next = {next: new Map()}));
  return next;
}

/** The pieces as one template: same markup as nesting them, one template instance. */
export function joinPieces(pieces: readonly Piece[]): TemplateResult {
  let node = joined;
  const values: unknown[] = [];
  for (const p of pieces) {
    node = step(node, p.strings);
    for (const v of p.values)
      if (v instanceof Fixed) node = step(node, v.v);
      else values.push(v);
  }
  if (!node.strings) {
    // The markup with NUL where a value is bound (no literal or escaped value has one).
    let m = '';
    for (const p of pieces)
      p.strings.forEach((t, k) => {
        const v = p.values[k - 1];
        const e = v instanceof Fixed && v.v?.replace(/[&"<\0]/g, (c) => `&#${c.charCodeAt(0)};`);
        if (k)
          m =
            e === false
              ? `${m}\0`
              : e === undefined
                ? m.replace(/\s[\w-]+=$/, '')
                : m + (m.endsWith('=') ? `"${e}"` : e);
        m += t;
      });
    const out = m.split('\0');
    // Lit accepts only arrays shaped like a template literal's strings (with `raw`); these are
    // joined from this module's own literals (and its fixed values), never from data.
    node.strings = Object.freeze(Object.assign(out, {raw: out})) as TemplateStringsArray;
  }
  return html(node.strings, ...values);
}

function tagsPieces(a: Article, out: Piece[]) {
  if (!a.tags.length) return;
  const label = msg('Tags', {id: 'tags.label', desc: 'Label of a list of topic tags'});
  out.push(piece`<ul part="tags" class="tags" aria-label=${fixed(label)}>`);
  for (const t of a.tags) out.push(piece`<li part="tag" class="tag">${t}</li>`);
  out.push(piece`</ul>`);
}

/** "By Lan Anh and Minh": the byline sentence around an already formatted list of names. */
export function bylineSentence(list: string): string {
  return msg(str`By ${list}`, {id: 'card.byline', desc: 'Byline: the authors of an article'});
}

/** "According to VNEconomy": the source line of every card and of `<news-article>`. */
export function sourceText(name: string): string {
  return msg(str`According to ${name}`, {
    id: 'card.source',
    desc: 'Attribution to the outlet an article comes from, as in "(According to VNEconomy)"',
  });
}

/**
 * A sentence's runs, each name in a `<bdi>` (`isolatedRuns`: the one bidi reader); the
 * sentence's own words (and the list's commas) are part of the markup.
 */
function runPieces(runs: Run[], out: Piece[]) {
  for (const r of runs)
    if (r.isolate || r.text)
      out.push(r.isolate ? piece`<bdi>${r.text}</bdi>` : piece`${fixed(r.text)}`);
}

function bylinePieces(a: Article, o: CardOptions, out: Piece[]) {
  const names = o.noByline ? [] : a.authors.map((x) => x.name).filter(Boolean);
  if (!names.length) return;
  out.push(piece`<p part="byline" class="byline">`);
  runPieces(isolatedRuns(bylineSentence, listRuns(names, o.locale)), out);
  out.push(piece`</p>`);
}

function metaPieces(a: Article, o: CardOptions, out: Piece[]) {
  const iso = a.published ?? a.updated;
  const date = parseDate(iso, o.timeZone);
  const text = date && timeText(iso, {locale: o.locale, format: 'absolute', timeZone: o.timeZone});
  const name = a.source?.name;
  if (!text && !name) return;
  out.push(piece`<p part="meta" class="meta">`);
  if (date && text)
    out.push(
      // `dir` of the locale the date is written in: also isolates it from the line around it.
      piece`<time part="time" dir=${fixed(directionOf(o.locale))} datetime=${date.toISOString()} title=${formatFull(date, o.locale, o.timeZone)}>${text}</time>`
    );
  if (name) {
    out.push(piece`<span part="source" class="source">`);
    runPieces(isolatedRuns(sourceText, name), out);
    out.push(piece`</span>`);
  }
  out.push(piece`</p>`);
}

function imagePieces(a: Article, o: CardOptions, out: Piece[]) {
  const img = a.image;
  if (!img || o.noImage || o.layout === 'compact') return;
  const src = safeImageUrl(img.url);
  if (!src) return;
  const hasSize = !!(img.width && img.height);
  const srcset = safeSrcset(img.srcset);
  const alt = altBesideHeadline(img.alt, a.title);
  const ratio = ratioClass(o, hasSize);
  const sizes = srcset ? (o.imageSizes ?? defaultSizes(o.layout)) : undefined;
  const width = hasSize ? img.width : undefined;
  const height = hasSize ? img.height : undefined;
  // `loading` is static markup (fixed), so it is on the element before Lit sets `src`: an image
  // set while it is eager starts loading at once when the page already has its URL (a list
  // rendered again), wherever the card is.
  const p = o.priority;
  out.push(
    piece`<div class=${fixed(ratio)} part="image-box"><img part="image" loading=${fixed(p ? 'eager' : 'lazy')} fetchpriority=${fixed(p ? 'high' : undefined)} decoding="async" src=${src} srcset=${optional(srcset)} sizes=${optional(sizes)} width=${optional(width)} height=${optional(height)} alt=${alt}`,
    // A piece may end inside a tag: the listener is bound only when the host does not delegate.
    o.delegateEvents ? piece`></div>` : piece` @error=${onImageError}></div>`
  );
}

/**
 * A title-less item is headed by the start of its text (`titleFromText`): the standfirst then
 * goes on where the headline stops, so the text is shown, and read aloud, once.
 */
function restOfText(summary: string | undefined, headline: string): string | undefined {
  const head = headline.replace(/…$/, '');
  if (!summary?.startsWith(head)) return summary;
  const rest = summary.slice(head.length).replace(/^[\s,;:.–—-]+/, '');
  return rest ? `…${rest}` : undefined;
}

/**
 * The pieces of the card for one article, appended to `out` (a list puts its item's own pieces
 * around them). Each part renders only when the data has it.
 */
export function cardPieces(a: Article, o: CardOptions, out: Piece[] = []): Piece[] {
  const layout = o.layout && CARD_LAYOUTS.includes(o.layout) ? o.layout : 'vertical';
  const href = safeUrl(a.url);
  const target = href ? o.target || undefined : undefined;
  const marked = a.language && primary(a.language) !== primary(o.hostLang);
  // Content in another language takes its own direction; otherwise the direction of the
  // language in effect where the card sits (an Arabic widget in an English page is RTL).
  const contentDir = marked
    ? directionOf(a.language)
    : o.hostLang
      ? directionOf(o.hostLang)
      : undefined;
  const lines = Math.round(Number(o.summaryLines));
  const clamp = lines >= 1 && lines <= 10 ? ` clamp clamp-${lines}` : '';
  const title = a.title || href || '';
  const h = fixed(String(clampHeadingLevel(o.headingLevel)));
  out.push(
    piece`<article part="card" class=${fixed(`card card--${layout}${href ? ' card--linked' : ''}`)} lang=${optional(marked ? a.language : undefined)} dir=${fixed(contentDir)}><div class="body" part="body">`
  );
  if (a.section) out.push(piece`<p part="section" class="section">${a.section}</p>`);
  out.push(piece`<h${h} part="heading" class="headline">`);
  if (href)
    out.push(
      piece`<a part="headline" class="headline-link" href=${href} target=${ifDefined(target)} rel=${ifDefined(relFor(target))}`,
      o.delegateEvents ? piece`>${title}</a>` : piece` @click=${selectHandler(a)}>${title}</a>`
    );
  else out.push(piece`<span part="headline">${title}</span>`);
  out.push(piece`</h${h}>`);
  const summary = a.titleFromText ? restOfText(a.summary, a.title) : a.summary;
  if (summary && !o.noSummary && layout !== 'compact')
    out.push(piece`<p part="summary" class=${fixed(`summary${clamp}`)}>${summary}</p>`);
  bylinePieces(a, o, out);
  metaPieces(a, o, out);
  tagsPieces(a, out);
  out.push(piece`</div>`);
  imagePieces(a, o, out);
  out.push(piece`</article>`);
  return out;
}

/** The card for one article. Each part renders only when the data has it. */
export function cardTemplate(a: Article, o: CardOptions): TemplateResult {
  return joinPieces(cardPieces(a, o));
}

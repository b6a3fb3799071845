/**
 * The one card markup. `<news-card>` renders it standalone; every list renders it inside its
 * own shadow root (one template per card, not one element per card).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Article} from '../data/article.js';
import {relFor, safeSrcset, safeUrl} from '../data/sanitize.js';
import {NewsArticleSelectEvent} from '../events/news-article-select.js';
import {msg, str} from '../i18n/localize.js';
import {directionOf} from '../i18n/resolve.js';
import {timeTemplate} from './time.js';

export type CardLayout = 'vertical' | 'horizontal' | 'compact' | 'hero';
export const CARD_LAYOUTS: readonly CardLayout[] = ['vertical', 'horizontal', 'compact', 'hero'];

/** Aspect ratios `image-ratio` accepts (CSS classes, so no inline style under a strict CSP). */
export const IMAGE_RATIOS = ['16/9', '4/3', '3/2', '1/1', '2/3', '3/4', '21/9', '9/16'] as const;

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
}

/** A heading level within 2–6 (1 is the page's own). */
export function clampHeadingLevel(level: unknown, fallback = 3): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(2, n)) : fallback;
}

/** `<hN>` for a level 1–6, with its content and part. */
export function headingTemplate(
  level: number,
  content: unknown,
  part = 'heading',
  cls = 'headline'
): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 part=${part} class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${cls}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${cls}>${content}</h6>`;
    default:
      return html`<h3 part=${part} class=${cls}>${content}</h3>`;
  }
}

const handlers = new WeakMap<Article, (e: Event) => void>();

function selectHandler(article: Article): (e: Event) => void {
  let h = handlers.get(article);
  if (!h) {
    h = (e: Event) => {
      const event = new NewsArticleSelectEvent(article);
      (e.currentTarget as HTMLElement).dispatchEvent(event);
      if (event.defaultPrevented) e.preventDefault();
    };
    handlers.set(article, h);
  }
  return h;
}

/** A broken image leaves the neutral box, not the browser's broken-image icon. */
function onImageError(e: Event) {
  (e.target as HTMLElement).setAttribute('data-broken', '');
}

function primary(lang: string | undefined): string | undefined {
  return lang?.toLowerCase().split('-')[0];
}

function ratioClass(o: CardOptions, hasSize: boolean): string {
  const r = o.imageRatio && (IMAGE_RATIOS as readonly string[]).includes(o.imageRatio);
  if (r) return `media ratio-${o.imageRatio!.replace('/', '-')}`;
  return hasSize ? 'media' : 'media ratio-16-9';
}

function imageTemplate(a: Article, o: CardOptions) {
  const img = a.image;
  const src = safeUrl(img?.url);
  if (!img || !src || o.noImage || o.layout === 'compact') return nothing;
  const hasSize = !!(img.width && img.height);
  const srcset = safeSrcset(img.srcset);
  // The headline already names the article: an alt that repeats it is noise.
  const alt = img.alt && img.alt.trim() !== a.title.trim() ? img.alt : '';
  return html`<div class=${ratioClass(o, hasSize)} part="image-box">
    <img
      part="image"
      src=${src}
      srcset=${ifDefined(srcset)}
      sizes=${ifDefined(srcset ? (o.imageSizes ?? defaultSizes(o.layout)) : undefined)}
      width=${ifDefined(hasSize ? img.width : undefined)}
      height=${ifDefined(hasSize ? img.height : undefined)}
      alt=${alt}
      loading=${o.priority ? 'eager' : 'lazy'}
      fetchpriority=${ifDefined(o.priority ? 'high' : undefined)}
      decoding="async"
      @error=${onImageError}
    />
  </div>`;
}

function defaultSizes(layout: CardLayout | undefined): string {
  if (layout === 'hero') return '100vw';
  if (layout === 'horizontal') return '(min-width: 40em) 16rem, 40vw';
  return '(min-width: 40em) 24rem, 100vw';
}

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(names: string[], locale: string): string {
  try {
    let f = listFormats.get(locale);
    if (!f) {
      f = new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'});
      listFormats.set(locale, f);
    }
    return f.format(names);
  } catch {
    return names.join(', ');
  }
}

function bylineTemplate(a: Article, o: CardOptions) {
  const names = a.authors.map((x) => x.name).filter(Boolean);
  if (o.noByline || !names.length) return nothing;
  const list = listFormat(names, o.locale);
  return html`<p part="byline" class="byline">
    ${msg(str`By ${list}`, {id: 'card.byline', desc: 'Byline: the authors of an article'})}
  </p>`;
}

function sourceTemplate(a: Article) {
  if (!a.source?.name) return nothing;
  const name = a.source.name;
  return html`<span part="source" class="source"
    >${msg(str`According to ${name}`, {
      id: 'card.source',
      desc: 'Attribution to the outlet an article comes from, as in "(According to VNEconomy)"',
    })}</span
  >`;
}

function tagsTemplate(a: Article) {
  if (!a.tags.length) return nothing;
  return html`<ul
    part="tags"
    class="tags"
    aria-label=${msg('Tags', {id: 'tags.label', desc: 'Label of a list of topic tags'})}
  >
    ${a.tags.map((t) => html`<li part="tag" class="tag">${t}</li>`)}
  </ul>`;
}

/** The card for one article. Each part renders only when the data has it. */
export function cardTemplate(a: Article, o: CardOptions): TemplateResult {
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
  const headline = href
    ? html`<a
        part="headline"
        class="headline-link"
        href=${href}
        target=${ifDefined(target)}
        rel=${ifDefined(relFor(target))}
        @click=${selectHandler(a)}
        >${title}</a
      >`
    : html`<span part="headline">${title}</span>`;
  const time = timeTemplate(a.published ?? a.updated, {
    locale: o.locale,
    format: 'absolute',
    timeZone: o.timeZone,
  });
  const source = sourceTemplate(a);
  return html`<article
    part="card"
    class="card card--${layout}${href ? ' card--linked' : ''}"
    lang=${ifDefined(marked ? a.language : undefined)}
    dir=${ifDefined(contentDir)}
  >
    <div class="body" part="body">
      ${a.section ? html`<p part="section" class="section">${a.section}</p>` : nothing}
      ${headingTemplate(clampHeadingLevel(o.headingLevel), headline)}
      ${
        a.summary && !o.noSummary && layout !== 'compact'
          ? html`<p part="summary" class="summary${clamp}">${a.summary}</p>`
          : nothing
      }
      ${bylineTemplate(a, o)}
      ${
        time !== nothing || source !== nothing
          ? html`<p part="meta" class="meta">${time}${source}</p>`
          : nothing
      }
      ${tagsTemplate(a)}
    </div>
    ${imageTemplate(a, o)}
  </article>`;
}

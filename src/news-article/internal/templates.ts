/**
 * The templates of `<news-article>` around its header and footer: the meta line (the card's
 * byline, dateline, times), the lead photo and the comments link; and the parts of the nested
 * elements it forwards with `exportparts`.
 */
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Article} from '../../data/article.js';
import {safeImageUrl, safeUrl} from '../../data/sanitize.js';
import {isolateIn, listRuns} from '../../i18n/bidi.js';
import {numberFormat, pluralRules} from '../../i18n/intl-cache.js';
import {msg, str} from '../../i18n/localize.js';
import {bylineSentence} from '../../internal/templates/card.js';
import {altBesideHeadline} from '../../internal/templates/image.js';
import {timeTemplate} from '../../internal/templates/time.js';
import {captionParts} from '../caption.js';
// Defines nothing (the element registers it through `dependencies`): the tag's type for templates.
import '../../photo-caption/photo-caption.component.js';

/** The parts of the nested elements, forwarded (`exportparts`) with a prefix. */
const forward = (prefix: string, parts: string[]) =>
  parts.map((p) => `${p}: ${prefix}-${p}`).join(', ');
export const BREADCRUMB_PARTS = forward('breadcrumbs', ['nav', 'list', 'item', 'link', 'current']);
export const TAG_PARTS = forward('tags', ['label', 'list', 'tag', 'link']);
export const LEAD_PHOTO_PARTS = forward('lead-photo', [
  'figure',
  'image-box',
  'image',
  'caption',
  'translation',
  'credit',
  'zoom',
]);

/** How the meta line shows dates and the dateline. */
export interface MetaOptions {
  timeZone?: string;
  dateFormat?: string;
  /** `inline`: the dateline opens the body instead of standing in the meta line. */
  datelineStyle?: 'meta' | 'inline';
}

/** Byline (names isolated), dateline, published and updated times. */
export function metaTemplate(a: Article, locale: string, o: MetaOptions = {}) {
  const names = a.authors.map((x) => x.name).filter(Boolean);
  const byline = names.length
    ? html`<span part="byline" class="byline"
        >${isolateIn(bylineSentence, listRuns(names, locale))}</span
      >`
    : nothing;
  const time = {
    locale,
    format: 'absolute' as const,
    withTime: true,
    timeZone: o.timeZone,
    dateFormat: o.dateFormat,
  };
  const published = timeTemplate(a.published, time, 'published');
  const pub = Date.parse(a.published ?? '');
  const upd = Date.parse(a.updated ?? '');
  const showUpdated = Number.isFinite(upd) && (!Number.isFinite(pub) || upd - pub > 60_000);
  const updated = showUpdated
    ? timeTemplate(a.updated, {...time, kind: 'updated'}, 'updated')
    : nothing;
  const dateline =
    a.dateline && o.datelineStyle !== 'inline'
      ? html`<bdi part="dateline" class="dateline">${a.dateline}</bdi>`
      : nothing;
  const items = [byline, dateline, published, updated].filter((x) => x !== nothing);
  if (!items.length) return nothing;
  return html`<p part="meta" class="meta">
    ${items.map((x) => html`<span class="meta-item">${x}</span>`)}
  </p>`;
}

/** The lead image as a `<photo-caption>`, its parts forwarded. */
export function leadPhotoTemplate(a: Article, lang: string | undefined) {
  const img = a.image;
  const src = safeImageUrl(img?.url);
  if (!img || !src) return nothing;
  const parts = captionParts(img.caption ?? '', a.language);
  const alt = altBesideHeadline(img.alt, a.title);
  return html`<photo-caption
    part="lead-photo"
    exportparts=${LEAD_PHOTO_PARTS}
    class="lead-photo"
    src=${src}
    alt=${alt}
    width=${ifDefined(img.width)}
    height=${ifDefined(img.height)}
    srcset=${ifDefined(img.srcset)}
    sizes=${ifDefined(img.srcset ? '(min-width: 48rem) 42rem, 100vw' : undefined)}
    caption=${ifDefined(parts.caption)}
    caption-lang=${ifDefined(parts.captionLang ?? lang)}
    translation=${ifDefined(parts.translation)}
    translation-lang=${ifDefined(parts.translationLang)}
    credit=${ifDefined(img.credit ?? parts.credit)}
    priority
  ></photo-caption>`;
}

/** The comments link, with the count in words (the true total when known). */
export function commentsTemplate(a: Article, locale: string, total?: number) {
  const href = safeUrl(a.commentsUrl);
  if (!href) return nothing;
  // The true total (X-WP-Total) when known: `_embedded.replies` stops at WordPress's page size.
  const n = total ?? a.commentCount;
  let text: string;
  if (typeof n !== 'number') {
    text = msg('Comments', {id: 'news-article.comments', desc: 'Link to the comments'});
  } else {
    let count: string;
    let rule: Intl.LDMLPluralRule = 'other';
    try {
      count = numberFormat(locale).format(n);
      rule = pluralRules(locale).select(n);
    } catch {
      count = String(n);
    }
    text =
      n === 0
        ? msg('No comments yet', {
            id: 'news-article.comments.zero',
            desc: 'Link to the comments when there are none',
          })
        : rule === 'one'
          ? msg(str`${count} comment`, {
              id: 'news-article.comments.one',
              desc: 'Link to the comments, singular (the value is the number)',
            })
          : msg(str`${count} comments`, {
              id: 'news-article.comments.other',
              desc: 'Link to the comments, plural (the value is the number)',
            });
  }
  return html`<p part="comments" class="comments"><a href=${href}>${text}</a></p>`;
}

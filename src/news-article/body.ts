/**
 * The article body: feed HTML → sanitized nodes fit for the page.
 *
 * 1. Before sanitizing (in an inert document): iframes, embeds, objects, video and audio
 *    become plain links to their http(s) source, since the sanitizer drops them.
 * 2. `sanitizeFragment` (DOMPurify, loaded on first use).
 * 3. After sanitizing, still in the sanitizer's inert document (nothing runs, nothing loads):
 *    figures become `<photo-caption>`, the lead image is not repeated, headings are demoted
 *    below the headline, tables scroll in a labelled focusable region, the dateline and the
 *    closing source line are taken out (the element shows them in their own places).
 *
 * The result is a detached element of the page's document, built from sanitized markup only.
 */
import {datelineBlock, sourceBlock} from '../data/conventions.js';
import {htmlToText, inertDocument, sanitizeFragment} from '../data/html.js';
import {safeUrl} from '../data/sanitize.js';
import {captionParts} from './caption.js';

export interface BodyLabels {
  /** Accessible name of a table's scroll region when the table has no caption. */
  table: string;
  /** Text of the link that replaces an embed without a title. */
  embed: (host: string) => string;
}

export interface BodyOptions {
  /** Base for relative URLs (the article's URL). */
  baseUrl?: string;
  /** Level of the article's headline: body headings go below it. */
  headingLevel: number;
  /** The lead image shown above the body: a figure of the same image is dropped. */
  leadImageUrl?: string;
  /** `Article.dateline`: "(LĐXH)-" is taken off the first paragraph. */
  dateline?: string;
  /**
   * `inline` keeps the dateline where the newsroom wrote it, "(LĐXH)- …" opening the body
   * (written there when the body's text does not have it); default: taken off (the element
   * shows it in the meta line).
   */
  datelineStyle?: 'inline' | 'meta';
  /** Take the closing "(According to …)" paragraph out (the element shows the source line). */
  stripSource?: boolean;
  /** The article's language, for captions whose other line is Vietnamese. */
  lang?: string;
  labels: BodyLabels;
}

const EMBEDS = 'iframe,embed,object,video,audio';
const BLOCK_PARENT = /^(BODY|DIV|SECTION|ARTICLE|FIGURE|BLOCKQUOTE|LI|TD|TH|ASIDE|MAIN)$/;

/** Step 1: every embed becomes `<a class="embed-link" href>` (or goes, without an http(s) source). */
export function embedsToLinks(html: string, o: Pick<BodyOptions, 'baseUrl' | 'labels'>): string {
  if (!/<(iframe|embed|object|video|audio)\b/i.test(html)) return html;
  const doc = inertDocument(html);
  // Innermost first, so an <object> holding an <embed> becomes one link.
  const embeds = [...doc.body.querySelectorAll(EMBEDS)].reverse();
  for (const el of embeds) {
    if (!el.isConnected) continue;
    const raw =
      el.getAttribute('src') ??
      el.getAttribute('data') ??
      el.querySelector('source[src]')?.getAttribute('src');
    const url = safeUrl(raw, o.baseUrl);
    if (!url) {
      el.remove();
      continue;
    }
    const a = doc.createElement('a');
    a.className = 'embed-link';
    a.href = url;
    const title = (el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '').trim();
    a.textContent = title || o.labels.embed(new URL(url).hostname);
    if (BLOCK_PARENT.test(el.parentElement?.tagName ?? 'BODY')) {
      const p = doc.createElement('p');
      p.className = 'embed';
      p.append(a);
      el.replaceWith(p);
    } else {
      el.replaceWith(a);
    }
  }
  return doc.body.innerHTML;
}

function sameImage(a: string | null, b: string | undefined): boolean {
  if (!a || !b) return false;
  const strip = (u: string) => u.replace(/[?#].*$/, '').replace(/-\d+x\d+(?=\.\w+$)/, '');
  return strip(a) === strip(b);
}

/** Lines of a figcaption: split at `<br>` and block children, as text. */
function captionLines(cap: Element | null): string[] {
  if (!cap) return [];
  const html = cap.innerHTML.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div)>/gi, '\n');
  return html
    .split('\n')
    .map((l) => htmlToText(l))
    .filter(Boolean);
}

function figureToPhoto(fig: Element, doc: Document, o: BodyOptions): Element | undefined {
  const img = fig.querySelector('img');
  const src = img?.getAttribute('src');
  if (!img || !src) return undefined;
  const photo = doc.createElement('photo-caption');
  photo.setAttribute('src', src);
  photo.setAttribute('alt', img.getAttribute('alt') ?? '');
  for (const attr of ['width', 'height', 'srcset', 'sizes']) {
    const v = img.getAttribute(attr);
    if (v) photo.setAttribute(attr, v);
  }
  const parts = captionParts(captionLines(fig.querySelector('figcaption')).join('\n'), o.lang);
  const attrs: [string, string | undefined][] = [
    ['caption', parts.caption],
    ['caption-lang', parts.captionLang],
    ['translation', parts.translation],
    ['translation-lang', parts.translationLang],
    ['credit', parts.credit],
  ];
  for (const [name, v] of attrs) if (v) photo.setAttribute(name, v);
  photo.setAttribute('part', 'photo');
  return photo;
}

function figures(root: DocumentFragment, doc: Document, o: BodyOptions) {
  for (const fig of root.querySelectorAll('figure')) {
    const img = fig.querySelector('img');
    if (!img) continue;
    if (sameImage(img.getAttribute('src'), o.leadImageUrl)) {
      fig.remove();
      continue;
    }
    const photo = figureToPhoto(fig, doc, o);
    if (photo) fig.replaceWith(photo);
  }
  for (const img of root.querySelectorAll('img')) {
    const parent = img.parentElement;
    if (sameImage(img.getAttribute('src'), o.leadImageUrl)) {
      img.remove();
      if (parent?.tagName === 'P' && !parent.textContent?.trim() && !parent.children.length)
        parent.remove();
      continue;
    }
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
}

/** Body headings keep their order and steps, the highest one just below the headline. */
function demoteHeadings(root: DocumentFragment, doc: Document, headingLevel: number) {
  const headings = [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')];
  if (!headings.length) return;
  const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
  const shift = Math.max(0, headingLevel + 1 - top);
  if (!shift) return;
  for (const h of headings) {
    const level = Math.min(6, Number(h.tagName[1]) + shift);
    const next = doc.createElement(`h${level}`);
    for (const attr of h.attributes) next.setAttribute(attr.name, attr.value);
    next.append(...h.childNodes);
    h.replaceWith(next);
  }
}

/** Each outermost table scrolls sideways inside a labelled region that the keyboard can reach. */
function wrapTables(root: DocumentFragment, doc: Document, label: string) {
  for (const table of root.querySelectorAll('table')) {
    if (table.parentElement?.closest('table')) continue;
    const region = doc.createElement('div');
    region.className = 'table-scroll';
    region.setAttribute('part', 'table-scroll');
    region.setAttribute('role', 'region');
    region.setAttribute('tabindex', '0');
    const caption = table.querySelector(':scope > caption')?.textContent?.trim();
    region.setAttribute('aria-label', caption || label);
    table.replaceWith(region);
    region.append(table);
  }
}

/** The dateline: taken off the opening paragraph, or (inline) kept there and marked. */
function dateline(root: DocumentFragment, doc: Document, o: BodyOptions) {
  const found = datelineBlock(root);
  if (o.datelineStyle !== 'inline') {
    if (found && found.dateline === o.dateline) found.strip();
    return;
  }
  if (found || !o.dateline) return;
  // Inline, but the body does not write it: open the first paragraph with it.
  const first = [...root.querySelectorAll('p')].find((p) => p.textContent?.trim());
  if (!first) return;
  const span = doc.createElement('span');
  span.setAttribute('part', 'dateline');
  span.textContent = o.dateline.includes('(') ? `${o.dateline} - ` : `(${o.dateline})- `;
  first.prepend(span);
}

/** Steps 1–3: a detached `<div>` of the page's document holding the transformed body. */
export async function buildBody(html: string, o: BodyOptions): Promise<HTMLElement> {
  // Worked on where the sanitizer parsed it (an inert document), then imported once.
  const root = await sanitizeFragment(embedsToLinks(html, o), {baseUrl: o.baseUrl});
  const doc = root.ownerDocument;
  figures(root, doc, o);
  demoteHeadings(root, doc, o.headingLevel);
  wrapTables(root, doc, o.labels.table);
  dateline(root, doc, o);
  if (o.stripSource) sourceBlock(root)?.strip();
  for (const p of root.querySelectorAll('p')) {
    if (!p.textContent?.trim() && !p.querySelector('img,photo-caption,a')) p.remove();
  }
  // On a server (no page document) the box stays in the sanitizer's document.
  const page = globalThis.document ?? doc;
  const box = page.createElement('div');
  box.append(page.importNode(root, true));
  return box;
}

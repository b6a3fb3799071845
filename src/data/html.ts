/**
 * HTML from feeds: read in an inert document (no script runs, nothing loads), turned into text
 * for text fields, and sanitized (DOMPurify, loaded on first use) for `contentHtml` and
 * captions. Only http(s), mailto and relative links survive.
 */
import {inertFragment, parseInert, stripEventHandlers} from './inert.js';
import type {ArticleImage} from './article.js';
import {splitCredit} from './conventions.js';
import {domWindow, safeSrcset, safeUrl, serverDomWindow} from './sanitize.js';

/** An inert document for `html` (DOMParser documents run no script and load nothing). */
export function inertDocument(html: string): Document {
  return parseInert(`<!doctype html><body>${html}`, 'text/html');
}

// Elements whose edges separate words: a space is put at each before the text is read.
const BLOCKS =
  'p,div,br,li,h1,h2,h3,h4,h5,h6,figcaption,figure,tr,blockquote,section,article,ul,ol';

/**
 * Plain text of parsed HTML: tags gone, script and style text dropped, whitespace folded.
 * Changes `root` (spaces at block edges): use it on a fragment parsed for reading.
 */
export function nodeText(root: ParentNode): string {
  root.querySelectorAll('script,style,template,noscript').forEach((n) => n.remove());
  for (const el of root.querySelectorAll(BLOCKS)) {
    el.before(' ');
    el.after(' ');
  }
  return ((root as Node).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Plain text of an HTML fragment: entities decoded, tags gone, whitespace folded. */
export function htmlToText(html: string | undefined | null): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  return nodeText(inertFragment(html));
}

/** The lead image in parsed HTML: its first figure or img, with the figcaption split into credit. */
export function imageIn(root: ParentNode, base?: string): ArticleImage | undefined {
  for (const img of root.querySelectorAll('img')) {
    const url = safeUrl(img.getAttribute('src') ?? img.getAttribute('data-src'), base);
    if (!url) continue;
    const out: ArticleImage = {url};
    const alt = img.getAttribute('alt');
    if (alt !== null) out.alt = alt.trim();
    const w = Number(img.getAttribute('width'));
    const h = Number(img.getAttribute('height'));
    if (w > 0 && h > 0) Object.assign(out, {width: w, height: h});
    const srcset = safeSrcset(img.getAttribute('srcset'), base);
    if (srcset) out.srcset = srcset;
    const figcaption = img.closest('figure')?.querySelector('figcaption');
    const caption = figcaption ? nodeText(figcaption) : '';
    if (caption) {
      const split = splitCredit(caption);
      out.caption = split.caption;
      if (split.credit) out.credit = split.credit;
    }
    return out;
  }
  return undefined;
}

/** The lead image of a body: its first figure or img, with the figcaption split into credit. */
export function firstImage(html: string | undefined, base?: string): ArticleImage | undefined {
  if (!html || !/<img/i.test(html)) return undefined;
  return imageIn(inertFragment(html), base);
}

const FORBID_TAGS = [
  'script',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
];

type Purify = typeof import('dompurify').default;
let purify: Promise<Purify> | undefined;

function loadPurify(): Promise<Purify> {
  purify ??= import('dompurify').then((m) => {
    // On a server, a DOMPurify of the server's window (`news-blocks/server`).
    const server = serverDomWindow();
    const p = server ? m.default(server as unknown as Parameters<Purify>[0]) : m.default;
    if (!p.isSupported) {
      purify = undefined;
      throw new Error('news-blocks: no DOM (import news-blocks/server.js)');
    }
    p.addHook('uponSanitizeAttribute', (_node, data) => {
      if (data.attrName.startsWith('on') || data.attrName === 'style') data.keepAttr = false;
    });
    return p;
  });
  return purify;
}

const LINK = /^(?:https?:|mailto:|[^:]*$)/i;

/**
 * Sanitized HTML: no script, style, form, iframe, object or embed; no `on*` or `style`
 * attributes; links http(s), mailto and relative only (resolved against `baseUrl`);
 * `target=_blank` links get `rel="noopener noreferrer"`. Loads DOMPurify on first call.
 */
export async function sanitizeHtml(
  html: string,
  options: {baseUrl?: string} = {}
): Promise<string> {
  const fragment = await sanitizeFragment(html, options);
  // Serialized inside the sanitizer's inert document: nothing here starts loading.
  const div = (fragment.ownerDocument ?? domWindow()!.document).createElement('div');
  div.append(fragment);
  return div.innerHTML;
}

/**
 * The same, as nodes of an inert document (for code that goes on working on the DOM before it
 * imports the result into the page, with no second parse).
 */
export async function sanitizeFragment(
  html: string,
  {baseUrl}: {baseUrl?: string} = {}
): Promise<DocumentFragment> {
  const p = await loadPurify();
  // DOMPurify parses the text itself: `on*` attributes go first, so the parse sends no
  // `script-src-attr` report (see `inert.ts`).
  const fragment = p.sanitize(stripEventHandlers(html), {
    FORBID_TAGS,
    FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'ping', 'xmlns'],
    ALLOW_DATA_ATTR: false,
    // DOMPurify drops `target` by default; keep it so `_blank` links get their rel below.
    ADD_ATTR: ['target'],
    ALLOWED_URI_REGEXP: LINK,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment | null;
  if (!fragment) return new DocumentFragment();
  for (const el of fragment.querySelectorAll('[href],[src],[srcset],[poster],[cite]')) {
    for (const attr of ['href', 'src', 'poster', 'cite']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const isMail = attr === 'href' && /^mailto:/i.test(v.trim());
      const safe = isMail ? v.trim() : safeUrl(v, baseUrl);
      if (safe) el.setAttribute(attr, safe);
      else el.removeAttribute(attr);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) {
      const safe = safeSrcset(srcset, baseUrl);
      if (safe) el.setAttribute('srcset', safe);
      else el.removeAttribute('srcset');
    }
  }
  for (const a of fragment.querySelectorAll('a[target]')) {
    if (a.getAttribute('target') === '_blank') a.setAttribute('rel', 'noopener noreferrer');
    else a.removeAttribute('target');
  }
  return fragment;
}

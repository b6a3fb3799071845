/**
 * HTML from feeds: read in an inert document (no script runs, nothing loads), turned into text
 * for text fields, and sanitized (DOMPurify, loaded on first use) for `contentHtml` and
 * captions. Only http(s), mailto and relative links survive.
 */
import {inertFragment, parseInert, stripEventHandlers} from './inert.js';
import type {ArticleImage} from './article.js';
import {splitCredit} from './conventions.js';
import {domWindow, safeImageUrl, safeSrcset, safeUrl, serverDomWindow} from './sanitize.js';

// Whitespace runs to fold into one space: only those that change (two or more, or one that is
// not a space). Same result as `replace(/\s+/g, ' ')`, which also replaces every lone space
// between words with a new one: a quarter of the time on a body's text.
const FOLD = /\s{2,}|[^\S ]/g;

/** The text with each whitespace run folded into one space and no space at its ends. */
export function foldSpace(text: string): string {
  return text.replace(FOLD, ' ').trim();
}

/** An inert document for `html` (DOMParser documents run no script and load nothing). */
export function inertDocument(html: string): Document {
  return parseInert(`<!doctype html><body>${html}`, 'text/html');
}

// Elements whose edges separate words: a space is read at each, before and after its text.
const BLOCKS = new Set(
  'p,div,br,li,h1,h2,h3,h4,h5,h6,figcaption,figure,tr,blockquote,section,article,ul,ol'.split(',')
);
// Elements whose text is no reader's text.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

function textOf(node: Node, out: string[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 || c.nodeType === 4) out.push((c as CharacterData).data);
    else if (c.nodeType === 1) {
      const name = (c as Element).localName;
      if (SKIPPED.has(name)) continue;
      const block = BLOCKS.has(name);
      if (block) out.push(' ');
      textOf(c, out);
      if (block) out.push(' ');
    }
  }
}

/**
 * Plain text of parsed HTML: tags gone, script and style text dropped, a space at the edges of
 * block elements, whitespace folded. Reads the tree without changing it (the HTML parser nests
 * at most 512 deep, so the walk's recursion is bounded).
 */
export function nodeText(root: ParentNode): string {
  const out: string[] = [];
  textOf(root as Node, out);
  return foldSpace(out.join(''));
}

// The markup the text reader below reads without the HTML parser: tags from this list that nest
// properly, and a few entities. Anything else (comments, other tags, stray or unclosed end tags,
// `/>` on a non-void, attributes not in double quotes, another entity) goes to the parser, so
// both readings give the same text.
const SIMPLE_INLINE = new Set(
  'a,abbr,b,bdi,bdo,cite,code,data,del,dfn,em,i,ins,kbd,mark,q,s,samp,small,span,strong,sub,sup,time,u,var'.split(
    ','
  )
);
const SIMPLE_BLOCK = new Set(
  'p,div,li,h1,h2,h3,h4,h5,h6,figcaption,figure,blockquote,section,article,ul,ol'.split(',')
);
const SIMPLE_VOID = new Set(['br', 'img', 'wbr']);
// Blocks that close an open `<p>` or heading, or in which the HTML parser moves things: none of
// them may open inside these.
const CLOSES_ON_BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TOKEN =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*"[^"<&\0]*")?)*)\s*(\/?)>|&([a-zA-Z]+|#\d{1,7}|#[xX][\da-fA-F]{1,6});|[<&\0]/g;
const NAMED = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    hellip: '\u2026',
    ndash: '\u2013',
    mdash: '\u2014',
    lsquo: '\u2018',
    rsquo: '\u2019',
    ldquo: '\u201c',
    rdquo: '\u201d',
    laquo: '\u00ab',
    raquo: '\u00bb',
    middot: '\u00b7',
    bull: '\u2022',
    copy: '\u00a9',
    reg: '\u00ae',
    trade: '\u2122',
  })
);

/** An `<img>` met by `readSimpleHtml`: its attributes and its figure's caption. */
interface SimpleImage {
  attrs: Map<string, string>;
  figure?: {caption?: string};
}

/**
 * The tree of simple markup, as the HTML parser would build it, without a DOM: its elements
 * (not the void ones) in document order, each with its parent (-1: the fragment) and the part
 * of `text` it holds. `text` is the markup's text with a NUL where an element's edge or a `<br>`
 * separates words (the markup itself has none): an element's `textContent` is its part without
 * them.
 */
export interface SimpleTree {
  text: string;
  elements: {name: string; parent: number; start: number; end?: number}[];
}

// Whitespace and the reader's word breaks (NUL), folded as `foldSpace` folds whitespace.
const FOLD_BREAKS = /[\s\0]{2,}|[^\S ]|\0/g;
const foldBreaks = (text: string) => text.replace(FOLD_BREAKS, ' ').trim();

const ATTR = /\s+([a-zA-Z_:][-\w:.]*)(?:\s*=\s*"([^"]*)")?/g;

function attrsOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = m[1].toLowerCase();
    // The first of two same-named attributes counts, as in the parser.
    if (!out.has(name)) out.set(name, m[2] ?? '');
  }
  return out;
}

/**
 * Simple markup read without a parse (most summaries and bodies in feeds: paragraphs, figures,
 * images, links, emphasis and a few entities): its text, as `nodeText` reads it, its images
 * (into `images`, when given) and its tree (into `tree`, when given); or `undefined` when the
 * markup is not simple enough to be sure the HTML parser would build the same tree. A feed's
 * items otherwise pay an HTML parse each for their summary and body: after the XML parse, most
 * of what reading a feed costs.
 */
function readSimpleHtml(
  html: string,
  images?: SimpleImage[],
  tree?: SimpleTree
): string | undefined {
  // Before it reads anything the parser turns CR LF and CR into LF (in attribute values too).
  // It drops NUL characters from text: a NUL is the parser's (`TOKEN`).
  html = html.replace(/\r\n?/g, '\n');
  const stack: string[] = [];
  // Open figures (`null` for other elements) and the figcaptions being read.
  const figures: ({caption?: string} | null)[] = [];
  const captions: {figures: {caption?: string}[]; at: number}[] = [];
  // The tree's open elements (indexes into `tree.elements`).
  const open: number[] = [];
  // How many open elements a block may not open inside (`CLOSES_ON_BLOCK` and inline ones).
  let closers = 0;
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    out += html.slice(last, m.index);
    last = TOKEN.lastIndex;
    const [token, close, rawName, attrs, selfClose, entity] = m;
    if (rawName) {
      const name = rawName.toLowerCase();
      if (SIMPLE_VOID.has(name)) {
        if (close) return undefined;
        if (name === 'br') out += '\0';
        if (name === 'img' && images) {
          let figure: {caption?: string} | undefined;
          for (let k = figures.length - 1; k >= 0 && !figure; k--) figure = figures[k] ?? undefined;
          images.push({attrs: attrsOf(attrs), figure});
        }
        continue;
      }
      const block = SIMPLE_BLOCK.has(name);
      if (selfClose || (!block && !SIMPLE_INLINE.has(name))) return undefined;
      if (close) {
        if (stack.pop() !== name) return undefined;
        if (CLOSES_ON_BLOCK.has(name) || !block) closers--;
        figures.pop();
        if (tree) tree.elements[open.pop()!].end = out.length;
        if (name === 'figcaption') {
          const c = captions.pop()!;
          const text = foldBreaks(out.slice(c.at));
          for (const f of c.figures) f.caption = text;
        }
        if (block) out += '\0';
      } else {
        // Where the parser would close an element by itself or re-nest: the parser's turn.
        const top = stack[stack.length - 1];
        if (block && closers) return undefined;
        if (name === 'li' && top !== 'ul' && top !== 'ol') return undefined;
        if (name === 'a' && stack.includes('a')) return undefined;
        stack.push(name);
        if (CLOSES_ON_BLOCK.has(name) || !block) closers++;
        figures.push(name === 'figure' ? {} : null);
        if (block) out += '\0';
        if (tree) {
          tree.elements.push({name, parent: open[open.length - 1] ?? -1, start: out.length});
          open.push(tree.elements.length - 1);
        }
        // A figure's caption is its first figcaption, at any depth (`querySelector`).
        if (name === 'figcaption') {
          const unset = figures.filter(
            (f): f is {caption?: string} => !!f && f.caption === undefined
          );
          captions.push({figures: unset, at: out.length});
        }
      }
    } else if (entity) {
      let ch: string | undefined;
      if (entity[0] !== '#') ch = NAMED.get(entity);
      else {
        const c =
          entity[1] === 'x' || entity[1] === 'X'
            ? parseInt(entity.slice(2), 16)
            : Number(entity.slice(1));
        // The code points a reference gives as they are (not C0/C1 controls, surrogates or
        // beyond Unicode, which the parser maps).
        if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0xd800) || (c >= 0xe000 && c <= 0xfffd))
          ch = String.fromCharCode(c);
      }
      if (ch === undefined) return undefined;
      out += ch;
    } else if (token === '&' && /^[\s<]|^$/.test(html.slice(last, last + 1))) {
      // A bare `&` before a space or a tag is text.
      out += '&';
    } else return undefined;
  }
  if (stack.length) return undefined;
  out += html.slice(last);
  if (tree) tree.text = out;
  return foldBreaks(out);
}

/** The text of simple markup without a parse, or `undefined` (see `readSimpleHtml`). */
export function simpleHtmlText(html: string): string | undefined {
  return readSimpleHtml(html);
}

/**
 * Text and lead image (as `nodeText` and `imageIn` read them) of simple markup without a parse,
 * or `undefined` when the markup is not simple (see `readSimpleHtml`).
 */
export function simpleHtmlTextAndImage(
  html: string,
  base?: string
): {text: string; image?: ArticleImage} | undefined {
  return simpleHtmlRead(html, {base, image: true});
}

/**
 * Simple markup read without a parse (see `readSimpleHtml`), or `undefined`: its text; with
 * `image`, its lead image (as `imageIn` reads it); with `tree`, its tree (`SimpleTree`, for the
 * readers of a body's conventions).
 */
export function simpleHtmlRead(
  html: string,
  {base, image, tree}: {base?: string; image?: boolean; tree?: boolean}
): {text: string; image?: ArticleImage; tree?: SimpleTree} | undefined {
  const images: SimpleImage[] = [];
  const t: SimpleTree | undefined = tree ? {text: '', elements: []} : undefined;
  const text = readSimpleHtml(html, image ? images : undefined, t);
  if (text === undefined) return undefined;
  const out: {text: string; image?: ArticleImage; tree?: SimpleTree} = {text, tree: t};
  images.some((img) => {
    out.image = imageOf(
      (n) => img.attrs.get(n) ?? null,
      () => img.figure?.caption ?? '',
      base
    );
    return out.image;
  });
  return out;
}

/** Plain text of an HTML fragment: entities decoded, tags gone, whitespace folded. */
export function htmlToText(html: string | undefined | null): string {
  if (!html) return '';
  if (!/[<&\0]/.test(html)) return foldSpace(html);
  return simpleHtmlText(html) ?? nodeText(inertFragment(html));
}

/** An image from its attributes and its caption's text, when its URL is http(s). */
function imageOf(
  attr: (name: string) => string | null,
  captionText: () => string,
  base?: string
): ArticleImage | undefined {
  const url = safeUrl(attr('src') ?? attr('data-src'), base);
  if (!url) return undefined;
  const out: ArticleImage = {url};
  const alt = attr('alt');
  if (alt !== null) out.alt = alt.trim();
  const w = Number(attr('width'));
  const h = Number(attr('height'));
  if (w > 0 && h > 0) Object.assign(out, {width: w, height: h});
  const srcset = safeSrcset(attr('srcset'), base);
  if (srcset) out.srcset = srcset;
  const caption = captionText();
  if (caption) {
    const split = splitCredit(caption);
    out.caption = split.caption;
    if (split.credit) out.credit = split.credit;
  }
  return out;
}

/** The lead image in parsed HTML: its first figure or img, with the figcaption split into credit. */
export function imageIn(root: ParentNode, base?: string): ArticleImage | undefined {
  for (const img of root.querySelectorAll('img')) {
    const out = imageOf(
      (n) => img.getAttribute(n),
      () => {
        const figcaption = img.closest('figure')?.querySelector('figcaption');
        return figcaption ? nodeText(figcaption) : '';
      },
      base
    );
    if (out) return out;
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
      // An <img>'s src may be a data: image (`safeImageUrl`); every other URL http(s) only.
      const image = attr === 'src' && el.localName === 'img';
      const safe = isMail ? v.trim() : image ? safeImageUrl(v, baseUrl) : safeUrl(v, baseUrl);
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

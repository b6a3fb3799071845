/**
 * Conventions in an article body's markup (one reader for the data model and the article body):
 * the dateline block opening it, the source line closing it, a standfirst that only repeats its
 * start, and `withConventions`, which applies them to an `Article` however it came.
 */
import type {Article} from '../article.js';
import {parseInert} from '../inert.js';
import {matchDateline, stripDateline} from './dateline.js';
import {foldName} from './names.js';
import {findSource} from './source.js';

/** What the body's readers skip (figures, captions, tables …), and its blocks of text. */
export const SKIP = 'figure,figcaption,photo-caption,picture,img,script,style,table';
export const BLOCKS = 'p,div,li,blockquote,h1,h2,h3,h4,h5,h6,section,article';

/** `NodeFilter.SHOW_TEXT` (no `NodeFilter` global on a server). */
const SHOW_TEXT = 0x4;

/** The nearest block holding `node` (inside `root`). */
function blockOf(node: Node, root: ParentNode): Element | undefined {
  const el = node.parentElement?.closest(BLOCKS);
  return el && (root as Node).contains(el) ? el : (node.parentElement ?? undefined);
}

/** Removes the first `n` characters of `el`'s text (across its text nodes). */
function dropStart(el: Element, n: number) {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let t = walker.nextNode(); t && n > 0; t = walker.nextNode()) {
    const v = t.nodeValue ?? '';
    const cut = Math.min(n, v.length);
    t.nodeValue = v.slice(cut);
    n -= cut;
  }
  // The text now starts where the paragraph did: no leading space.
  const first = el.ownerDocument.createTreeWalker(el, SHOW_TEXT).nextNode();
  if (first) first.nodeValue = (first.nodeValue ?? '').trimStart();
}

/** Removes `el`'s text from character `at` to its end. */
function dropEnd(el: Element, at: number) {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let pos = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const v = t.nodeValue ?? '';
    if (pos + v.length > at) t.nodeValue = v.slice(0, Math.max(0, at - pos)).trimEnd();
    pos += v.length;
  }
}

/**
 * The block that opens the body's text, past lead figures and empty paragraphs, when it starts
 * with a dateline: the dateline, and `strip()` to take it off that block.
 */
export function datelineBlock(
  root: ParentNode
): {dateline: string; agency: string; block: Element; strip: () => void} | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.nodeValue?.trim() || t.parentElement?.closest(SKIP)) continue;
    const block = blockOf(t, root);
    if (!block) return undefined;
    const m = matchDateline(block.textContent ?? '');
    if (!m) return undefined;
    return {dateline: m.dateline, agency: m.agency, block, strip: () => dropStart(block, m.length)};
  }
  return undefined;
}

/** Blocks of the body with text, outside figures, in order. */
function textBlocks(root: ParentNode): Element[] {
  return [...root.querySelectorAll(BLOCKS)].filter(
    (b) => !b.closest(SKIP) && !b.querySelector(BLOCKS) && b.textContent?.trim()
  );
}

// A closing author or editor line: a short name without sentence punctuation ("Minh Anh",
// "T.H", "PV").
const AUTHOR_LINE = /^(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}$/u;

/**
 * The source line among the texts of a body's last two blocks with text: in the last one
 * (`at`: where it starts there), or the whole block before a closing author line.
 */
export function sourceIn(
  last: string,
  before: string | undefined
): {name: string; inLast: boolean; at: number} | undefined {
  const found = findSource(last);
  if (found) return {name: found.name, inLast: true, at: found.at};
  if (before !== undefined && AUTHOR_LINE.test(last.trim()) && last.trim().length <= 40) {
    const f = findSource(before);
    if (f && !before.slice(0, f.at).trim()) return {name: f.name, inLast: false, at: 0};
  }
  return undefined;
}

/**
 * The source line closing the body: the last block, the end of the last block, or the block
 * before a closing author line. The name, and `strip()` to take it out of the body.
 */
export function sourceBlock(root: ParentNode): {name: string; strip: () => void} | undefined {
  const blocks = textBlocks(root);
  const last = blocks[blocks.length - 1];
  if (!last) return undefined;
  const before = blocks[blocks.length - 2];
  const lastText = last.textContent ?? '';
  const found = sourceIn(lastText, before?.textContent ?? undefined);
  if (!found) return undefined;
  if (!found.inLast) return {name: found.name, strip: () => before.remove()};
  const whole = !lastText.slice(0, found.at).trim();
  return {name: found.name, strip: () => (whole ? last.remove() : dropEnd(last, found.at))};
}

// WordPress' automatic excerpt ends in " […]" or "&hellip;"; feeds cut others with "…" / "...".
const CUT = /\s*(?:\[\s*(?:…|\.\.\.|&hellip;)\s*\]|…|\.\.\.)\s*$/u;
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * Whether a standfirst only repeats the start of the body (feeds without an excerpt, WordPress'
 * automatic "… […]" one), so it need not be shown above the same text. Compared without a
 * dateline and with or without the figure captions the body starts with.
 */
export function summaryRepeatsBody(summary: string | undefined, html: string | undefined): boolean {
  if (!summary || !html) return false;
  const start = stripDateline(squash(summary.replace(CUT, '')));
  if (start.length < 20) return false;
  const doc = parseInert(`<!doctype html><body>${html}`, 'text/html');
  const all = stripDateline(squash(doc.body.textContent ?? ''));
  doc.body.querySelectorAll(SKIP).forEach((n) => n.remove());
  const text = stripDateline(squash(doc.body.textContent ?? ''));
  return text.startsWith(start) || all.startsWith(start);
}

const withConventionsCache = new WeakMap<Article, Article>();

/** Cheap test before the body is read: no parenthesis, colon, "Theo" or "Nguồn", no convention. */
export function hasConventionHint(html: string): boolean {
  return /[(:]|Theo|Nguồn/iu.test(html);
}

/** The dateline and source line a body's markup shows. */
export interface BodyConventions {
  dateline?: string;
  source?: string;
}

/** What `datelineBlock` and `sourceBlock` find in a parsed (inert) body. */
export function bodyConventions(root: ParentNode): BodyConventions {
  return {dateline: datelineBlock(root)?.dateline, source: sourceBlock(root)?.name};
}

/**
 * The article with the conventions its body shows and the adapter did not set: the dateline
 * (after a lead figure too), the source line (however written), and without a byline that only
 * repeats the dateline's agency ("By LĐXH" under "(LĐXH)-"). The same for an article from a
 * feed or given as a property. The same object when nothing changes. `found`: what
 * `bodyConventions` read from the body the caller already parsed, so a feed's adapter
 * (`buildArticle`) parses each body once.
 */
export function withConventions(a: Article, found?: BodyConventions): Article {
  const cached = withConventionsCache.get(a);
  if (cached) return cached;
  let out = a;
  if (a.contentHtml && (!a.dateline || !a.source) && hasConventionHint(a.contentHtml)) {
    const f =
      found ??
      bodyConventions(parseInert(`<!doctype html><body>${a.contentHtml}`, 'text/html').body);
    const dateline = a.dateline ? undefined : f.dateline;
    const source = a.source ? undefined : f.source;
    if (dateline || source) {
      out = {...a};
      if (dateline) out.dateline = dateline;
      if (source) out.source = {name: source};
    }
  }
  if (out.dateline && out.authors.length) {
    // "Hà Nội (TTXVN)" → TTXVN; "LĐXH" → LĐXH.
    const agency = foldName(/\(([^()]+)\)\s*$/.exec(out.dateline)?.[1] ?? out.dateline);
    const byline = (name: string) => foldName(name.replace(/^\s*(?:By|Bởi|Theo)\s+/iu, ''));
    const authors = out.authors.filter((x) => byline(x.name) !== agency);
    if (authors.length !== out.authors.length) out = {...out, authors};
  }
  withConventionsCache.set(a, out);
  return out;
}

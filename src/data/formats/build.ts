/**
 * What every adapter does after reading its format: text fields to plain text, URLs made safe,
 * the lead image taken from the body when the format has none, and the seed conventions
 * (source line, dateline, caption credit) read from the text.
 */
import type {Article, ArticleAuthor, ArticleImage} from '../article.js';
import {
  bodyConventions,
  extractDateline,
  extractSource,
  hasConventionHint,
  matchDateline,
  splitCredit,
  withConventions,
  type BodyConventions,
} from '../conventions.js';
import {
  foldSpace,
  htmlToText,
  imageIn,
  nodeText,
  simpleHtmlRead,
  type SimpleTree,
} from '../html.js';
// The body's block rules, for `treeConventions` only: from body.ts, not the conventions entry,
// whose every name is also in the text helpers' chunk (the autoloader imports its namespace).
import {BLOCKS, SKIP, sourceIn} from '../conventions/body.js';
import {inertFragment} from '../inert.js';
import {safeSrcset, safeUrl} from '../sanitize.js';

export interface RawArticle {
  id?: string;
  url?: string;
  /** HTML or text: turned into text. */
  title?: string;
  summaryHtml?: string;
  contentHtml?: string;
  image?: Partial<ArticleImage> & {url?: string};
  authors?: ArticleAuthor[];
  published?: string;
  updated?: string;
  section?: string;
  tags?: string[];
  language?: string;
  source?: {name: string; url?: string};
  commentsUrl?: string;
  commentsFeed?: string;
  commentCount?: number;
}

const SUMMARY_MAX = 400;

let parseEveryBody = false;

/**
 * For the equivalence tests only: `true` parses every body (the DOM path, as before the simple
 * reader), so a test can check that reading simple markup without a parse builds the same
 * Articles.
 */
export function setParseEveryBody(on: boolean): void {
  parseEveryBody = on;
}

function canonicalLang(v: string | undefined): string | undefined {
  if (!v) return undefined;
  try {
    return Intl.getCanonicalLocales(v.trim())[0];
  } catch {
    return undefined;
  }
}

export function buildArticle(
  raw: RawArticle,
  base: string | undefined,
  index: number
): Article | undefined {
  const url = safeUrl(raw.url, base);
  const content = raw.contentHtml?.trim() || undefined;
  // The body is parsed once, for its text and its lead image (when the format gave none).
  let contentText = '';
  let contentImage: ArticleImage | undefined;
  let found: BodyConventions | undefined;
  if (content && /[<&]/.test(content)) {
    const wantImage = !safeUrl(raw.image?.url, base) && /<img/i.test(content);
    // Simple markup is read without a parse (`simpleHtmlRead`): its text, its image and, when
    // it may hold a dateline or source line, its tree for them. Other markup is parsed once.
    const hint = hasConventionHint(content);
    const simple = parseEveryBody
      ? undefined
      : simpleHtmlRead(content, {base, image: wantImage, tree: hint});
    if (simple) {
      contentText = simple.text;
      contentImage = simple.image;
      if (simple.tree) found = treeConventions(simple.tree);
    } else {
      const body = inertFragment(content);
      if (hint) found = bodyConventions(body);
      if (wantImage) contentImage = imageIn(body, base);
      contentText = nodeText(body);
    }
  } else if (content) contentText = foldSpace(content);
  const ownTitle = htmlToText(raw.title);
  const summaryText = htmlToText(raw.summaryHtml);
  // A title-less item (valid in RSS, JSON Feed and Atom) is headed by the start of its text;
  // an item with nothing a person could read is dropped.
  const title = ownTitle || headlineFrom(summaryText || contentText);
  if (!title) return undefined;
  let summary = summaryText || undefined;
  if (!summary && contentText) {
    summary =
      contentText.length > SUMMARY_MAX
        ? `${contentText.slice(0, SUMMARY_MAX).replace(/\s+\S*$/, '')}…`
        : contentText;
  }
  const a: Article = {
    id: (raw.id?.trim() || url || `${title}#${index}`).slice(0, 2048),
    title,
    authors: (raw.authors ?? [])
      .map((x) => ({
        name: personName(x.name),
        ...(safeUrl(x.url, base) ? {url: safeUrl(x.url, base)} : {}),
      }))
      .filter((x) => x.name),
    tags: [...new Set((raw.tags ?? []).map((t) => htmlToText(t)).filter(Boolean))],
  };
  if (!ownTitle) a.titleFromText = true;
  if (url) a.url = url;
  if (summary) a.summary = summary;
  if (content) a.contentHtml = content;
  const image = buildImage(raw.image, base) ?? contentImage;
  if (image) a.image = image;
  if (raw.published) a.published = raw.published;
  if (raw.updated) a.updated = raw.updated;
  const section = htmlToText(raw.section);
  if (section) a.section = section;
  const lang = canonicalLang(raw.language);
  if (lang) a.language = lang;
  const source: {name: string; url?: string} | undefined = raw.source?.name
    ? {name: htmlToText(raw.source.name), url: safeUrl(raw.source.url, base)}
    : extractSource(contentText.slice(-200));
  if (source?.name)
    a.source = source.url ? {name: source.name, url: source.url} : {name: source.name};
  const dateline = contentText ? extractDateline(contentText) : undefined;
  if (dateline) a.dateline = dateline;
  const comments = safeUrl(raw.commentsUrl, base);
  if (comments) a.commentsUrl = comments;
  const commentsFeed = safeUrl(raw.commentsFeed, base);
  if (commentsFeed) a.commentsFeed = commentsFeed;
  if (
    typeof raw.commentCount === 'number' &&
    Number.isFinite(raw.commentCount) &&
    raw.commentCount >= 0
  ) {
    a.commentCount = Math.floor(raw.commentCount);
  }
  // The conventions of the body's markup, as for an article given as a property: cards and
  // `<news-article>` show the same dateline, source and byline either way.
  return withConventions(a, found ?? {});
}

const SKIP_NAMES = new Set(SKIP.split(','));
const BLOCK_NAMES = new Set(BLOCKS.split(','));

/**
 * What `bodyConventions` (conventions/body.ts) reads in the fragment the HTML parser would
 * build, read from simple markup's tree without a DOM (`simpleHtmlRead`): the same blocks, the
 * same texts (`textContent`), the same readers (`matchDateline`, `sourceIn`). In the loader's
 * chunk beside its one caller, not in the text helpers' chunk the article pages load.
 */
export function treeConventions({text, elements}: SimpleTree): BodyConventions {
  // The outermost figure (or other skipped element) holding element `i`.
  const skip = (i: number) => {
    let found: number | undefined;
    for (; i >= 0; i = elements[i].parent) if (SKIP_NAMES.has(elements[i].name)) found = i;
    return found;
  };
  const content = (i: number) => text.slice(elements[i].start, elements[i].end).replace(/\0/g, '');
  // The dateline: in the block of the first text outside figures (`datelineBlock`), which holds
  // the first letter outside them. Its parent: the innermost element holding it.
  let dateline: string | undefined;
  const letter = /[^\s\0]/g;
  for (let m = letter.exec(text); m; m = letter.exec(text)) {
    let parent = -1;
    elements.forEach((e, i) => {
      if (e.start <= m!.index && m!.index < e.end!) parent = i;
    });
    const skipped = skip(parent);
    if (skipped !== undefined) {
      letter.lastIndex = elements[skipped].end!;
      continue;
    }
    // Text outside any element (`blockOf`): no block, no dateline.
    let block = parent;
    for (let i = parent; i >= 0; i = elements[i].parent) {
      if (BLOCK_NAMES.has(elements[i].name)) {
        block = i;
        break;
      }
    }
    if (block >= 0) dateline = matchDateline(content(block))?.dateline;
    break;
  }
  // The source line: in the last blocks with text and no block inside (`textBlocks`).
  const outer = new Set<number>();
  elements.forEach((e) => {
    if (!BLOCK_NAMES.has(e.name)) return;
    for (let p = e.parent; p >= 0 && !outer.has(p); p = elements[p].parent) outer.add(p);
  });
  const blocks: string[] = [];
  elements.forEach((e, i) => {
    if (BLOCK_NAMES.has(e.name) && !outer.has(i) && skip(i) === undefined && content(i).trim())
      blocks.push(content(i));
  });
  const last = blocks[blocks.length - 1];
  const source = last === undefined ? undefined : sourceIn(last, blocks[blocks.length - 2])?.name;
  return {dateline, source};
}

/** Milliseconds of building per task: between batches the adapters yield (`buildEach`). */
const BATCH_BUDGET = 10;

/**
 * Lets the browser run other tasks (input, rendering): `scheduler.yield()` where there is one
 * (the continuation keeps its priority), else a message (no 4 ms clamp of nested timeouts).
 */
export function yieldToBrowser(): Promise<void> {
  const s = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * `build` for each item, in batches of about `BATCH_BUDGET` ms with a yield between them, so a
 * feed of thousands of items never holds the main thread for long. Dropped items (`undefined`)
 * are left out.
 */
export async function buildEach<T>(
  items: readonly T[],
  build: (item: T, index: number) => Article | undefined
): Promise<Article[]> {
  const out: Article[] = [];
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    const a = build(items[i], i);
    if (a) out.push(a);
    if (i + 1 < items.length && performance.now() - start > BATCH_BUDGET) {
      await yieldToBrowser();
      start = performance.now();
    }
  }
  return out;
}

const HEADLINE_MAX = 120;

/** The start of a text as a headline: about 120 characters, cut at a word boundary. */
export function headlineFrom(text: string): string {
  if (text.length <= HEADLINE_MAX) return text;
  const cut = text.slice(0, HEADLINE_MAX + 1).replace(/\s+\S*$/, '');
  // Scripts written without spaces (Chinese, Japanese, Thai) have no word boundary to cut at.
  const head =
    cut.length >= HEADLINE_MAX / 2 && cut.length <= HEADLINE_MAX
      ? cut
      : text.slice(0, HEADLINE_MAX);
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

// An e-mail address, bare, in <…> or as mailto:.
const EMAIL = /<?(?:mailto:)?[^\s<>()@,;]+@[^\s<>(),;]+>?/gi;

/**
 * A person's name as a byline shows it, never an e-mail address: RSS's
 * `me@example.com (Example editor)` is "Example editor", `Jane <jane@example.com>` is "Jane",
 * an address alone is no name.
 */
export function personName(value: string | undefined): string {
  const t = htmlToText(value);
  const paren = /^\S+@\S+\s*\((.+)\)$/.exec(t);
  return (paren ? paren[1] : t)
    .replace(EMAIL, '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function buildImage(img: RawArticle['image'], base: string | undefined): ArticleImage | undefined {
  const url = safeUrl(img?.url, base);
  if (!img || !url) return undefined;
  const out: ArticleImage = {url};
  if (typeof img.alt === 'string') out.alt = htmlToText(img.alt);
  const caption = htmlToText(img.caption);
  if (caption) {
    const split = img.credit ? {caption, credit: undefined} : splitCredit(caption);
    out.caption = split.caption;
    if (split.credit) out.credit = split.credit;
  }
  const credit = htmlToText(img.credit);
  if (credit) out.credit = credit;
  if (img.width && img.height && img.width > 0 && img.height > 0) {
    out.width = Math.round(img.width);
    out.height = Math.round(img.height);
  }
  const srcset = safeSrcset(img.srcset, base);
  if (srcset) out.srcset = srcset;
  return out;
}

/** `a.b.0.c` → value, or undefined. */
export function pick(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

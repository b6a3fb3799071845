/**
 * Our own inline JSON: an `Article[]`, one `Article`, or a `Feed`. Validated field by field:
 * a field of the wrong type is dropped (one console warning per call names every such field),
 * an item with neither title nor url is skipped, and nothing here ever throws.
 */
import type {Article, ArticleAuthor, ArticleImage, ArticleSource, Feed} from '../article.js';
import {isZoneless} from '../wall-time.js';
import {safeSrcset, safeUrl} from '../sanitize.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects the names of dropped fields so one call warns once. */
class Problems {
  readonly dropped = new Set<string>();
  drop(path: string) {
    this.dropped.add(path);
  }
  report() {
    if (this.dropped.size) {
      console.warn(
        `news-blocks: dropped fields of the wrong type: ${[...this.dropped].join(', ')}`
      );
    }
  }
}

function text(o: Obj, key: string, p: Problems, path: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  p.drop(`${path}.${key}`);
  return undefined;
}

function url(o: Obj, key: string, p: Problems, path: string, base?: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  const safe = safeUrl(v, base);
  if (!safe) p.drop(`${path}.${key}`);
  return safe;
}

function num(o: Obj, key: string, p: Problems, path: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  if (typeof n === 'number' && Number.isFinite(n) && n >= 0) return n;
  p.drop(`${path}.${key}`);
  return undefined;
}

/**
 * An ISO 8601 date that `Date` can read, normalised to UTC `Z` form; else dropped. A time
 * without an offset stays a wall time (`2023-11-13T10:40:00`): the element reads it in its
 * `time-zone`, else in UTC (`InlineJsonController`), never in the reader's zone as `Date` would.
 */
function date(o: Obj, key: string, p: Problems, path: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string' && isZoneless(v)) return v.trim();
  if (typeof v === 'string' || typeof v === 'number') {
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  p.drop(`${path}.${key}`);
  return undefined;
}

function image(v: unknown, p: Problems, path: string, base?: string): ArticleImage | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    const u = safeUrl(v, base);
    if (!u) p.drop(path);
    return u ? {url: u} : undefined;
  }
  if (!isObj(v)) {
    p.drop(path);
    return undefined;
  }
  const u = url(v, 'url', p, path, base);
  if (!u) return undefined;
  const img: ArticleImage = {url: u};
  const alt = v['alt'];
  if (typeof alt === 'string') img.alt = alt.trim();
  else if (alt !== undefined && alt !== null) p.drop(`${path}.alt`);
  assign(img, 'caption', text(v, 'caption', p, path));
  assign(img, 'credit', text(v, 'credit', p, path));
  assign(img, 'width', num(v, 'width', p, path));
  assign(img, 'height', num(v, 'height', p, path));
  const srcset = v['srcset'];
  if (srcset !== undefined && srcset !== null) {
    const s = safeSrcset(srcset, base);
    if (s) img.srcset = s;
    else p.drop(`${path}.srcset`);
  }
  return img;
}

function authors(v: unknown, p: Problems, path: string, base?: string): ArticleAuthor[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: ArticleAuthor[] = [];
  list.forEach((a, i) => {
    if (typeof a === 'string' && a.trim()) out.push({name: a.trim()});
    else if (isObj(a)) {
      const name = text(a, 'name', p, `${path}[${i}]`);
      if (!name) return;
      const author: ArticleAuthor = {name};
      assign(author, 'url', url(a, 'url', p, `${path}[${i}]`, base));
      out.push(author);
    } else p.drop(`${path}[${i}]`);
  });
  return out;
}

function tags(v: unknown, p: Problems, path: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    p.drop(path);
    return [];
  }
  const out: string[] = [];
  for (const t of v) {
    if (typeof t === 'string' && t.trim()) {
      if (!out.includes(t.trim())) out.push(t.trim());
    } else p.drop(path);
  }
  return out;
}

function source(v: unknown, p: Problems, path: string, base?: string): ArticleSource | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim() ? {name: v.trim()} : undefined;
  if (!isObj(v)) {
    p.drop(path);
    return undefined;
  }
  const name = text(v, 'name', p, path);
  if (!name) return undefined;
  const s: ArticleSource = {name};
  assign(s, 'url', url(v, 'url', p, path, base));
  return s;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) target[key] = value;
}

function article(v: unknown, index: number, p: Problems, base?: string): Article | undefined {
  const path = `articles[${index}]`;
  if (!isObj(v)) {
    p.drop(path);
    return undefined;
  }
  const title = text(v, 'title', p, path);
  const link = url(v, 'url', p, path, base);
  if (!title && !link) return undefined;
  const id = text(v, 'id', p, path) ?? link ?? `${title}#${index}`;
  const a: Article = {
    id,
    title: title ?? '',
    authors: authors(v['authors'], p, `${path}.authors`, base),
    tags: tags(v['tags'], p, `${path}.tags`),
  };
  assign(a, 'url', link);
  if (v['titleFromText'] === true && a.title) a.titleFromText = true;
  assign(a, 'summary', text(v, 'summary', p, path));
  const html = v['contentHtml'];
  if (typeof html === 'string') a.contentHtml = html;
  else if (html !== undefined && html !== null) p.drop(`${path}.contentHtml`);
  assign(a, 'image', image(v['image'], p, `${path}.image`, base));
  assign(a, 'published', date(v, 'published', p, path));
  assign(a, 'updated', date(v, 'updated', p, path));
  assign(a, 'section', text(v, 'section', p, path));
  assign(a, 'language', language(v, p, path));
  assign(a, 'source', source(v['source'], p, `${path}.source`, base));
  assign(a, 'dateline', text(v, 'dateline', p, path));
  assign(a, 'commentsUrl', url(v, 'commentsUrl', p, path, base));
  assign(a, 'commentCount', num(v, 'commentCount', p, path));
  return a;
}

function language(o: Obj, p: Problems, path: string): string | undefined {
  const v = text(o, 'language', p, path);
  if (v === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(v)[0];
  } catch {
    p.drop(`${path}.language`);
    return undefined;
  }
}

function items(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (isObj(json)) return Array.isArray(json['articles']) ? json['articles'] : [json];
  return [];
}

/**
 * Validates our own inline JSON (an `Article[]`, one `Article`, or a `Feed`) and returns the
 * articles. Never throws, on any JSON value.
 */
export function normalizeArticles(json: unknown, base?: string): Article[] {
  const p = new Problems();
  const out: Article[] = [];
  items(json).forEach((item, i) => {
    const a = article(item, i, p, base);
    if (a) out.push(a);
  });
  p.report();
  return out;
}

/** Like `normalizeArticles`, keeping the feed-level fields of a `Feed`. */
export function normalizeFeed(json: unknown, base?: string): Feed {
  const feed: Feed = {articles: normalizeArticles(json, base)};
  if (isObj(json) && Array.isArray(json['articles'])) {
    const p = new Problems();
    assign(feed, 'title', text(json, 'title', p, 'feed'));
    assign(feed, 'url', url(json, 'url', p, 'feed', base));
    assign(feed, 'language', language(json, p, 'feed'));
    assign(feed, 'next', url(json, 'next', p, 'feed', base));
    p.report();
  }
  return feed;
}

/** What the elements read without a check: an Article's required fields and its image. */
const shaped = (a: unknown): a is Article =>
  isObj(a) &&
  typeof a['id'] === 'string' &&
  typeof a['title'] === 'string' &&
  Array.isArray(a['authors']) &&
  Array.isArray(a['tags']) &&
  (a['image'] === undefined || isObj(a['image']));

const given = new WeakMap<object, Article[]>();

/**
 * The `articles` (or, as one, `article`) a script gave an element, as the element reads them:
 * the same array and objects when each has an Article's shape (what `normalizeArticles`, the feed
 * adapters and TypeScript's checks give), else validated like inline JSON, once per array or
 * object (the same result on every update): a plain `{title, url}` from an API renders, with a
 * console warning for the fields dropped, rather than throwing in the card's template.
 */
export function givenArticles(v: unknown): Article[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v) && v.every(shaped)) return v;
  if (typeof v !== 'object') return normalizeArticles(v);
  let out = given.get(v);
  if (!out) given.set(v, (out = normalizeArticles(v, globalThis.document?.baseURI)));
  return out;
}

/** One `article` given as a property (see `givenArticles`). */
export const givenArticle = (v: unknown): Article | undefined =>
  shaped(v) ? v : givenArticles(v)?.[0];

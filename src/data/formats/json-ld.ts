/** schema.org NewsArticle / Article / BlogPosting / ItemList as JSON-LD (object, array, @graph). */
import type {Article, Feed} from '../article.js';
import {feedDate} from '../dates.js';
import {buildArticle, isObj, str, type RawArticle} from './build.js';
import {FeedError} from '../errors.js';
import {parseInert} from '../inert.js';

const ARTICLE =
  /^(?:schema:)?(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|WebPage)$/;

function types(v: Record<string, unknown>): string[] {
  const t = v['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nodes(json: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 8) return [];
  if (Array.isArray(json)) return json.flatMap((j) => nodes(j, depth + 1));
  if (!isObj(json)) return [];
  if (Array.isArray(json['@graph'])) return nodes(json['@graph'], depth + 1);
  return [json];
}

export function isJsonLd(json: unknown): boolean {
  return nodes(json).some((n) => types(n).some((t) => ARTICLE.test(t) || /ItemList$/.test(t)));
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function name(v: unknown): string | undefined {
  const f = first(v);
  return isObj(f) ? str(f['name']) : str(f);
}

function article(n: Record<string, unknown>): RawArticle {
  const img = first(n['image']);
  const authors = (Array.isArray(n['author']) ? n['author'] : n['author'] ? [n['author']] : []).map(
    (a) => ({
      name: name(a) ?? '',
      url: isObj(a) ? str(a['url']) : undefined,
    })
  );
  const keywords = n['keywords'];
  return {
    id: str(n['@id']) ?? str(n['url']),
    url:
      str(n['url']) ??
      str(isObj(n['mainEntityOfPage']) ? n['mainEntityOfPage']['@id'] : n['mainEntityOfPage']),
    title: str(n['headline']) ?? str(n['name']),
    summaryHtml: str(n['description']),
    contentHtml: str(n['articleBody'])?.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
    image: isObj(img)
      ? {
          url: str(img['url']) ?? str(img['contentUrl']),
          caption: str(img['caption']),
          width: Number(img['width']) || undefined,
          height: Number(img['height']) || undefined,
        }
      : {url: str(img)},
    authors,
    published: feedDate(n['datePublished']),
    updated: feedDate(n['dateModified']),
    section: name(n['articleSection']),
    tags: Array.isArray(keywords)
      ? keywords.filter((k): k is string => typeof k === 'string')
      : typeof keywords === 'string'
        ? keywords.split(',').map((k) => k.trim())
        : [],
    language: str(n['inLanguage']),
    source:
      isObj(n['publisher']) && str(n['publisher']['name']) && n['isBasedOn']
        ? {name: str(n['publisher']['name'])!}
        : undefined,
    commentCount:
      Number(n['commentCount']) >= 0 && n['commentCount'] !== undefined
        ? Number(n['commentCount'])
        : undefined,
  };
}

export function parseJsonLd(json: unknown, base: string | undefined, maxItems: number): Feed {
  const raws: RawArticle[] = [];
  for (const n of nodes(json)) {
    const t = types(n);
    if (t.some((x) => /ItemList$/.test(x)) && Array.isArray(n['itemListElement'])) {
      for (const el of n['itemListElement']) {
        if (!isObj(el)) continue;
        const item = isObj(el['item']) ? el['item'] : el;
        const r = article(item);
        r.url ??= str(el['url']) ?? str(item['url']);
        raws.push(r);
      }
    } else if (t.some((x) => ARTICLE.test(x) && x !== 'WebPage')) raws.push(article(n));
  }
  const articles = raws.slice(0, maxItems).flatMap((r, i) => {
    const a = buildArticle(r, base, i);
    return a ? [a] : [];
  });
  return {articles};
}

/**
 * The page's own article: the first article node outside any ItemList (e.g. a page's
 * NewsArticle, for "the current article"); its URL is `url`, else `mainEntityOfPage`.
 */
export function parseJsonLdArticle(json: unknown, base: string | undefined): Article | undefined {
  const n = nodes(json).find((x) => types(x).some((t) => ARTICLE.test(t) && t !== 'WebPage'));
  return n ? buildArticle(article(n), base, 0) : undefined;
}

/** A web page's schema.org articles (its `application/ld+json` scripts, read inert). */
export function parseJsonLdPage(html: string, url: string | undefined, maxItems: number): Feed {
  const doc = parseInert(html, 'text/html');
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => {
    try {
      return [JSON.parse(s.textContent ?? '')];
    } catch {
      return [];
    }
  });
  if (blocks.some(isJsonLd)) return parseJsonLd(blocks, url, maxItems);
  throw new FeedError(
    'unsupported',
    'The URL returned a web page, not a feed (no schema.org article data in it).',
    {url}
  );
}

/**
 * Merging, de-duplicating, sorting and filtering articles from several feeds.
 *
 * Canonical URL (what "the same article" means):
 * - scheme ignored (`http` and `https` are one article), host lower-cased, a leading `www.` dropped;
 * - fragment dropped; a trailing slash dropped (except the root path);
 * - tracking parameters dropped: `utm_*`, `fbclid`, `gclid`, `dclid`, `gbraid`, `wbraid`,
 *   `msclkid`, `yclid`, `mc_cid`, `mc_eid`, `igshid`, `_ga`, `_gl`, `ref_src`;
 * - the remaining parameters sorted, so their order does not matter.
 * Articles without a URL are compared by `id`.
 */
import type {Article, Feed} from './article.js';

const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  '_ga',
  '_gl',
  'ref_src',
]);

/** The comparison key of a URL (see the module comment); the input itself when not a URL. */
export function canonicalUrl(value: string, base?: string): string {
  let u: URL;
  try {
    u = new URL(value, base);
  } catch {
    return value.trim();
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const port = u.port ? `:${u.port}` : '';
  let path = u.pathname;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const params = [...u.searchParams].filter(
    ([k]) => !k.toLowerCase().startsWith('utm_') && !TRACKING.has(k.toLowerCase())
  );
  params.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}

/** The identity of an article for de-duplication. */
export function articleKey(a: Article): string {
  return a.url ? canonicalUrl(a.url) : `id:${a.id}`;
}

/** Milliseconds since the epoch of `published` (else `updated`); `NaN` when unknown. */
export function articleTime(a: Article): number {
  return Date.parse(a.published ?? a.updated ?? '');
}

export type SortOrder = 'newest' | 'oldest' | 'title' | 'none';

/** A new array in the given order. Stable; undated articles go last in date orders. */
export function sortArticles(articles: readonly Article[], order: SortOrder = 'newest'): Article[] {
  if (order === 'none') return [...articles];
  if (order === 'title')
    return [...articles].sort((a, b) => a.title.localeCompare(b.title, undefined, {numeric: true}));
  const sign = order === 'oldest' ? 1 : -1;
  return articles
    .map((a, i) => ({a, i, t: articleTime(a)}))
    .sort((x, y) => {
      const xn = Number.isNaN(x.t);
      const yn = Number.isNaN(y.t);
      if (xn || yn) return xn === yn ? x.i - y.i : xn ? 1 : -1;
      return x.t === y.t ? x.i - y.i : sign * (x.t - y.t);
    })
    .map((x) => x.a);
}

/** Keeps the first article of each canonical URL (or id). */
export function dedupeArticles(articles: readonly Article[]): Article[] {
  const seen = new Set<string>();
  const out: Article[] = [];
  for (const a of articles) {
    const k = articleKey(a);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

/** Several feeds' articles as one list: de-duplicated by canonical URL, then sorted. */
export function mergeArticles(
  lists: readonly (readonly Article[])[],
  order: SortOrder = 'newest'
): Article[] {
  // Sort first, so that of two copies the newer (first after sorting) is kept.
  return dedupeArticles(sortArticles(lists.flat(), order));
}

export interface ArticleFilter {
  /** Keep articles with at least one of these tags (case-insensitive). */
  tags?: readonly string[];
  /** Keep articles in this section (case-insensitive). */
  section?: string;
  /** Keep articles in this language (primary subtag match: `en` keeps `en-GB`). */
  lang?: string;
  /** Drop the article at these URLs (canonical comparison). */
  exclude?: readonly string[];
}

const fold = (s: string) => s.trim().toLocaleLowerCase();

/** Articles that pass every given filter. */
export function filterArticles(articles: readonly Article[], f: ArticleFilter): Article[] {
  const tags = f.tags?.map(fold).filter(Boolean);
  const section = f.section ? fold(f.section) : undefined;
  const lang = f.lang ? fold(f.lang) : undefined;
  const exclude = new Set(f.exclude?.filter(Boolean).map((u) => canonicalUrl(u)));
  return articles.filter((a) => {
    if (tags?.length && !a.tags.some((t) => tags.includes(fold(t)))) return false;
    if (section && fold(a.section ?? '') !== section) return false;
    if (lang) {
      const l = fold(a.language ?? '');
      if (l !== lang && !l.startsWith(`${lang}-`)) return false;
    }
    if (exclude.size && a.url && exclude.has(canonicalUrl(a.url))) return false;
    return true;
  });
}

/**
 * The one article lookup of `article-id` / `article-url`: the article whose `id` is `id`, else
 * the one at the same page as `id` or `url` (canonical comparison, so tracking parameters, a
 * fragment or a trailing slash do not matter; relative values resolve against `base`).
 */
export function findArticle(
  articles: readonly Article[],
  want: {id?: string; url?: string},
  base?: string
): Article | undefined {
  if (want.id) {
    const byId = articles.find((a) => a.id === want.id);
    if (byId) return byId;
  }
  const target = want.id ?? want.url;
  if (!target) return undefined;
  const key = canonicalUrl(target, base);
  return articles.find((a) => !!a.url && canonicalUrl(a.url, base) === key);
}

/**
 * A feed merged from `feeds` (loaded from `urls`, in the same order) keeps the item cap's mark:
 * `truncated` when any of them was cut at the cap, and `truncatedSources` says which.
 */
export function keepTruncated(merged: Feed, feeds: readonly Feed[], urls: readonly string[]): Feed {
  const cut = urls.filter((_, i) => feeds[i]?.truncated);
  return cut.length ? {...merged, truncated: true, truncatedSources: cut} : merged;
}

/** Any JSON: `itemsPath` (a dot path to the array) and a field map of dot paths. */
import type {Feed} from '../article.js';
import {feedDate} from '../dates.js';
import {buildArticle, pick, str, type RawArticle} from './build.js';

export type FieldMap = Partial<Record<string, string>>;

const DEFAULTS: Record<string, string[]> = {
  id: ['id', 'guid', 'uuid'],
  url: ['url', 'link', 'href', 'permalink'],
  title: ['title', 'headline', 'name'],
  summary: ['summary', 'description', 'excerpt', 'abstract', 'lead'],
  contentHtml: ['contentHtml', 'content', 'body', 'html'],
  'image.url': ['image.url', 'image', 'thumbnail', 'imageUrl', 'image_url'],
  author: ['author.name', 'author', 'byline'],
  published: ['published', 'date', 'pubDate', 'publishedAt', 'published_at', 'created_at'],
  updated: ['updated', 'modified', 'updatedAt', 'updated_at'],
  section: ['section', 'category'],
  tags: ['tags', 'keywords'],
  language: ['language', 'lang'],
};

function get(item: unknown, field: string, map: FieldMap): unknown {
  const paths = map[field] ? [map[field]!] : (DEFAULTS[field] ?? [field]);
  for (const p of paths) {
    const v = pick(item, p);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

export function parseMapped(
  json: unknown,
  base: string | undefined,
  maxItems: number,
  itemsPath: string | undefined,
  map: FieldMap = {}
): Feed {
  const items = itemsPath ? pick(json, itemsPath) : json;
  if (!Array.isArray(items)) return {articles: []};
  const articles = items.slice(0, maxItems).flatMap((item, i) => {
    const tags = get(item, 'tags', map);
    const author = get(item, 'author', map);
    const raw: RawArticle = {
      id: str(get(item, 'id', map)),
      url: str(get(item, 'url', map)),
      title: str(get(item, 'title', map)),
      summaryHtml: str(get(item, 'summary', map)),
      contentHtml: str(get(item, 'contentHtml', map)),
      image: {url: str(get(item, 'image.url', map))},
      authors: str(author) ? [{name: str(author)!}] : [],
      published: feedDate(str(get(item, 'published', map))),
      updated: feedDate(str(get(item, 'updated', map))),
      section: str(get(item, 'section', map)),
      tags: Array.isArray(tags)
        ? tags.filter((t): t is string => typeof t === 'string')
        : (str(tags)
            ?.split(',')
            .map((t) => t.trim()) ?? []),
      language: str(get(item, 'language', map)),
    };
    const a = buildArticle(raw, base, i);
    return a ? [a] : [];
  });
  return {articles};
}

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Items without `id` are discarded. */
import type {Feed} from '../article.js';
import {feedDate} from '../dates.js';
import {safeUrl} from '../sanitize.js';
import {buildArticle, isObj, str, type RawArticle} from './build.js';

function authors(v: unknown): {name: string; url?: string}[] {
  const list = Array.isArray(v) ? v : isObj(v) ? [v] : [];
  return list.filter(isObj).map((a) => ({name: str(a['name']) ?? '', url: str(a['url'])}));
}

export function parseJsonFeed(
  json: Record<string, unknown>,
  base: string | undefined,
  maxItems: number
): Feed {
  const feedLang = str(json['language']);
  const items = Array.isArray(json['items']) ? json['items'].slice(0, maxItems) : [];
  const articles = items.flatMap((item, i) => {
    if (!isObj(item)) return [];
    const id = str(item['id']);
    if (id === undefined || id === '') return [];
    const attachment = (Array.isArray(item['attachments']) ? item['attachments'] : []).find(
      (x) => isObj(x) && /^image\//.test(str(x['mime_type']) ?? '')
    ) as Record<string, unknown> | undefined;
    const raw: RawArticle = {
      id,
      url: str(item['url']) ?? str(item['external_url']),
      title: str(item['title']),
      summaryHtml: str(item['summary']),
      contentHtml: str(item['content_html']) ?? escapeText(str(item['content_text'])),
      image: {url: str(item['image']) ?? str(item['banner_image']) ?? str(attachment?.['url'])},
      authors: authors(item['authors'] ?? item['author'] ?? json['authors'] ?? json['author']),
      published: feedDate(item['date_published']),
      updated: feedDate(item['date_modified']),
      tags: Array.isArray(item['tags'])
        ? item['tags'].filter((t): t is string => typeof t === 'string')
        : [],
      language: str(item['language']) ?? feedLang,
    };
    const a = buildArticle(raw, base, i);
    return a ? [a] : [];
  });
  const feed: Feed = {articles};
  const title = str(json['title']);
  if (title) feed.title = title;
  const home = safeUrl(json['home_page_url'], base);
  if (home) feed.url = home;
  if (feedLang) feed.language = feedLang;
  const next = safeUrl(json['next_url'], base);
  if (next) feed.next = next;
  return feed;
}

function escapeText(t: string | undefined): string | undefined {
  if (!t) return undefined;
  return t
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('');
}

/** RSS 2.0, 0.9x and 1.0 (RDF), with content, Dublin Core, Media RSS and slash modules. */
import type {Feed} from '../article.js';
import {feedDate} from '../dates.js';
import {safeUrl} from '../sanitize.js';
import {buildArticle, type RawArticle} from './build.js';
import {NS, kid, kids, text} from './xml.js';

function mediaImage(item: Element): RawArticle['image'] | undefined {
  const group = kid(item, 'group', NS.media) ?? item;
  const contents = [...kids(group, 'content', NS.media), ...kids(item, 'content', NS.media)];
  const content =
    contents.find(
      (c) =>
        (c.getAttribute('medium') ?? '') === 'image' ||
        /^image\//.test(c.getAttribute('type') ?? '')
    ) ?? contents.find((c) => !c.getAttribute('medium') && !c.getAttribute('type'));
  const thumb = kid(item, 'thumbnail', NS.media) ?? kid(group, 'thumbnail', NS.media);
  const enclosure = kids(item, 'enclosure').find((e) =>
    /^image\//.test(e.getAttribute('type') ?? '')
  );
  const el = content ?? thumb;
  const url = el?.getAttribute('url') ?? enclosure?.getAttribute('url');
  if (!url) return undefined;
  const scope = content ?? item;
  return {
    url,
    width: Number(el?.getAttribute('width')) || undefined,
    height: Number(el?.getAttribute('height')) || undefined,
    caption: text(scope, 'description', NS.media) ?? text(item, 'description', NS.media),
    credit: text(scope, 'credit', NS.media) ?? text(item, 'credit', NS.media),
    alt: text(scope, 'title', NS.media),
  };
}

export function parseRss(doc: Document, base: string | undefined, maxItems: number): Feed {
  const root = doc.documentElement;
  const channel = kid(root, 'channel') ?? root;
  const feedBase = safeUrl(text(channel, 'link'), base) ? base : base;
  const feedLang = text(channel, 'language') ?? text(channel, 'language', NS.dc);
  // RSS 2.0 items live in <channel>; RDF 1.0 items are siblings of <channel>.
  const items = [...kids(channel, 'item'), ...(channel === root ? [] : kids(root, 'item'))].slice(
    0,
    maxItems
  );
  const articles = items.flatMap((item, i) => {
    const guid = kid(item, 'guid');
    const link =
      text(item, 'link') ??
      (guid && guid.getAttribute('isPermaLink') !== 'false'
        ? guid.textContent?.trim()
        : undefined) ??
      item.getAttributeNS(NS.rdf, 'about') ??
      undefined;
    const categories = kids(item, 'category')
      .map((c) => c.textContent?.trim() ?? '')
      .filter(Boolean);
    const subjects = kids(item, 'subject', NS.dc)
      .map((c) => c.textContent?.trim() ?? '')
      .filter(Boolean);
    const creators = [...kids(item, 'creator', NS.dc), ...kids(item, 'author')]
      .map((c) => c.textContent?.trim() ?? '')
      .filter(Boolean)
      .map((name) => ({name: name.replace(/^\S+@\S+\s+\((.+)\)$/, '$1')}));
    const source = kid(item, 'source');
    const count = Number(text(item, 'comments', NS.slash));
    const raw: RawArticle = {
      id: guid?.textContent?.trim() || link,
      url: link,
      title: text(item, 'title'),
      summaryHtml: text(item, 'description'),
      contentHtml: text(item, 'encoded', NS.content),
      image: mediaImage(item),
      authors: creators,
      published: feedDate(text(item, 'pubDate')) ?? feedDate(text(item, 'date', NS.dc)),
      updated: feedDate(text(item, 'modified', NS.dc)),
      section: categories[0] ?? subjects[0],
      tags: [...categories.slice(1), ...subjects],
      language: text(item, 'language', NS.dc) ?? feedLang,
      source: source?.textContent?.trim()
        ? {name: source.textContent.trim(), url: source.getAttribute('url') ?? undefined}
        : undefined,
      commentsUrl: text(item, 'comments'),
      commentCount: Number.isFinite(count) && text(item, 'comments', NS.slash) ? count : undefined,
    };
    const a = buildArticle(raw, feedBase, i);
    return a ? [a] : [];
  });
  const feed: Feed = {articles};
  const title = text(channel, 'title');
  if (title) feed.title = title;
  const url = safeUrl(text(channel, 'link'), base);
  if (url) feed.url = url;
  if (feedLang) feed.language = feedLang;
  const next = kids(channel, 'link', NS.atom).find((l) => l.getAttribute('rel') === 'next');
  const nextUrl = safeUrl(next?.getAttribute('href'), base);
  if (nextUrl) feed.next = nextUrl;
  return feed;
}

/** RSS 2.0, 0.9x and 1.0 (RDF), with content, Dublin Core, Media RSS and slash modules. */
import type {Feed} from '../article.js';
import {feedDate} from '../dates.js';
import {safeUrl} from '../sanitize.js';
import {buildArticle, buildEach, type RawArticle} from './build.js';
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

/** The first date of the item that reads, in the order given. */
function firstDate(item: Element, names: [string, string | null][]): string | undefined {
  for (const [local, ns] of names) {
    const d = feedDate(text(item, local, ns));
    if (d) return d;
  }
  return undefined;
}

export async function parseRss(
  root: Element,
  base: string | undefined,
  maxItems: number
): Promise<Feed> {
  // RSS 2.0 elements are in no namespace; RSS 1.0 and 0.90 give theirs to every element of
  // the format. `own` is that namespace, so a module's <media:title> is never the item's title.
  const own = root.localName === 'rss' ? root.namespaceURI : undefined;
  const channel = kid(root, 'channel', own) ?? root;
  const ns = own === undefined ? channel.namespaceURI : own;
  const feedBase = base;
  const feedLang = text(channel, 'language', ns) ?? text(channel, 'language', NS.dc);
  // RSS 2.0 items live in <channel>; RDF 1.0 items are siblings of <channel>.
  const items = [
    ...kids(channel, 'item', ns),
    ...(channel === root ? [] : kids(root, 'item', ns)),
  ].slice(0, maxItems);
  const articles = await buildEach(items, (item, i) => {
    const guid = kid(item, 'guid', ns);
    const link =
      text(item, 'link', ns) ??
      (guid && guid.getAttribute('isPermaLink') !== 'false'
        ? guid.textContent?.trim()
        : undefined) ??
      item.getAttributeNS(NS.rdf, 'about') ??
      undefined;
    const categories = kids(item, 'category', ns)
      .map((c) => c.textContent?.trim() ?? '')
      .filter(Boolean);
    const subjects = kids(item, 'subject', NS.dc)
      .map((c) => c.textContent?.trim() ?? '')
      .filter(Boolean);
    // <author> is an e-mail address with the name in parentheses; build.ts keeps the name only.
    const creators = [
      ...kids(item, 'creator', NS.dc),
      ...kids(item, 'author', ns),
      ...kids(item, 'author', NS.dc),
      ...kids(item, 'author', NS.itunes),
    ]
      .map((c) => c.textContent?.trim() ?? '')
      .filter(Boolean)
      .map((name) => ({name}));
    // An Atom author inside an RSS item: its name (never its e-mail).
    for (const person of kids(item, 'author', NS.atom)) {
      const name = text(person, 'name', NS.atom);
      if (name) creators.push({name});
    }
    const source = kid(item, 'source', ns);
    const count = Number(text(item, 'comments', NS.slash));
    const raw: RawArticle = {
      id: guid?.textContent?.trim() || link,
      url: link,
      title: text(item, 'title', ns) ?? text(item, 'title', NS.dc),
      summaryHtml:
        text(item, 'description', ns) ??
        text(item, 'description', NS.dc) ??
        text(item, 'summary', NS.itunes),
      contentHtml: text(item, 'encoded', NS.content),
      image: mediaImage(item),
      authors: creators,
      published: firstDate(item, [
        ['pubDate', ns],
        ['date', NS.dc],
        ['issued', NS.dcterms],
        ['created', NS.dcterms],
        ['published', NS.atom],
      ]),
      updated: firstDate(item, [
        ['modified', NS.dcterms],
        ['modified', NS.dc],
        ['updated', NS.atom],
      ]),
      section: categories[0] ?? subjects[0],
      tags: [...categories.slice(1), ...subjects],
      language: text(item, 'language', NS.dc) ?? feedLang,
      source: source?.textContent?.trim()
        ? {name: source.textContent.trim(), url: source.getAttribute('url') ?? undefined}
        : undefined,
      commentsUrl: text(item, 'comments', ns),
      commentsFeed: text(item, 'commentRss', NS.wfw),
      commentCount: Number.isFinite(count) && text(item, 'comments', NS.slash) ? count : undefined,
    };
    return buildArticle(raw, feedBase, i);
  });
  const feed: Feed = {articles};
  const title = text(channel, 'title', ns) ?? text(channel, 'title', NS.dc);
  if (title) feed.title = title;
  const url = safeUrl(text(channel, 'link', ns), base);
  if (url) feed.url = url;
  if (feedLang) feed.language = feedLang;
  const next = kids(channel, 'link', NS.atom).find((l) => l.getAttribute('rel') === 'next');
  const nextUrl = safeUrl(next?.getAttribute('href'), base);
  if (nextUrl) feed.next = nextUrl;
  return feed;
}

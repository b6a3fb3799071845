/** Atom 1.0 (RFC 4287), with xml:base and xml:lang; Atom 0.3 where it costs nothing. */
import {parseInert} from '../inert.js';
import type {Feed} from '../article.js';
import {feedDate} from '../dates.js';
import {safeUrl} from '../sanitize.js';
import {buildArticle, type RawArticle} from './build.js';
import {NS, kid, kids} from './xml.js';

/** The base URL in effect at `el`: xml:base up the tree, resolved against the feed URL. */
function baseOf(el: Element, feedUrl: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let n: Element | null = el; n; n = n.parentElement) {
    const b = n.getAttributeNS(NS.xml, 'base');
    if (b) chain.unshift(b);
  }
  let base = feedUrl;
  for (const b of chain) base = safeUrl(b, base) ?? base;
  return base;
}

function langOf(el: Element): string | undefined {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const l = n.getAttributeNS(NS.xml, 'lang');
    if (l) return l;
  }
  return undefined;
}

/** A text construct as HTML: `text` escaped, `html` as is, `xhtml` serialised. */
function construct(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = kid(el, 'div') ?? el;
    return [...div.childNodes]
      .map((n) => new XMLSerializer().serializeToString(n))
      .join('')
      .replace(/ xmlns="[^"]*"/g, '');
  }
  const t = el.textContent ?? '';
  if (type === 'html' || type === 'text/html') return t;
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function link(el: Element, rel: string, base: string | undefined): Element | undefined {
  return kids(el, 'link').find(
    (l) => (l.getAttribute('rel') ?? 'alternate') === rel && safeUrl(l.getAttribute('href'), base)
  );
}

function people(el: Element): {name: string; url?: string}[] {
  return [...kids(el, 'author'), ...kids(el, 'contributor')].map((p) => ({
    name: (kid(p, 'name')?.textContent ?? '').trim(),
    url: (kid(p, 'uri') ?? kid(p, 'url'))?.textContent?.trim(),
  }));
}

export function parseAtom(doc: Document, feedUrl: string | undefined, maxItems: number): Feed {
  const root = doc.documentElement;
  const entries = kids(root, 'entry').slice(0, maxItems);
  const feedAuthors = people(root).filter((p) => p.name);
  const articles = entries.flatMap((entry, i) => {
    const base = baseOf(entry, feedUrl);
    const alt = link(entry, 'alternate', base);
    const enclosure = kids(entry, 'link').find(
      (l) => l.getAttribute('rel') === 'enclosure' && /^image\//.test(l.getAttribute('type') ?? '')
    );
    const categories = kids(entry, 'category')
      .map((c) => (c.getAttribute('label') ?? c.getAttribute('term') ?? '').trim())
      .filter(Boolean);
    const authors = people(entry).filter((p) => p.name);
    const raw: RawArticle = {
      id: kid(entry, 'id')?.textContent?.trim(),
      url: alt?.getAttribute('href') ?? undefined,
      title: construct(kid(entry, 'title')),
      summaryHtml: construct(kid(entry, 'summary')),
      contentHtml: construct(kid(entry, 'content')),
      image: enclosure ? {url: enclosure.getAttribute('href') ?? undefined} : undefined,
      authors: authors.length ? authors : feedAuthors,
      published: feedDate(
        kid(entry, 'published')?.textContent ?? kid(entry, 'issued')?.textContent
      ),
      updated: feedDate(kid(entry, 'updated')?.textContent ?? kid(entry, 'modified')?.textContent),
      section: categories[0],
      tags: categories.slice(1),
      language: langOf(entry),
    };
    const a = buildArticle(raw, base, i);
    return a ? [a] : [];
  });
  const feed: Feed = {articles};
  const title = construct(kid(root, 'title'));
  if (title) feed.title = parseInert(title, 'text/html').body.textContent?.trim() ?? '';
  const rootBase = baseOf(root, feedUrl);
  const home = safeUrl(link(root, 'alternate', rootBase)?.getAttribute('href'), rootBase);
  if (home) feed.url = home;
  const lang = langOf(root);
  if (lang) feed.language = lang;
  const next = safeUrl(link(root, 'next', rootBase)?.getAttribute('href'), rootBase);
  if (next) feed.next = next;
  return feed;
}

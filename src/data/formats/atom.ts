/** Atom 1.0 (RFC 4287), with xml:base and xml:lang; Atom 0.3 where it costs nothing. */
import type {Feed} from '../article.js';
import {feedDate} from '../dates.js';
import {safeUrl} from '../sanitize.js';
import {htmlToText} from '../html.js';
import {buildArticle, buildEach, type RawArticle} from './build.js';
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

/** Base64 (RFC 4648, whitespace allowed) as UTF-8 text; undefined when it is not base64. */
function fromBase64(value: string): string | undefined {
  const b64 = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return undefined;
  try {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A text construct as HTML: `text` escaped, `html` as is, `xhtml` serialised; base64 (Atom 0.3's
 * `mode="base64"`, or `type="base64"`) decoded first and read as HTML.
 */
function construct(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = kid(el, 'div') ?? el;
    return [...div.childNodes]
      .map((n) => new XMLSerializer().serializeToString(n))
      .join('')
      .replace(/ xmlns="[^"]*"/g, '');
  }
  const t = el.textContent ?? '';
  if (type === 'base64' || el.getAttribute('mode') === 'base64') return fromBase64(t);
  if (type === 'html' || type === 'text/html') return t;
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function link(el: Element, rel: string, base: string | undefined): Element | undefined {
  return kids(el, 'link').find(
    (l) => (l.getAttribute('rel') ?? 'alternate') === rel && safeUrl(l.getAttribute('href'), base)
  );
}

function people(el: Element): {name: string; url?: string}[] {
  return [...kids(el, 'author'), ...kids(el, 'contributor')].map((p) => {
    const url = (kid(p, 'uri') ?? kid(p, 'url'))?.textContent?.trim();
    // A person given only by a URI is named by it (without its scheme), never by an e-mail.
    const name =
      (kid(p, 'name')?.textContent ?? '').trim() ||
      (url ?? '').replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
    return {name, url};
  });
}

/** An entry's `<source>`: the feed it was copied from. */
function sourceOf(entry: Element, base: string | undefined): RawArticle['source'] {
  const source = kid(entry, 'source');
  if (!source) return undefined;
  const title = construct(kid(source, 'title'));
  const name = title ? htmlToText(title) : '';
  const href = link(source, 'alternate', baseOf(source, base))?.getAttribute('href');
  const url = safeUrl(href, baseOf(source, base));
  return name ? {name, url} : undefined;
}

export async function parseAtom(
  root: Element,
  feedUrl: string | undefined,
  maxItems: number
): Promise<Feed> {
  // A document may be one <entry> on its own (RFC 4287 §4.1.2 Entry Document).
  const entries = (root.localName === 'entry' ? [root] : kids(root, 'entry')).slice(0, maxItems);
  const feedAuthors = root.localName === 'entry' ? [] : people(root).filter((p) => p.name);
  // Atom's own elements, so an extension's <media:title> is never the entry's title.
  const own = root.namespaceURI;
  const articles = await buildEach(entries, (entry, i) => {
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
      id: kid(entry, 'id', own)?.textContent?.trim(),
      url: alt?.getAttribute('href') ?? undefined,
      title: construct(kid(entry, 'title', own)),
      summaryHtml: construct(kid(entry, 'summary', own)),
      contentHtml: construct(kid(entry, 'content', own)),
      image: enclosure ? {url: enclosure.getAttribute('href') ?? undefined} : undefined,
      authors: authors.length ? authors : feedAuthors,
      published: feedDate(
        kid(entry, 'published', own)?.textContent ?? kid(entry, 'issued', own)?.textContent
      ),
      updated: feedDate(
        kid(entry, 'updated', own)?.textContent ?? kid(entry, 'modified', own)?.textContent
      ),
      section: categories[0],
      tags: categories.slice(1),
      language: langOf(entry),
      source: sourceOf(entry, base),
    };
    return buildArticle(raw, base, i);
  });
  const feed: Feed = {articles};
  if (root.localName === 'entry') return feed;
  const title = construct(kid(root, 'title'));
  if (title) feed.title = htmlToText(title);
  const rootBase = baseOf(root, feedUrl);
  const home = safeUrl(link(root, 'alternate', rootBase)?.getAttribute('href'), rootBase);
  if (home) feed.url = home;
  const lang = langOf(root);
  if (lang) feed.language = lang;
  const next = safeUrl(link(root, 'next', rootBase)?.getAttribute('href'), rootBase);
  if (next) feed.next = next;
  return feed;
}

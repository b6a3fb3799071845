/**
 * Small helpers for reading feed XML by local name, whatever the prefix; `readFeedXml` repairs
 * a feed that is not well-formed with `xml-repair.ts`, loaded only then.
 */
import {parseInert} from '../inert.js';
import {FeedError} from '../errors.js';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
  wfw: 'http://wellformedweb.org/CommentAPI/',
};

// The children of an element by local name, built on the first lookup (a feed document is
// never changed after parsing): an item is asked for a dozen names, a channel for its items.
const indexes = new WeakMap<Element, Map<string, Element[]>>();
const NONE: Element[] = [];

function byName(el: Element, local: string): Element[] {
  let index = indexes.get(el);
  if (!index) {
    index = new Map();
    // (A sibling walk: faster than iterating `children`, a live collection.)
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const list = index.get(c.localName);
      if (list) list.push(c);
      else index.set(c.localName, [c]);
    }
    indexes.set(el, index);
  }
  return index.get(local) ?? NONE;
}

/** Direct children of `el` with this local name (and namespace, when given; `null`: none). */
export function kids(el: Element, local: string, ns?: string | null): Element[] {
  const list = byName(el, local);
  return ns === undefined ? list.slice() : list.filter((c) => c.namespaceURI === ns);
}

export function kid(el: Element, local: string, ns?: string | null): Element | undefined {
  const list = byName(el, local);
  return ns === undefined ? list[0] : list.find((c) => c.namespaceURI === ns);
}

/** Trimmed text of the first such child. */
export function text(el: Element, local: string, ns?: string | null): string | undefined {
  const t = kid(el, local, ns)?.textContent?.trim();
  return t || undefined;
}

const ENTITY_DECL = /<!ENTITY/i;

function xmlDocument(text: string, url?: string): Document | undefined {
  // Entity declarations are where expansion bombs live; feeds do not need them.
  if (ENTITY_DECL.test(text.slice(0, 10000))) {
    throw new FeedError('parse', 'The feed declares XML entities, which are not accepted.', {url});
  }
  const doc = parseInert(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length || !doc.documentElement ? undefined : doc;
}

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'entry']);

/**
 * The feed element of an XML feed: the root, or the one feed a page wrapped in XHTML
 * (`<html><body><feed>`), as readers that look for the feed element wherever it is read it.
 * A feed that is not well-formed is repaired (`repairXml`) and parsed once more: a well-formed
 * feed pays one parse and nothing else. Throws `FeedError` `parse` when even the repair fails.
 */
export async function readFeedXml(text: string, url?: string): Promise<Element> {
  const doc =
    xmlDocument(text, url) ?? xmlDocument((await import('./xml-repair.js')).repairXml(text), url);
  if (!doc) throw new FeedError('parse', 'The feed is not well-formed XML.', {url});
  const root = doc.documentElement;
  if (FEED_ROOTS.has(root.localName.toLowerCase()) || root.localName.toLowerCase() !== 'html')
    return root;
  for (const name of ['feed', 'rss', 'RDF']) {
    const found = doc.getElementsByTagNameNS('*', name)[0];
    if (found) return found;
  }
  return root;
}

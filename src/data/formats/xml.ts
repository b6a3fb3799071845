/** Small helpers for reading feed XML by local name, whatever the prefix. */

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/** Direct children of `el` with this local name (and namespace, when given). */
export function kids(el: Element, local: string, ns?: string): Element[] {
  const out: Element[] = [];
  for (const c of el.children) {
    if (c.localName === local && (ns === undefined || c.namespaceURI === ns)) out.push(c);
  }
  return out;
}

export function kid(el: Element, local: string, ns?: string): Element | undefined {
  for (const c of el.children) {
    if (c.localName === local && (ns === undefined || c.namespaceURI === ns)) return c;
  }
  return undefined;
}

/** Trimmed text of the first such child. */
export function text(el: Element, local: string, ns?: string): string | undefined {
  const t = kid(el, local, ns)?.textContent?.trim();
  return t || undefined;
}

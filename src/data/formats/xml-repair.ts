/**
 * Repair, for feed XML that did not parse: what real servers get wrong, fixed the way feed
 * readers read it. Loaded only after a first parse failed (`readFeedXml`), so a well-formed feed
 * pays neither its bytes nor its time.
 */
import {parseInert} from '../inert.js';

// XML's own five stay as they are; every other name is an HTML entity or a bare `&`.
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
// Where text is literal (CDATA) or not text (comments, processing instructions): left alone.
const LITERAL = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
// A `&` that starts no reference at all.
const BARE_AMP = /&(?!#\d{1,7};|#x[\da-f]{1,6};|[a-z][a-z\d]{0,31};)/gi;
const NAMED = /&([a-z][a-z\d]{0,31});/gi;
const NUMERIC = /&#(x[\da-f]{1,6}|\d{1,7});/gi;
// Characters XML 1.0 forbids anywhere (C0 controls but tab, newline and return; lone surrogates
// cannot occur in decoded text; U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

const isXmlChar = (c: number) =>
  c === 9 ||
  c === 10 ||
  c === 13 ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

const charRef = (text: string) =>
  [...text].map((ch) => `&#x${ch.codePointAt(0)!.toString(16)};`).join('');

/**
 * The characters of HTML named entities, read by the browser's own HTML parser (the full HTML5
 * list, without shipping it) in one inert parse. A name the HTML parser reads only partly
 * (`&notit;` is `¬it;`) or not at all is not an entity: it stays text. No entity expands past
 * two characters, so nothing here can blow up.
 */
function htmlEntities(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!names.length) return out;
  const body = parseInert(
    `<!doctype html><body>${names.map((n) => `<i>&${n};</i>`).join('')}`,
    'text/html'
  ).body;
  names.forEach((name, i) => {
    const value = body.children[i]?.textContent ?? '';
    const whole = value !== `&${name};` && (!value.endsWith(';') || name === 'semi');
    if (whole && [...value].length <= 2) out.set(name, value);
  });
  return out;
}

function repairText(text: string, entities: Map<string, string>): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(BARE_AMP, '&amp;')
    .replace(NAMED, (ref, name: string) =>
      XML_ENTITIES.has(name)
        ? ref
        : entities.has(name)
          ? charRef(entities.get(name)!)
          : `&amp;${name};`
    )
    .replace(NUMERIC, (ref, n: string) => {
      const c = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n);
      return isXmlChar(c) ? ref : '&#xfffd;';
    });
}

/**
 * `text` with what keeps it from being well-formed XML repaired: anything before the XML
 * declaration or the root (whitespace, a BOM, a stray line of PHP output), HTML named entities
 * (as character references), bare `&`, invalid character references and characters XML
 * forbids. CDATA sections, comments and processing instructions are left as they are. DTD
 * entities are never expanded (`parse.ts` refuses `<!ENTITY` before it gets here).
 */
export function repairXml(text: string): string {
  const decl = text.indexOf('<?xml');
  const head = decl >= 0 && decl < 4096 ? decl : text.search(/<[A-Za-z!?]/);
  const body = head > 0 ? text.slice(head) : text.replace(/^\uFEFF/, '');
  const names = new Set<string>();
  const parts: string[] = [];
  let last = 0;
  for (const m of body.matchAll(LITERAL)) {
    parts.push(body.slice(last, m.index), m[0]);
    last = m.index! + m[0].length;
  }
  parts.push(body.slice(last));
  for (let i = 0; i < parts.length; i += 2) {
    for (const m of parts[i].matchAll(NAMED)) if (!XML_ENTITIES.has(m[1])) names.add(m[1]);
  }
  const entities = htmlEntities([...names]);
  for (let i = 0; i < parts.length; i += 2) parts[i] = repairText(parts[i], entities);
  balanceTags(parts);
  return declarePrefixes(parts.join(''));
}

// The namespaces of prefixes feeds use without declaring them (so the adapters still find them;
// the same as xml.ts `NS`, written out: this chunk imports nothing from the loader's).
const KNOWN_PREFIXES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  thr: 'http://purl.org/syndication/thread/1.0',
  georss: 'http://www.georss.org/georss',
};

/** Declares, on the root element, every prefix the document uses but never declares. */
function declarePrefixes(xml: string): string {
  const scan = xml.replace(LITERAL, '');
  const used = new Set<string>();
  for (const m of scan.matchAll(/<\/?([A-Za-z_][\w.-]*):[A-Za-z_]/g)) used.add(m[1]);
  for (const m of scan.matchAll(/\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=/g)) used.add(m[1]);
  for (const m of scan.matchAll(/xmlns:([A-Za-z_][\w.-]*)\s*=/g)) used.delete(m[1]);
  used.delete('xmlns');
  used.delete('xml');
  if (!used.size) return xml;
  // The end of the root's name, after the prolog (declaration, PIs, comments, doctype).
  const root =
    /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\])?\s*>)*<[A-Za-z_][\w:.-]*/i.exec(
      xml
    );
  if (!root) return xml;
  const decls = [...used]
    .map((p) => ` xmlns:${p}="${KNOWN_PREFIXES[p] ?? `urn:x-undeclared:${p}`}"`)
    .join('');
  const end = root[0].length;
  return xml.slice(0, end) + decls + xml.slice(end);
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)(?:\s(?:[^>"'/]|\/(?!>)|"[^"]*"|'[^']*')*)?(\/?)>/g;

/**
 * Closes what a feed left open: elements still open where the document ends (a truncated
 * feed: readers keep what arrived), and an extension element (`<itunes:category>`, any
 * prefixed name) left open, closed before the next item or where its parent closes. Scans the markup
 * parts of `parts` (every even index). A core element left open, or a stray end tag, is left
 * for the parser to refuse: the structure itself is broken.
 */
function balanceTags(parts: string[]): void {
  const stack: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(TAG, (tag, close: string, name: string, empty: string) => {
      if (empty) return tag;
      if (!close) {
        // An item never sits inside an extension element: one left open before it ends here.
        let closers = '';
        if (name === 'item' || name === 'entry')
          while (stack.length > 1 && stack[stack.length - 1].includes(':'))
            closers += `</${stack.pop()}>`;
        stack.push(name);
        return closers + tag;
      }
      const at = stack.lastIndexOf(name);
      if (at < 0) return tag;
      const open = stack.slice(at + 1);
      if (open.some((n) => !n.includes(':'))) {
        stack.length = at;
        return tag;
      }
      stack.length = at;
      return (
        open
          .reverse()
          .map((n) => `</${n}>`)
          .join('') + tag
      );
    });
  }
  parts[parts.length - 1] += stack
    .reverse()
    .map((n) => `</${n}>`)
    .join('');
}

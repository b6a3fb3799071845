/**
 * The package's one Trusted Types policy, `news-blocks`, and parsing untrusted text into inert
 * documents under it.
 *
 * A page with `require-trusted-types-for 'script'` blocks `DOMParser.parseFromString` on plain
 * strings and `script.text = …` on plain strings. Both are safe here:
 * - Parsing: a DOMParser document runs no script and loads nothing, and nothing parsed this way
 *   reaches the page unsanitized (text is read out of it; HTML goes through DOMPurify, whose own
 *   policy is `dompurify`).
 * - Script text: only JSON-LD (`type="application/ld+json"`, a data block the browser never
 *   runs) made by `jsonLdText` (`structured-data.ts`), which escapes `<`, `>`, `&`, U+2028 and
 *   U+2029, so the text cannot close its `<script>` element.
 * A strict page allows the policy with `trusted-types lit-html dompurify news-blocks`. Without
 * Trusted Types the policy functions do nothing extra.
 *
 * `script-src-attr` reports: Chromium checks the page's CSP for every `on*` attribute the HTML
 * parser meets, even in a DOMParser document where nothing will run, and a page with CSP
 * reporting gets a violation report per attribute. So HTML is parsed only after
 * `stripEventHandlers` has taken those attributes out of the text.
 */
import {domWindow, type DomWindow} from './sanitize.js';

/** The page's window, else the server's (`news-blocks/server.js`); an error without either. */
function dom(): DomWindow {
  const w = domWindow();
  if (!w) throw new Error('news-blocks: no DOM (import news-blocks/server.js)');
  return w;
}

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}

/** The name a strict page lists in its `trusted-types` directive. */
export const POLICY_NAME = 'news-blocks';

let policy: Policy | null | undefined;

function getPolicy(): Policy | null {
  if (policy === undefined) {
    policy = null;
    const tt = (globalThis as {trustedTypes?: {createPolicy(n: string, r: Policy): Policy}})
      .trustedTypes;
    try {
      policy =
        tt?.createPolicy(POLICY_NAME, {
          // Only ever used for the inert parses below.
          createHTML: (s: string) => s,
          // Only ever used for JSON-LD text from `jsonLdText`.
          createScript: (s: string) => s,
        }) ?? null;
    } catch (e) {
      // The page's CSP does not allow the name (or another copy of news-blocks made it first,
      // without 'allow-duplicates'): parsing then fails on that page, and says so once.
      console.warn(
        `news-blocks: Trusted Types policy '${POLICY_NAME}' refused; allow it in the page's CSP`,
        e
      );
    }
  }
  return policy;
}

/** The text as TrustedHTML where Trusted Types exist (typed as a string for the DOM APIs). */
function trusted(text: string): string {
  const p = getPolicy();
  return (p ? p.createHTML(text) : text) as string;
}

/**
 * JSON-LD text as TrustedScript where Trusted Types exist, for `script.text`. Callers pass only
 * `jsonLdText` output (see above).
 */
export function trustedJsonLd(text: string): string {
  const p = getPolicy();
  return (p ? p.createScript(text) : text) as string;
}

/** An inert document parsed from `text` (`text/html`, `application/xml` …). */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  const input = type === 'text/html' ? stripEventHandlers(text) : text;
  return new (dom().DOMParser)().parseFromString(trusted(input), type);
}

/** Elements whose content the HTML tokenizer reads as text, not tags. */
const RAW_TEXT = /^(script|style|xmp|iframe|noembed|noframes|noscript|textarea|title)$/i;
const SPACE = /[\t\n\f\r /]/;

/**
 * Where a script element's text ends in `text` (the index of its `</script`), or -1: the HTML
 * tokenizer's script data states. After `<!--` the text is "escaped", and there a `<script`
 * starts a "double escaped" part whose `</script` does not end the element (it ends that part);
 * `-->` returns to plain script data from either.
 */
function scriptEnd(text: string): number {
  const token = /<!--(-?>)?|(-->)|<(\/?)script(?=[\t\n\f\r />])/gi;
  // 0: script data, 1: escaped, 2: double escaped.
  let state = 0;
  for (let m; (m = token.exec(text));) {
    // `<!-->` and `<!--->` close at once.
    if (m[0][1] === '!') state ||= m[1] ? 0 : 1;
    else if (m[2]) state = 0;
    else if (m[3]) {
      if (state < 2) return m.index;
      state = 1;
    } else if (state === 1) state = 2;
  }
  return -1;
}

/**
 * HTML text without its `on*` attributes (`onclick`, `onerror` …), everything else unchanged.
 * A small scan after the HTML tokenizer's states for tags, attributes, comments and raw-text
 * elements. It is noise reduction, not the safety barrier: whatever it missed would only cost
 * a `script-src-attr` report, and the sanitizer drops `on*` attributes in any case.
 */
export function stripEventHandlers(html: string): string {
  if (!/[\s/"']on/i.test(html)) return html;
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    out += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      // A comment: `<!-->` and `<!--->` end at once, else at `-->` (or the end).
      const m = /^<!--(?:-?>|[\s\S]*?--!?>)/.exec(html.slice(i));
      const end = m ? i + m[0].length : n;
      out += html.slice(i, end);
      i = end;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '?' || (next === '/' && !/[a-z]/i.test(html[i + 2] ?? ''))) {
      // A bogus comment or doctype: up to the next `>`.
      const gt = html.indexOf('>', i);
      const end = gt < 0 ? n : gt + 1;
      out += html.slice(i, end);
      i = end;
      continue;
    }
    const closing = next === '/';
    if (!/[a-z]/i.test(html[i + (closing ? 2 : 1)] ?? '')) {
      out += '<';
      i++;
      continue;
    }
    // A tag: its name, then attributes until `>`.
    let j = i + (closing ? 2 : 1);
    while (j < n && !SPACE.test(html[j]) && html[j] !== '>') j++;
    const name = html.slice(i + (closing ? 2 : 1), j);
    out += html.slice(i, j);
    for (;;) {
      let k = j;
      while (k < n && SPACE.test(html[k])) k++;
      out += html.slice(j, k);
      j = k;
      if (j >= n) break;
      if (html[j] === '>') {
        out += '>';
        j++;
        break;
      }
      // Attribute name: up to space, `/`, `>` or `=` (a leading `=` belongs to the name).
      k = j + 1;
      while (k < n && !SPACE.test(html[k]) && html[k] !== '>' && html[k] !== '=') k++;
      const attr = html.slice(j, k);
      let v = k;
      while (v < n && /[\t\n\f\r ]/.test(html[v])) v++;
      if (html[v] === '=') {
        v++;
        while (v < n && /[\t\n\f\r ]/.test(html[v])) v++;
        const q = html[v];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, v + 1);
          v = close < 0 ? n : close + 1;
        } else while (v < n && !/[\t\n\f\r >]/.test(html[v])) v++;
        k = v;
      }
      if (!/^on/i.test(attr)) out += html.slice(j, k);
      j = k;
    }
    i = j;
    if (!closing && RAW_TEXT.test(name)) {
      // Its content is text up to the matching end tag (a script's by the tokenizer's rules).
      const end = /^script$/i.test(name)
        ? scriptEnd(html.slice(i))
        : html.slice(i).search(new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'i'));
      const stop = end < 0 ? n : i + end;
      out += html.slice(i, stop);
      i = stop;
    }
  }
  return out + html.slice(i);
}

let scratch: HTMLTemplateElement | undefined;

/**
 * `html` parsed as an HTML fragment into one reused `<template>` of an inert document (no
 * script runs, nothing loads, and no new document per call: the fragments of a feed's items
 * are parsed here one after the other; `on*` attributes are stripped first, as in `parseInert`).
 * The fragment is valid until the next call: read it before parsing another.
 */
export function inertFragment(html: string): DocumentFragment {
  scratch ??= dom().document.implementation.createHTMLDocument('').createElement('template');
  scratch.innerHTML = trusted(stripEventHandlers(html));
  return scratch.content;
}

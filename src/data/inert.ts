/**
 * Parsing untrusted text into inert documents under Trusted Types.
 *
 * A page with `require-trusted-types-for 'script'` blocks `DOMParser.parseFromString` on plain
 * strings. Parsing there is safe: a DOMParser document runs no script and loads nothing, and
 * nothing parsed this way reaches the page unsanitized (text is read out of it; HTML goes
 * through DOMPurify, whose own policy is `dompurify`). So `parseInert` passes the text through
 * our policy, `news-blocks`, which a strict page allows with
 * `trusted-types lit-html dompurify news-blocks`. Without Trusted Types it does nothing extra.
 */
interface Policy {
  createHTML(input: string): unknown;
}

let policy: Policy | null | undefined;

function getPolicy(): Policy | null {
  if (policy === undefined) {
    policy = null;
    const tt = (globalThis as {trustedTypes?: {createPolicy(n: string, r: Policy): Policy}})
      .trustedTypes;
    try {
      // Only ever used for the inert parses below.
      policy = tt?.createPolicy('news-blocks', {createHTML: (s: string) => s}) ?? null;
    } catch (e) {
      // The page's CSP does not allow the name (or another copy of news-blocks made it first,
      // without 'allow-duplicates'): parsing then fails on that page, and says so once.
      console.warn(
        "news-blocks: Trusted Types policy 'news-blocks' refused; allow it in the page's CSP",
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

/** An inert document parsed from `text` (`text/html`, `application/xml` …). */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  return new DOMParser().parseFromString(trusted(text), type);
}

let scratch: HTMLTemplateElement | undefined;

/**
 * `html` parsed as an HTML fragment into one reused `<template>` of an inert document (no
 * script runs, nothing loads, and no new document per call: the fragments of a feed's items
 * are parsed here one after the other). The fragment is valid until the next call: read it
 * before parsing another.
 */
export function inertFragment(html: string): DocumentFragment {
  scratch ??= document.implementation.createHTMLDocument('').createElement('template');
  scratch.innerHTML = trusted(html);
  return scratch.content;
}

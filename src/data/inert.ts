/**
 * Parsing untrusted text into inert documents under Trusted Types.
 *
 * A page with `require-trusted-types-for 'script'` blocks `DOMParser.parseFromString` and
 * `template.innerHTML` on plain strings. Parsing there is safe: a DOMParser document and a
 * template's content run no script and load nothing, and nothing parsed this way reaches the
 * page unsanitized (text is read out of it; HTML goes through DOMPurify first). So these two
 * helpers pass the text through our own policy, `news-blocks`, which a strict page allows with
 * `trusted-types lit-html dompurify news-blocks`. Without Trusted Types they do nothing extra.
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

/** A `<template>` holding `html` as inert content (for HTML that is already sanitized). */
export function inertTemplate(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = trusted(html);
  return template;
}

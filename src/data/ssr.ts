/**
 * What the data layer needs to know when it runs on a server (Node, `@lit-labs/ssr`), set by
 * `news-blocks/server` only; in a browser none of it is used.
 *
 * - `pageUrl`: the URL of the page being rendered, the server's `document.baseURI`;
 * - `pageLang`: its `<html lang>`, the `lang` of elements without their own (no ancestor walk);
 * - `serverWork`: async work a render started (a locale's strings, an article body being
 *   sanitized) that the server renderer waits for before it renders again, since
 *   `@lit-labs/ssr` renders synchronously and never re-renders an element.
 *
 * (`served.ts` has the feeds the server loads for elements with `src`.)
 */
let page: string | undefined;
let lang: string | undefined;
const pending = new Set<Promise<unknown>>();

/** Sets (or clears) the URL of the page the server is rendering. */
export function setPageUrl(url: string | undefined): void {
  page = url;
}

/** Sets (or clears) the `lang` of the page the server is rendering (`<html lang>`). */
export function setPageLang(value: string | undefined): void {
  lang = value;
}

/** On a server: the rendered page's `lang`, for elements without their own. */
export function pageLang(): string | undefined {
  return lang;
}

/** The page's base URL: `document.baseURI` in a browser, the rendered page's on a server. */
export function pageUrl(): string | undefined {
  return globalThis.document?.baseURI ?? page;
}

/** Registers work the server renderer waits for before its next pass. */
export function serverWork(work: Promise<unknown>): void {
  const p = work.catch(() => undefined).finally(() => pending.delete(p));
  pending.add(p);
}

/** The work registered and not yet settled (and forgets it). */
export function takeServerWork(): Promise<unknown>[] {
  const out = [...pending];
  pending.clear();
  return out;
}

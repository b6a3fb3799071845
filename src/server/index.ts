/**
 * `news-blocks/server`: server rendering with `@lit-labs/ssr`, in Node only (never imported by
 * the browser entry points). It defines every element, gives the sanitizer a DOM to work in
 * (jsdom: DOMPurify's own choice on a server and the one its tests run on; happy-dom and
 * linkedom are not what it supports) and renders a Lit template to HTML with declarative shadow
 * DOM, waiting between passes for what a render started (a locale's strings, a date pattern,
 * article bodies being sanitized), since `@lit-labs/ssr` renders each element once and
 * synchronously.
 *
 * ```js
 * import {html, renderLight, renderToString} from 'news-blocks/server';
 * const page = await renderToString(
 *   html`<news-article structured-data .article=${article}>${renderLight()}</news-article>`,
 *   {url: 'https://news.example/a/1', lang: 'vi'}
 * );
 * ```
 *
 * `renderLight()` among an element's children writes its light DOM: the data given as a property
 * (`article`, `articles`, `items`) as a `<script type="application/json">` child, which the
 * client reads to hydrate without loading anything, and the JSON-LD of `structured-data`.
 */
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import '../define.js';
import {serverDomWindow, setDomWindow, type DomWindow} from '../data/sanitize.js';
import {setPageLang, setPageUrl, takeServerWork} from '../data/ssr.js';

export {html} from 'lit';
export {renderLight} from '@lit-labs/ssr-client/directives/render-light.js';
export {setDomWindow, type DomWindow};

export interface ServerRenderOptions {
  /** The page's URL: the base of relative URLs (`document.baseURI` in a browser). */
  url?: string;
  /** The page's `<html lang>`: the language of elements without their own `lang`. */
  lang?: string;
}

/** At most this many passes (each waits for the work the previous one started). */
const PASSES = 4;

let dom: Promise<void> | undefined;

/**
 * A jsdom window for parsing and sanitizing (once, on first use); skipped when `setDomWindow`
 * was given one. jsdom is an optional peer dependency: install it with `news-blocks/server`.
 */
function ensureDom(): Promise<void> {
  if (serverDomWindow()) return Promise.resolve();
  dom ??= import('jsdom').then(({JSDOM}) => {
    // No scripts run and no resources load in this document: it only parses and sanitizes.
    setDomWindow(new JSDOM('<!doctype html>').window as unknown as DomWindow);
  });
  return dom;
}

// Parsing and sanitizing work from the start (`loadFeed` and `parseFeed` too, not only renders).
await ensureDom();

/**
 * Renders `value` (a Lit template of news-blocks elements) to an HTML string with declarative
 * shadow DOM, the way `@lit-labs/ssr`'s `render` does, after the work the elements started is
 * done: bodies sanitized on the server, locales and date patterns loaded.
 */
export async function renderToString(
  value: unknown,
  options: ServerRenderOptions = {}
): Promise<string> {
  await ensureDom();
  let out = '';
  for (let pass = 0; pass < PASSES; pass++) {
    // One synchronous pass: the page's URL and lang cannot leak into another request's render.
    setPageUrl(options.url);
    setPageLang(options.lang);
    try {
      out = collectResultSync(render(value));
    } finally {
      setPageUrl(undefined);
      setPageLang(undefined);
    }
    const work = takeServerWork();
    if (!work.length) break;
    await Promise.all(work);
  }
  return out;
}

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
 *
 * Elements with `src` (`<article-list src>`, `<news-card src>`, `<related-articles src>`,
 * `<news-article src>`, `<news-comments src>`) are loaded here, with the one loader (`loadFeed`),
 * between render passes (relative URLs against `url`); a feed that fails renders the element's
 * error state. The string ends with one `<script type="application/json" data-news-feeds>` of
 * what was loaded (escaped like JSON-LD), where the client's loading controller finds it: it
 * hydrates with the same articles and requests nothing (a failure stays until Retry).
 */
import {LitElementRenderer, render} from '@lit-labs/ssr';
import {nothing} from 'lit';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import '../define.js';
import {NewsElement} from '../base/news-element.js';
import {jsonScript} from '../internal/templates/json-ld.js';
import {serverDomWindow, setDomWindow, type DomWindow} from '../data/sanitize.js';
import {serverWork, setPageLang, setPageUrl, takeServerWork} from '../data/ssr.js';
import {setServedFeeds, type ServedFeed} from '../data/served.js';
import {jsonLdText} from '../data/structured-data.js';
import {isLocaleLoaded, loadLocale, withLocale} from '../i18n/localize.js';
import {directionOf, resolveLocales} from '../i18n/resolve.js';
import {patternLoading} from '../internal/templates/time.js';
import {serverChunks} from '../article-list/internal/templates.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';

export {html} from 'lit';
import {renderLight as litRenderLight} from '@lit-labs/ssr-client/directives/render-light.js';
export {setDomWindow, type DomWindow};

/**
 * `renderLight()` of @lit-labs/ssr-client, for an element's children: its light DOM as the
 * server renders it (typed here: that package's own declarations do not resolve under
 * `moduleResolution: node16`).
 */
export const renderLight: () => unknown = litRenderLight;

export interface ServerRenderOptions {
  /** The page's URL: the base of relative URLs (`document.baseURI` in a browser). */
  url?: string;
  /** The page's `<html lang>`: the language of elements without their own `lang`. */
  lang?: string;
  /**
   * Milliseconds one attempt to load an element's `src` may take on the server (default 5000);
   * past it (after `retries`) the element renders its error state.
   */
  timeout?: number;
  /** Retries of a failed `src` load on the server (default 1). */
  retries?: number;
}

// The data an element was given as a property (`articles`, `article`, `items`) becomes its
// `<script type="application/json">` child, which the client reads: it hydrates with the same
// data and loads nothing. (Here, not in the element: browsers never need it.)
NewsElement.prototype.renderLight = function (this: NewsElement) {
  const own = this as {articles?: unknown[]; article?: unknown; items?: unknown[]};
  const data = own.articles ?? own.article ?? (own.items?.length ? own.items : undefined);
  return data === undefined ? nothing : jsonScript(undefined, data);
};

// A list's chunks after its first (50 items) as their HTML without Lit's markers: readers
// without JavaScript and crawlers get every card, and the browser keeps those nodes as they are
// rather than hydrating them all in one task (article-list/internal/templates.ts). The markers
// are comments Lit writes; text and attribute values are escaped, so none is in the content.
serverChunks.write = (box) =>
  unsafeHTML(collectResultSync(render(box)).replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, ''));

/**
 * `@lit-labs/ssr` calls `willUpdate` and `render` (never `scheduleUpdate` or `update`, where a
 * browser resolves the locale): here the locale comes from the element's own `lang` (else the
 * page's), `willUpdate` and `render` run inside it, and a locale's strings or a date pattern not
 * loaded yet load as server work (the next pass renders with them).
 */
function localize(el: NewsElement) {
  const own = el as unknown as {
    uiLocale: string;
    dateFormat?: string;
    willUpdate(changed: unknown): void;
    render(): unknown;
  };
  const willUpdate = own.willUpdate;
  const render = own.render;
  own.willUpdate = (changed) => {
    const {ui, intl} = resolveLocales(el);
    if (!isLocaleLoaded(ui)) serverWork(loadLocale(ui));
    const pattern = patternLoading(own.dateFormat, el);
    if (pattern) serverWork(pattern);
    own.uiLocale = intl;
    // Right-to-left before any script runs (the client keeps a `dir` it did not set).
    if (directionOf(ui) === 'rtl' && !el.hasAttribute('dir')) el.setAttribute('dir', 'rtl');
    withLocale(intl, () => willUpdate.call(el, changed));
  };
  own.render = () => withLocale(own.uiLocale, () => render.call(el));
}
LitElementRenderer.renderOptions.push((el) => {
  if (el instanceof NewsElement) localize(el);
  return undefined;
});

/**
 * At most this many passes (each waits for the work the previous one started: the loading
 * controller's module, the feed, the bodies it brings, their locales and date patterns).
 */
const PASSES = 8;

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
  const feeds = new Map<string, ServedFeed | Promise<unknown>>();
  let out = '';
  for (let pass = 0; pass < PASSES; pass++) {
    // One synchronous pass: the page's URL and lang cannot leak into another request's render.
    setPageUrl(options.url);
    setPageLang(options.lang);
    setServedFeeds(feeds, {timeout: options.timeout ?? 5000, retries: options.retries ?? 1});
    try {
      out = collectResultSync(render(value));
    } finally {
      setPageUrl(undefined);
      setPageLang(undefined);
      setServedFeeds(undefined);
    }
    const work = takeServerWork();
    if (!work.length) break;
    await Promise.all(work);
  }
  return out + servedScript(feeds);
}

/**
 * The feeds (and failures) the render loaded for elements with `src`, as the one
 * `<script type="application/json" data-news-feeds>` the client reads (`served.ts`), escaped
 * like JSON-LD (`<`, `>`, `&`, U+2028, U+2029) so no text in a feed can close it.
 */
function servedScript(feeds: Map<string, ServedFeed | Promise<unknown>>): string {
  const done = [...feeds].filter(([, v]) => !(v instanceof Promise));
  return done.length
    ? `<script type="application/json" data-news-feeds>${jsonLdText(done)}</script>`
    : '';
}

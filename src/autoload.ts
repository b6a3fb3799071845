/**
 * Define-on-first-use for the CDN bundle, in its first file (the ES entry, cdn-start.ts; the
 * classic loader uses `startEarly`): `<news-card>` is in the core; every other element is its
 * own chunk, imported when its tag first appears in the page (or when a script asks for it with
 * `loadElement`). The chunks are named by the build's chunk map (`configure`), so this file
 * needs none of the core's code and runs before the core has arrived. npm users import define
 * files instead and let their bundler decide.
 */
import {
  SOURCE_TAGS,
  adapterToPreload,
  formatOf,
  prefetchFeed,
  type ChunkMap,
} from './data/prefetch.js';

/** The tags `autoloadElements` watches for, each defined by its chunk. */
export const LAZY_TAGS = [
  'article-list',
  'news-source',
  'news-time',
  'related-articles',
  'photo-caption',
  'news-tags',
  'news-breadcrumbs',
  'news-article',
  'news-comments',
] as const;
export type LazyTag = (typeof LAZY_TAGS)[number];

let chunks: ChunkMap = {};
let base = '';
let script: Pick<HTMLScriptElement, 'nonce' | 'crossOrigin'> | null | undefined;
/** Called once, for the first element seen (the entry's `Intl` warm-up). */
let first: (() => void) | undefined;

/**
 * The build's chunk map, the URL its files are relative to (`dist/cdn/news-blocks.js`), and
 * the script whose `nonce` and `crossorigin` the preloads copy. Without one (the entry was
 * imported by another module, which gives its imports its own nonce but no element to read it
 * from), the preloads take the nonce of the page's first script that has one: a policy's nonce
 * is the page's, and without it a nonce-only policy refuses every preload. Not its `crossorigin`:
 * an imported module is fetched as a module script without one is, as a preload without one is.
 * `onFirst` runs once, for the first element seen (now, or when the parser or a script adds it).
 */
export function configure(
  map: ChunkMap,
  at: string,
  from?: HTMLScriptElement | null,
  onFirst?: () => void
): void {
  first = onFirst;
  chunks = map;
  base = at;
  const nonced = from ? null : document.querySelector<HTMLScriptElement>('script[nonce]');
  script = from ?? (nonced && {nonce: nonced.nonce, crossOrigin: null});
}

/** A chunk's URL: the map names `chunks/core-HASH.js` as `core-HASH`. */
const url = (file: string) => new URL(`chunks/${file}.js`, base).href;

/**
 * `<link rel="modulepreload">` of the chunks under `key` in the map (once per file: the classic
 * loader and the entry may both ask), so they download now rather than once what imports them
 * has arrived and run.
 */
export function preload(key: string | undefined): void {
  for (const file of (key && chunks[key]) || []) preloadFile(file);
}

function preloadFile(file: string): void {
  const href = url(file);
  if (document.head.querySelector(`link[rel=modulepreload][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  // The same request the module's import() makes (URL, CORS mode), so it takes this one.
  if (script?.crossOrigin) link.crossOrigin = script.crossOrigin;
  if (script?.nonce) link.nonce = script.nonce;
  link.href = href;
  document.head.append(link);
}

/** The element that loads `el`'s `src` (a `<news-source>`'s list), unless none or `lazy`. */
function owner(el: Element): Element | null {
  if (!el.hasAttribute('src') || !SOURCE_TAGS.includes(el.localName)) return null;
  const o = el.localName === 'news-source' ? el.closest('article-list') : el;
  return o && !o.hasAttribute('lazy') ? o : null;
}

/** Starts `el`'s feed request (`loadFeed` takes it), and its format adapter's preload. */
function feed(el: Element): void {
  const o = owner(el);
  if (!o) return;
  const ttl = o.getAttribute('cache-ttl');
  prefetchFeed(el.getAttribute('src')!, {
    proxy: o.getAttribute('proxy') ?? undefined,
    cacheTtl: ttl === null ? undefined : Number(ttl),
    onHeaders: (res) => preload(`format:${formatOf(res)}`),
  });
}

/**
 * The chunks `el` will need: its own; with `src` the loader's (with a list's controller) and the
 * format adapter's the URL names, or RSS and Atom's when it names none (`adapterToPreload`;
 * the response's headers fetch the right one if that was wrong); for a `<news-card>`
 * that reads a JSON child or markup, its reader (not in the core).
 */
function preloads(el: Element): void {
  first?.();
  first = undefined;
  preload(el.localName);
  // The strings of the locale it will speak, which it waits for before its first render
  // (i18n/resolve.ts): its `lang` or an ancestor's, else the reader's language; "vi-VN" → vi,
  // "zh-TW" → zh-Hant. English is in the core. The map lists the locales after their one hash.
  const [l, r] = (el.closest('[lang]')?.getAttribute('lang') || navigator.language)
    .toLowerCase()
    .split('-');
  const [hash, ...locales] = chunks['locales'] ?? [];
  const hant = /^(hant|tw|hk|mo)$/.test(r);
  const name = l === 'zh' ? (hant ? 'zh-Hant' : 'zh-Hans') : l;
  const shipped = locales.includes(name);
  if (shipped) preloadFile(`locale-${name}-${hash}`);
  // A `date-format` pattern ("hh:mm a dd/MM/yyyy"; the presets are lower-case words): date-fns,
  // which the element waits for before it renders, and its data for that language, under the
  // same hash (i18n/date-pattern-data.ts: zh-Hant is zh-TW's, or zh-HK's).
  if (/[^a-z]/.test(el.getAttribute('date-format') ?? '')) {
    preload('date-pattern');
    if (shipped)
      preloadFile(
        `date-locale-${l === 'zh' ? (hant ? (r === 'hk' ? 'zh-HK' : 'zh-TW') : 'zh-CN') : l}-${hash}`
      );
  }
  const o = owner(el);
  if (o) {
    preload('src');
    const format = adapterToPreload(el.getAttribute('src')!);
    if (format) preload(`format:${format}`);
  } else if (el.localName === 'news-card' && el.firstElementChild) preload('news-card:inline');
  // A box of related articles reads the page's own article from its JSON-LD, and waits for it.
  if (el.localName === 'related-articles' && document.querySelector('[type="application/ld+json"]'))
    preload('related-articles:ld');
}

const SELECTOR = [...new Set([...SOURCE_TAGS, ...LAZY_TAGS])].join(',');
const found = (node: ParentNode): Element[] => [
  ...(node instanceof Element && node.matches(SELECTOR) ? [node] : []),
  ...node.querySelectorAll(SELECTOR),
];

/**
 * What the CDN's first file does before the core has arrived: for every element in the page,
 * the feed request of an element with `src` (not `lazy`; once the response's headers name it,
 * its format adapter's preload) and the preloads of the chunks it will need. `next` runs between
 * the feed requests and the preloads (the entry starts its core there): on HTTP/1.1 a browser
 * opens six connections per host, and the feed is the longest chain.
 */
export function startEarly(next?: () => void): void {
  const now = found(document);
  now.forEach(feed);
  next?.();
  now.forEach(preloads);
}

/**
 * The same for every element the parser adds while the document is still loading: the classic
 * script runs in the head. (The ES entry runs once the page is parsed, or, `async`, leaves what
 * the parser adds later to `autoloadElements`' observer, which does the same.)
 */
export function startWhileParsing(): void {
  if (document.readyState !== 'loading') return;
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (n instanceof Element)
          for (const el of found(n)) {
            feed(el);
            preloads(el);
          }
  });
  observer.observe(document, {childList: true, subtree: true});
  document.addEventListener('DOMContentLoaded', () => observer.disconnect(), {once: true});
}

const loading = new Map<string, Promise<CustomElementConstructor>>();

/**
 * Loads and defines one element (once), and resolves with its class. Use it for elements that
 * are created inside a shadow root the page's observer cannot see.
 */
export function loadElement(tag: LazyTag): Promise<CustomElementConstructor> {
  let p = loading.get(tag);
  if (!p) {
    const file = (LAZY_TAGS as readonly string[]).includes(tag) ? chunks[tag]?.[0] : undefined;
    if (!file) return Promise.reject(new Error(`news-blocks: no element <${tag}>`));
    p = import(url(file)).then(() => customElements.whenDefined(tag));
    p.catch((e: unknown) => {
      loading.delete(tag); // a failed chunk download may be retried
      console.error(`news-blocks: could not load <${tag}>`, e);
    });
    loading.set(tag, p);
  }
  return p;
}

/** The lazy tags neither defined nor on their way. */
const pending = () => LAZY_TAGS.filter((t) => !loading.has(t) && !customElements.get(t));

/** Starts the feeds and chunks of what is at or under `node`, and loads its pending tags. */
function scan(node: Document | ShadowRoot | Element, tags: LazyTag[]): void {
  const els = found(node);
  els.forEach(feed);
  els.forEach(preloads);
  for (const el of els)
    if ((tags as string[]).includes(el.localName)) void loadElement(el.localName as LazyTag);
}

/**
 * Loads each lazy element that is in `root` now, and each one added later (a MutationObserver
 * on `root`, disconnected once every tag is defined or loading), and starts the feed request
 * of each element with `src` it sees. Returns a function that stops watching.
 */
export function autoloadElements(root: Document | ShadowRoot | Element = document): () => void {
  scan(root, pending());
  if (!pending().length) return () => undefined;
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (n.nodeType === Node.ELEMENT_NODE) scan(n as Element, pending());
    if (!pending().length) observer.disconnect();
  });
  observer.observe(root, {childList: true, subtree: true});
  return () => observer.disconnect();
}

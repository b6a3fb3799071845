/**
 * Define-on-first-use for the CDN bundle: `<news-card>` is in the always-loaded file; every
 * other element is its own chunk, imported when its tag first appears in the page (or when a
 * script asks for it with `loadElement`). npm users import define files instead and let their
 * bundler decide.
 */
import {SOURCE_TAGS, formatOf, prefetchFeed} from './data/prefetch.js';

type Loader = () => Promise<unknown>;

/** Each lazily defined tag and the define module that registers it. */
const LOADERS = {
  'article-list': () => import('./article-list/article-list.js'),
  'news-source': () => import('./news-source/news-source.js'),
  'news-time': () => import('./news-time/news-time.js'),
  'related-articles': () => import('./related-articles/related-articles.js'),
  'photo-caption': () => import('./photo-caption/photo-caption.js'),
  'news-tags': () => import('./news-tags/news-tags.js'),
  'news-breadcrumbs': () => import('./news-breadcrumbs/news-breadcrumbs.js'),
  'news-article': () => import('./news-article/news-article.js'),
  'news-comments': () => import('./news-comments/news-comments.js'),
} satisfies Record<string, Loader>;

export type LazyTag = keyof typeof LOADERS;
/** The tags `autoloadElements` watches for. */
export const LAZY_TAGS = Object.keys(LOADERS) as LazyTag[];

const loading = new Map<string, Promise<CustomElementConstructor>>();

/**
 * Loads and defines one element (once), and resolves with its class. Use it for elements that
 * are created inside a shadow root the page's observer cannot see.
 */
export function loadElement(tag: LazyTag): Promise<CustomElementConstructor> {
  let p = loading.get(tag);
  if (!p) {
    const loader = (LOADERS as Record<string, Loader>)[tag];
    if (!loader) return Promise.reject(new Error(`news-blocks: no element <${tag}>`));
    p = loader().then(() => customElements.whenDefined(tag));
    p.catch((e: unknown) => {
      loading.delete(tag); // a failed chunk download may be retried
      console.error(`news-blocks: could not load <${tag}>`, e);
    });
    loading.set(tag, p);
  }
  return p;
}

const SOURCES = SOURCE_TAGS.join(',');

/**
 * The next chunk a feed needs, known from its response headers before its body has arrived:
 * the format adapter (`formatOf`).
 */
const FORMATS: Record<string, Loader> = {
  atom: () => import('./data/formats/atom.js'),
  'json-feed': () => import('./data/formats/json-feed.js'),
  rss: () => import('./data/formats/rss.js'),
  wordpress: () => import('./data/formats/wordpress.js'),
};
const warm = (p: Promise<unknown>) => void p.catch(() => undefined);

/**
 * Starts the feed request of every element with `src` at or under `node` (not `lazy` ones), so
 * it runs in parallel with the element's chunk and the loader's; `loadFeed` then takes it. With
 * `chunks` false only the requests start (the bundle's first statement: no chunk may be
 * imported while the entry that chunks import is still being evaluated).
 */
export function prefetch(node: Document | ShadowRoot | Element, chunks = true): void {
  const els = [...node.querySelectorAll(SOURCES)];
  if (node instanceof Element && node.matches(SOURCES)) els.unshift(node);
  for (const el of els) {
    const src = el.getAttribute('src');
    const owner = el.localName === 'news-source' ? el.closest('article-list') : el;
    if (!src || !owner || owner.hasAttribute('lazy')) continue;
    const ttl = owner.getAttribute('cache-ttl');
    // The loader chunk (FeedController, loadFeed and the helpers every format adapter shares),
    // the text helpers and the merge helpers both import, and a list's own loading controller,
    // beside the element's chunk: preloaded by import, so none waits for another (the list's
    // controller is otherwise imported once its chunk has run, two round trips later).
    if (chunks) {
      warm(import('./data/load.js'));
      warm(import('./data/formats/build.js'));
      warm(import('./data/conventions.js'));
      warm(import('./data/merge.js'));
      if (owner.localName === 'article-list')
        warm(import('./article-list/internal/list-feed-controller.js'));
    }
    prefetchFeed(src, {
      proxy: owner.getAttribute('proxy') ?? undefined,
      cacheTtl: ttl === null ? undefined : Number(ttl),
      onHeaders: (res) => {
        const load = FORMATS[formatOf(res) ?? ''];
        if (load) warm(load());
      },
    });
  }
}

/** The lazy tags neither defined nor on their way. */
const pending = () => LAZY_TAGS.filter((t) => !loading.has(t) && !customElements.get(t));

/** Loads every pending tag found at or under `node`: one selector query per call. */
function scan(node: Document | ShadowRoot | Element, tags: LazyTag[]): void {
  prefetch(node);
  if (!tags.length) return;
  const found = new Set<string>();
  if (node instanceof Element && (tags as string[]).includes(node.localName))
    found.add(node.localName);
  for (const el of node.querySelectorAll(tags.join(','))) found.add(el.localName);
  for (const tag of found) void loadElement(tag as LazyTag);
}

/**
 * Loads each lazy element that is in `root` now, and each one added later (a MutationObserver
 * on `root`, disconnected once every tag is defined or loading). Returns a function that stops watching.
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

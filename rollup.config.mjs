// Rollup builds only the CDN files, from tsc's output in dist/:
//  - dist/cdn/news-blocks.js (from src/cdn.ts): the always-loaded ES module itself (no
//    re-export-only entry file): it defines <news-card> at once and every other tag when it
//    first appears in the page, starts the feed request of every element with `src` at once
//    (src/data/prefetch.ts), and exports the light API. Everything else is an on-demand chunk:
//      chunks/element-<tag>-*.js   one per element, with everything it always needs (the list
//                                  carries <news-source>, merging, paging and the carousel);
//      chunks/loader-*.js          FeedController, loadFeed, parseFeed and the helpers every
//                                  format shares (XML reader, dates), once anything loads a
//                                  `src` (when it is not in the core); chunks/text-*.js the
//                                  conventions, HTML and inert helpers (formats, article pages);
//      chunks/format-<name>-*.js   one per feed format adapter;
//      chunks/locale-<lang>-*.js   one per UI language; chunks/date-locale-*.js date-fns pattern
//                                  data, only for `date-format` patterns; purify-*.js the sanitizer.
//  - dist/cdn/news-blocks.iife.js (from src/classic.ts): a classic script of a few KiB that sets
//    window.NewsBlocks' plain functions at once, starts the same feed requests, and loads the ES
//    module above (which adds the classes and defines the tags).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {dirname, relative, sep} from 'node:path';

const plugins = [
  nodeResolve({browser: true}),
  terser({format: {comments: false}, ecma: 2021, module: true}),
];

// tsc's decorator helper reads `this` at module level; in ES modules that is undefined, which
// is what the helper expects. Say so once instead of once per element.
const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

const ELEMENTS = [
  'article-list',
  'news-time',
  'related-articles',
  'photo-caption',
  'news-tags',
  'news-breadcrumbs',
  'news-article',
  'news-comments',
];
// What loading any `src` needs, and the helpers every format adapter shares.
const LOADER = new Set([
  'controllers/feed-controller.js',
  'data/load.js',
  'data/parse.js',
  'data/decode.js',
  'data/formats/build.js',
  'data/formats/xml.js',
  'data/dates.js',
]);
// Text helpers the adapters share with the article-page elements (tags, captions, breadcrumbs),
// which load them without the loader.
const TEXT = new Set(['data/conventions.js', 'data/html.js', 'data/inert.js']);

/** Is `id` reachable from the entry through static imports only (always loaded)? */
function inCore(id, getModuleInfo, seen = new Map()) {
  if (seen.has(id)) return seen.get(id);
  seen.set(id, false);
  const info = getModuleInfo(id);
  const yes =
    !!info && (info.isEntry || info.importers.some((i) => inCore(i, getModuleInfo, seen)));
  seen.set(id, yes);
  return yes;
}

function manualChunks(id, {getModuleInfo}) {
  const core = new Map();
  if (inCore(id, getModuleInfo, core)) return 'news-blocks';
  const rel = relative('dist', id).split(sep).join('/');
  if (rel.startsWith('..')) {
    if (/@lit\/task/.test(id)) return 'loader';
    return undefined;
  }
  // Shared by the loader (FeedController's `find` for article-id) and the list (merging
  // sources): a chunk of its own, so neither imports the other (no circular chunk) and a list
  // of inline articles loads no loader.
  if (rel === 'data/merge.js') return 'merge';
  // The list's loading controller (on FeedController) arrives with the list's first `src`, not
  // with the list itself: a list of inline articles loads no loader.
  if (rel === 'article-list/internal/list-feed-controller.js') return 'loader-list';
  if (LOADER.has(rel)) return 'loader';
  if (TEXT.has(rel)) return 'text';
  const format = rel.match(/^data\/formats\/([\w-]+)\.js$/);
  if (format && format[1] !== 'inline') return `format-${format[1]}`;
  const locale = rel.match(/^generated\/locales\/([\w-]+)\.js$/);
  if (locale) return `locale-${locale[1]}`;
  const folder = rel.split('/')[0];
  if (folder === 'news-source') return 'element-article-list';
  if (ELEMENTS.includes(folder)) return `element-${folder}`;
  if (rel === 'internal/controllers/intersection-controller.js') return 'element-article-list';
  return undefined;
}

/**
 * A map source in node_modules (lit, date-fns) as a path to where the dependency sits once this
 * package is installed (`node_modules/news-blocks/dist/cdn/…` → `node_modules/lit-html/…`), not
 * to this checkout's node_modules.
 */
function besideDependencies(source, mapPath) {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) return source;
  const root = relative(dirname(mapPath), process.cwd()).split(sep).join('/');
  return `${root}/../${source.slice(at + 'node_modules/'.length)}`;
}

export default [
  {
    input: {'news-blocks': 'dist/cdn.js'},
    onwarn,
    // The entry may export more than cdn.ts does (what the chunks share), so there is no facade
    // file that only re-exports the core: one request fewer on every cold load.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      entryFileNames: '[name].js',
      // date-fns' pattern data per language (only for `date-format` patterns): date-locale-*.
      chunkFileNames: (chunk) =>
        /date-fns\/locale\//.test(chunk.facadeModuleId ?? '')
          ? 'chunks/date-locale-[name]-[hash].js'
          : 'chunks/[name]-[hash].js',
      manualChunks,
      format: 'es',
      sourcemap: true,
      // Sources point at dist/*.js, which ship beside the bundle (readable ES2021 with its
      // comments), and at the dependencies where an install (or a CDN) puts them: the maps stay
      // small and lead a debugger to readable code.
      sourcemapExcludeSources: true,
      sourcemapPathTransform: besideDependencies,
    },
    plugins,
  },
  {
    input: 'dist/classic.js',
    onwarn,
    output: {
      file: 'dist/cdn/news-blocks.iife.js',
      format: 'iife',
      name: 'NewsBlocks',
      extend: true,
      sourcemap: true,
      sourcemapExcludeSources: true,
      sourcemapPathTransform: besideDependencies,
    },
    plugins: [nodeResolve({browser: true}), terser({format: {comments: false}, ecma: 2021})],
  },
];

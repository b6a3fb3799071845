// Rollup builds only the CDN files, from tsc's output in dist/:
//  - dist/cdn/news-blocks.js (from src/cdn.ts): the always-loaded ES module itself (no
//    re-export-only entry file): it defines <news-card> at once and every other tag when it
//    first appears in the page, starts the feed request of every element with `src` at once
//    (src/data/prefetch.ts), and exports the light API. Everything else is an on-demand chunk:
//      chunks/element-<tag>-*.js   one per element, with everything it always needs (the list
//                                  carries <news-source>, merging, paging and the carousel);
//      chunks/source-*.js          what a card needs beyond an `article` property (its JSON
//                                  child / markup reader, FeedSource, the error, empty and
//                                  stale states), shared with every element that loads data;
//      chunks/common-*.js          Lit's decorators and the light-DOM watcher, which every
//                                  element but the card (static properties, no decorators) uses;
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
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, sep} from 'node:path';

/**
 * Lit's css`` literals as tsc leaves them: indentation, comments and blank lines that terser
 * keeps (they are string contents). Squeezes their static parts, keeping every newline so the
 * line numbers of the code stay those of the source map (the map is kept as it is).
 */
function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, (w) => w.replace(/ /g, ''))
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/([:,]) /g, '$1');
}

/** Finds each css`…` literal in `code` and squeezes its static parts. */
function squeezeCssLiterals(code) {
  let out = '';
  let i = 0;
  // Only tagged-template uses (after `=`, `(`, `,` or `[`), not the word in a comment.
  const re = /(?<=[=(,[]\s*)\bcss\s*`/g;
  let m;
  while ((m = re.exec(code))) {
    const start = m.index + m[0].length;
    out += code.slice(i, start);
    let j = start;
    let quasi = '';
    for (;;) {
      const c = code[j];
      if (c === undefined) throw new Error('unterminated css literal');
      if (c === '\\') {
        quasi += code.slice(j, j + 2);
        j += 2;
      } else if (c === '`') {
        out += squeezeCss(quasi) + '`';
        j++;
        break;
      } else if (c === '$' && code[j + 1] === '{') {
        out += squeezeCss(quasi);
        quasi = '';
        const end = skipExpression(code, j + 2);
        out += code.slice(j, end);
        j = end;
      } else {
        quasi += c;
        j++;
      }
    }
    i = j;
    re.lastIndex = j;
  }
  return out + code.slice(i);
}

/** The index after the `}` that closes the expression starting at `j`. */
function skipExpression(code, j) {
  let depth = 1;
  while (depth) {
    const c = code[j];
    if (c === undefined) throw new Error('unterminated expression');
    if (c === "'" || c === '"') {
      j++;
      while (code[j] !== c) j += code[j] === '\\' ? 2 : 1;
    } else if (c === '`') {
      j++;
      while (code[j] !== '`') {
        if (code[j] === '\\') j += 2;
        else if (code[j] === '$' && code[j + 1] === '{') j = skipExpression(code, j + 2);
        else j++;
      }
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    j++;
  }
  return j;
}

/** Squeezes Lit's css`` literals in the project's modules (not in node_modules'). */
const squeezeCssPlugin = {
  name: 'squeeze-css',
  transform(code, id) {
    if (/node_modules/.test(id) || !/\bcss\s*`/.test(code)) return null;
    // Every newline stays, so the source map tsc wrote still holds line by line.
    return {code: squeezeCssLiterals(code), map: null};
  },
};

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of a
 * file that starts with it is compiled with the file, on the streaming thread while it
 * downloads, instead of lazily on the main thread at its first call. For the chunks a first card
 * runs (the entry, core, common, source, elements, loader, text, merge, formats), that lazy compile was ~50 ms
 * of main thread between the last byte and the first card (bench/profile-cold.mjs). Not for
 * locale, date-fns or sanitizer chunks (most of their functions never run).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const hinted = (chunk) =>
  /^(core|common|source|element-|shared-|loader|text|merge|format-)/.test(chunk.name)
    ? COMPILE_HINT
    : '';
const minify = (o = {}) =>
  terser({
    // Only the hint survives (terser's workers get a RegExp, not a closure).
    format: {comments: /^# allFunctionsCalledOnLoad$/},
    ecma: 2021,
    ...o,
  });

/**
 * `@lit/localize` as the CDN build uses it: its `str` tag alone. The package's index also brings
 * its runtime's module code (the hex table of its id hash, a deferred promise; 0.1 KiB gzip
 * always loaded) that this library never runs: every `msg` passes an explicit id and nothing
 * configures localization (i18n/localize.ts). A module that imports anything else from it (a
 * value; types are gone by now) fails the build, since str-tag.js does not export it.
 */
const strOnlyLocalize = {
  name: 'str-only-localize',
  resolveId(source, importer) {
    return source === '@lit/localize'
      ? this.resolve('@lit/localize/internal/str-tag.js', importer, {skipSelf: true})
      : null;
  },
};

/**
 * The generated locale modules (src/generated/locales/*) with their own copy of `str` (a line)
 * instead of an import of it from the core: a locale chunk then imports nothing, so its code is
 * its module's alone and every locale chunk can carry one hash of all of them (`localeHash`),
 * which the entry's chunk map names once, instead of eleven (0.2 KiB gzip always loaded): the
 * entry preloads the strings of a page's language beside the core (autoload.ts).
 */
const LOCALE_STR = 'const str = (strings, ...values) => ({strTag: true, strings, values});';
const localeStrPlugin = {
  name: 'locale-str',
  transform(code, id) {
    if (!/[\\/]generated[\\/]locales[\\/][\w-]+\.js$/.test(id)) return null;
    const out = code.replace(/^\s*import \{\s*str\s*\} from '@lit\/localize';$/m, LOCALE_STR);
    if (/\bimport\b/.test(out)) throw new Error(`${id}: a locale module imports more than str`);
    return {code: out, map: null};
  },
};
let localeHashValue;
/**
 * One hash of every generated locale module (as tsc wrote them) and of the `str` they get, and of
 * the date-fns release whose locale data the date-locale chunks copy (dateLocaleCopies).
 */
function localeHash() {
  if (!localeHashValue) {
    const hash = createHash('sha256')
      .update(LOCALE_STR)
      .update(String(dateLocaleCopies.resolveId) + DATE_LOCALE_UNUSED)
      .update(readFileSync('node_modules/date-fns/package.json'));
    for (const f of readdirSync('dist/generated/locales')
      .filter((n) => n.endsWith('.js'))
      .sort())
      hash.update(f).update(readFileSync(join('dist/generated/locales', f)));
    localeHashValue = hash.digest('base64url').slice(0, 8);
  }
  return localeHashValue;
}

/**
 * date-fns' locale data without imports: each non-English `date-locale-*` chunk gets its own copy
 * of the few date-fns helpers its locale module imports (`buildLocalizeFn` and the like, about
 * 0.3 KiB gzip; zh-CN's `isSameWeek` too) instead of importing them from the date-pattern chunk.
 * A chunk that imports nothing can carry the locales' one hash (`localeHash`), so the entry can
 * name it without a map of hashed names and preload it beside date-fns' `format` for a page in
 * that language with a `date-format` pattern (autoload.ts `preloads`): it used to be requested
 * only once the date-pattern chunk had arrived and run, a round trip after the rest. English
 * locales keep importing the en-US data that chunk already holds.
 */
const DATE_LOCALE_COPY = '\0date-locale-copy:';
const dateLocaleOf = (id) => id.match(/[\\/]date-fns[\\/]locale[\\/]([\w-]+)(?:\.js$|[\\/])/)?.[1];
const dateLocaleCopies = {
  name: 'date-locale-copies',
  async resolveId(source, importer) {
    if (!importer) return null;
    const copy = importer.startsWith(DATE_LOCALE_COPY)
      ? importer.slice(DATE_LOCALE_COPY.length).split('|')
      : undefined;
    const locale = copy ? copy[0] : dateLocaleOf(importer);
    if (!locale || locale === '_lib' || locale.startsWith('en')) return null;
    const resolved = await this.resolve(source, copy ? copy[1] : importer, {skipSelf: true});
    // (A copy's import, resolved from its file's own path, may come back as a copy already.)
    if (!resolved || resolved.external || resolved.id.startsWith(DATE_LOCALE_COPY)) return resolved;
    if (dateLocaleOf(resolved.id) === locale) return resolved;
    return `${DATE_LOCALE_COPY}${locale}|${resolved.id}`;
  },
  load(id) {
    return id.startsWith(DATE_LOCALE_COPY) ? readFileSync(id.split('|')[1], 'utf8') : null;
  },
};
/**
 * date-fns' locale objects as `format` reads them: `formatLong`, `localize` and `options`. Their
 * `match` (for `parse`), `formatDistance` and `formatRelative` are never called here (patterns
 * only format; relative times are `Intl`'s), and were about half of each locale's bytes, and of
 * the English data in the date-pattern chunk. The CDN build drops them; a date-fns release that
 * writes its locale objects otherwise fails the build here.
 */
const DATE_LOCALE_UNUSED = /^ {2}(formatDistance|formatRelative|match): \1,\n/gm;
const dateLocaleFormatOnly = {
  name: 'date-locale-format-only',
  transform(code, id) {
    if (!/[\\/]date-fns[\\/]locale[\\/][\w-]+\.js$/.test(id)) return null;
    const out = code.replace(DATE_LOCALE_UNUSED, '');
    if ((code.match(DATE_LOCALE_UNUSED) ?? []).length !== 3)
      throw new Error(`${id}: not the date-fns locale object dateLocaleFormatOnly expects`);
    return {code: out, map: null};
  },
};
/**
 * Lit's `css` tag throws two long messages (about 0.1 KiB gzip of the always-loaded core) for a
 * value that is not a `css` result, or a `CSSResult` made by hand, and its `property` decorator
 * one for a decorator used on something other than a field or accessor. In this bundle only the
 * library's own static styles and fields reach them, so no reader or partner can meet them; the
 * CDN build keeps them shorter, with the same meaning. A Lit release that words them otherwise
 * fails the build.
 */
const LIT_MESSAGES = {
  'css-tag.js': [
    [
      `"Value passed to 'css' function must be a 'css' function result: "`,
      `"css: not a css result: "`,
    ],
    [
      `". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`,
      `""`,
    ],
    ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult: use css"'],
  ],
  'property.js': [['"Unsupported decorator location: "', '"decorator: "']],
};
const litMessages = {
  name: 'lit-messages',
  transform(code, id) {
    const m = /[\\/]@lit[\\/]reactive-element[\\/](?:decorators[\\/])?([\w-]+\.js)$/.exec(id);
    const replace = m && LIT_MESSAGES[m[1]];
    if (!replace) return null;
    let out = code;
    for (const [from, to] of replace) {
      if (!out.includes(from))
        throw new Error(`${id}: not the message litMessages expects: ${from}`);
      out = out.replace(from, to);
    }
    return {code: out, map: null};
  },
};
/** A date-locale chunk's locale when it is one of the copies' (non-English), else undefined. */
const copiedDateLocale = (chunk) => {
  const locale = dateLocaleOf(chunk.facadeModuleId ?? '');
  return locale && !locale.startsWith('en') ? locale : undefined;
};

const plugins = [
  squeezeCssPlugin,
  litMessages,
  localeStrPlugin,
  strOnlyLocalize,
  nodeResolve({browser: true}),
  minify({module: true}),
];

// tsc's decorator helper reads `this` at module level; in ES modules that is undefined, which
// is what the helper expects. Say so once instead of once per element.
// A missing export (e.g. a value imported from `@lit/localize` beyond `str`) fails the build.
const onwarn = (warning, warn) => {
  if (warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
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
// What a card needs beyond an `article` property (its JSON child and markup reader, the loading
// path's facade and the states), which every other element with `src` or inline data shares:
// in the common chunk, loaded by the first such card or with such an element's chunk, never by
// the core.
const SOURCE = new Set([
  'news-card/card-source.js',
  'base/feed-source.js',
  'internal/controllers/inline-json-controller.js',
  'internal/templates/states.js',
  'internal/templates/states.styles.js',
  'internal/templates/button.styles.js',
]);
// Text helpers the adapters share with the article-page elements (tags, captions, breadcrumbs),
// which load them without the loader.
const TEXT = new Set(['data/conventions.js', 'data/html.js', 'data/inert.js']);

/** Is `id` reachable from the core (cdn.js) through static imports only (always loaded)? */
function inCore(id, getModuleInfo, seen = new Map()) {
  if (seen.has(id)) return seen.get(id);
  seen.set(id, false);
  const info = getModuleInfo(id);
  const yes =
    !!info &&
    (/[\\/]cdn\.js$/.test(id) || info.importers.some((i) => inCore(i, getModuleInfo, seen)));
  seen.set(id, yes);
  return yes;
}

function manualChunks(id, {getModuleInfo}) {
  // date-fns helpers copied into one locale's chunk (dateLocaleCopies): stay with it.
  if (id.startsWith(DATE_LOCALE_COPY)) return undefined;
  const core = new Map();
  if (inCore(id, getModuleInfo, core)) return 'core';
  const rel = relative('dist', id).split(sep).join('/');
  if (rel.startsWith('..')) {
    if (/@lit\/task/.test(id)) return 'loader';
    // Lit's decorators: every element but the card (which declares static properties) uses them.
    if (/(@lit[\\/]reactive-element[\\/]decorators[\\/]|[\\/]lit[\\/]decorators\.js$)/.test(id))
      return 'common';
    // Lit's directive base (0.3 KiB), which four elements' directives extend.
    if (/[\\/]lit-html[\\/]directive\.js$/.test(id)) return 'common';
    return sharedChunk(id, getModuleInfo);
  }
  // One chunk for what every element but the card shares (4.6 KiB; issue 13): the merge helpers
  // (the loader's FeedController `find` for article-id and the list's merging of sources: in
  // neither's chunk, so neither imports the other and a list of inline articles loads no
  // loader), the card's reader and the states (SOURCE), Lit's decorators and the light-DOM
  // watcher. They were four chunks: with the feed, the core, the list, the loader and text, a
  // list with `src` made nine requests at once, and HTTP/1.1 gives a host six connections.
  // <news-time> alone downloads 3.7 KiB it does not run.
  if (rel === 'data/merge.js') return 'common';
  if (SOURCE.has(rel)) return 'common';
  if (rel === 'internal/controllers/light-dom-controller.js') return 'common';
  // The lists' end of their reserved space (both lists; not a chunk of its own on their path).
  if (rel === 'internal/controllers/fit-controller.js') return 'common';
  // Each list's rows of the reservation table (the card's are in the core) travel with it.
  const reserve = rel.match(/^styles\/reserve-([\w-]+)\.js$/);
  if (reserve && ELEMENTS.includes(reserve[1])) return `element-${reserve[1]}`;
  // The list's loading controller (on FeedController) travels in the loader: it arrives with
  // the list's first `src`, not with the list itself (a list of inline articles loads no
  // loader), and without a request of its own on the list's cold path (HTTP/1.1 gives a host
  // six connections: a ninth request waited for one). A card with `src` downloads its 0.5 KiB.
  if (rel === 'article-list/internal/list-feed-controller.js') return 'loader';
  // The free-form date reader (1.9 KiB): only for a feed whose dates are neither RFC 822 nor
  // ISO 8601 (dates.ts asks for it then, and parse.ts reads that feed's items again).
  if (rel === 'data/dates/free-form.js') return 'dates-free-form';
  if (LOADER.has(rel) || rel.startsWith('data/dates/')) return 'loader';
  if (TEXT.has(rel) || rel.startsWith('data/conventions/')) return 'text';
  const format = rel.match(/^data\/formats\/([\w-]+)\.js$/);
  // RSS and Atom in one chunk (≈ 2.2 KiB): the entry preloads it with the loader for every
  // `src` whose URL does not name another format, before any response (adapterToPreload).
  if (format && (format[1] === 'rss' || format[1] === 'atom')) return 'format-xml';
  if (format && format[1] !== 'inline') return `format-${format[1]}`;
  const locale = rel.match(/^generated\/locales\/([\w-]+)\.js$/);
  if (locale) return `locale-${locale[1]}`;
  const folder = rel.split('/')[0];
  if (folder === 'news-source') return 'element-article-list';
  if (ELEMENTS.includes(folder)) return `element-${folder}`;
  if (rel === 'internal/controllers/intersection-controller.js') return 'element-article-list';
  // A helper two elements share (JSON-LD, link styles, …) would otherwise land in whichever
  // element's chunk claims it first, and the other element would download that whole chunk
  // (news-breadcrumbs fetched the list's): such helpers get a chunk per set of elements.
  return sharedChunk(id, getModuleInfo);
}

/** A chunk for helpers two or more elements share, named by those elements (no element then
 *  downloads what only the others need). */
function sharedChunk(id, getModuleInfo) {
  const users = [...elementsUsing(id, getModuleInfo)].sort();
  return users.length > 1 ? `shared-${users.join('_')}` : undefined;
}

/** The element folders whose modules import `id`, directly or through other helpers. */
function elementsUsing(id, getModuleInfo, seen = new Set(), out = new Set()) {
  if (seen.has(id)) return out;
  seen.add(id);
  for (const importer of getModuleInfo(id)?.importers ?? []) {
    const folder = relative('dist', importer).split(sep)[0];
    if (folder === 'news-source') out.add('article-list');
    else if (ELEMENTS.includes(folder)) out.add(folder);
    else elementsUsing(importer, getModuleInfo, seen, out);
  }
  return out;
}

/**
 * What the classic loader may preload, from the ES build's chunk names (hashed): per lazily
 * defined tag, its chunk and that chunk's static imports; under `src`, what any element with
 * `src` loads (the loader, with the list's loading controller, text and common chunks); under
 * `format:<name>`, what that adapter needs beyond them. The entry and the classic build (below,
 * built after this one) carry it.
 */
const chunkMap = {};
/** The core's own exports (cdn.ts): the entry (cdn-start.ts) must export each of them. */
let coreExports = [];
const SRC_MODULES = [
  'news-card/card-source.js',
  'data/load.js',
  'data/formats/build.js',
  'data/conventions.js',
  'data/merge.js',
];
const FORMATS = ['atom', 'json-feed', 'rss', 'wordpress'];
const chunkMapPlugin = {
  name: 'chunk-map',
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const core = chunks.find((c) => c.isEntry && c.name === 'core');
    const byModule = (rel) =>
      chunks.find((c) =>
        c.moduleIds.some((id) => relative('dist', id).split(sep).join('/') === rel)
      );
    // A chunk and its static imports, but never the core (the first file loads it itself).
    const files = (rels) => {
      const out = new Set();
      const add = (file) => {
        if (out.has(file) || file === core.fileName) return;
        out.add(file);
        for (const f of bundle[file].imports) add(f);
      };
      for (const rel of rels) {
        const chunk = byModule(rel);
        if (!chunk) throw new Error(`chunk map: no chunk holds dist/${rel}`);
        add(chunk.fileName);
      }
      return [...out];
    };
    for (const key of Object.keys(chunkMap)) delete chunkMap[key];
    chunkMap.core = [core.fileName];
    for (const tag of ELEMENTS) chunkMap[tag] = files([`${tag}/${tag}.js`]);
    // <article-list> defines <news-source> (its dependency): the list's chunk.
    chunkMap['news-source'] = files(['news-source/news-source.component.js']);
    chunkMap.src = files(SRC_MODULES);
    // A card with a JSON child or markup and no `src` (autoload.ts preloads it for such cards).
    chunkMap['news-card:inline'] = files(['news-card/card-source.js']);
    // The list's loading controller travels in the loader (manualChunks): `src` preloads it.
    // A format's entry is what it needs beyond `src`'s (the entry preloads both together).
    const beyondSrc = (rels) => files(rels).filter((f) => !chunkMap.src.includes(f));
    if (beyondSrc(['article-list/internal/list-feed-controller.js']).length)
      throw new Error("chunk map: the list's loading controller is no longer in `src`'s chunks");
    for (const f of FORMATS) chunkMap[`format:${f}`] = beyondSrc([`data/formats/${f}.js`]);
    // <related-articles> on a page with JSON-LD reads the page's own article with the JSON-LD
    // adapter, and ranks only once it has (autoload.ts preloads it with the element's chunk).
    chunkMap['related-articles:ld'] = files(['data/formats/json-ld.js']).filter(
      (f) => !chunkMap['related-articles'].includes(f)
    );
    // date-fns' format and English data, for an element with a `date-format` pattern, which
    // waits for them before it renders (autoload.ts `preloads`, which also names the data of the
    // element's language by the locales' hash: dateLocaleCopies).
    chunkMap['date-pattern'] = files(['i18n/date-pattern-data.js']);
    // The article's body and the comments are HTML: the sanitizer (a dynamic import in
    // data/html.ts, after the feed has been parsed and the element has rendered) is preloaded
    // with their chunks, a round trip and 11 KiB sooner on a first visit.
    const purify = chunks.find((c) => c.moduleIds.some((id) => /[\\/]dompurify[\\/]/.test(id)));
    if (!purify) throw new Error('chunk map: no chunk holds DOMPurify');
    for (const tag of ['news-article', 'news-comments']) chunkMap[tag].push(purify.fileName);
    // <news-comments> reads nothing but its `src`: its loader and the WordPress comments adapter
    // come with its chunk, instead of one after the other once it has run (the feed request
    // itself waits for the element: its URL gets the `order` it shows).
    const comments = chunkMap['news-comments'];
    for (const f of files([...SRC_MODULES, 'data/formats/wordpress-comments.js']))
      if (!comments.includes(f)) comments.push(f);
    // Chunks the entry names by the locales' one hash: they must import nothing (their code is
    // theirs alone, so that hash holds) and carry it.
    const byLocaleHash = (kind, list) => {
      for (const c of list)
        if (
          c.imports.length ||
          c.dynamicImports.length ||
          !c.fileName.endsWith(`-${localeHash()}.js`)
        )
          throw new Error(
            `${c.fileName}: a ${kind} chunk must import nothing and carry the locales' hash`
          );
      return list;
    };
    // The UI strings' chunks (autoload.ts `preloads`): the locales' one hash, then their names.
    const locales = byLocaleHash(
      'locale',
      Object.values(bundle).filter((c) => c.name?.startsWith('locale-'))
    );
    chunkMap.locales = [localeHash(), ...locales.map((c) => c.name.slice(7)).sort()];
    // date-fns' data for the same languages (the entry preloads it for a `date-format` pattern
    // by the same hash): it must import nothing, and each UI language but Chinese (zh-Hans and
    // zh-Hant: date-fns' zh-CN, zh-TW, zh-HK) must have it under its own name.
    const dateLocales = byLocaleHash(
      'date-locale',
      Object.values(bundle).filter((c) => c.type === 'chunk' && copiedDateLocale(c))
    );
    for (const l of chunkMap.locales.slice(1))
      if (
        !l.startsWith('zh') &&
        !dateLocales.some((c) => c.fileName === `chunks/date-locale-${l}-${localeHash()}.js`)
      )
        throw new Error(`no date-locale chunk for the UI locale ${l}`);
    // cdn.ts's runtime exports, through its `export * from` (exportedBindings: `*` per source).
    const exportsOf = (id) =>
      Object.entries(this.getModuleInfo(id).exportedBindings).flatMap(([from, names]) =>
        names.flatMap((n) => (n === '*' ? exportsOf(join(dirname(id), from)) : [n]))
      );
    coreExports = exportsOf(core.facadeModuleId);
  },
};

/** Writes the ES build's chunk map into the first files (the CHUNKS marker of cdn-start.ts and
 *  classic.ts). */
const chunksPlugin = {
  name: 'chunk-map-in',
  transform(code, id) {
    if (!/[\\/](classic|cdn-start)\.js$/.test(id)) return null;
    const marker = "'__NEWS_BLOCKS_CHUNKS__'";
    if (!code.includes(marker)) throw new Error(`${id}: the CHUNKS marker is missing`);
    // Each file as autoload.ts names it: `core-HASH` for `chunks/core-HASH.js`.
    const map = JSON.stringify(chunkMap, (key, value) =>
      typeof value === 'string' && key !== '' ? value.replace(/^chunks\/(.*)\.js$/, '$1') : value
    );
    return {code: code.replace(marker, JSON.stringify(map)), map: null};
  },
};

/**
 * The entry's `import('./cdn.js')` is the core chunk the ES build wrote (it is not bundled
 * again), and the entry exports every name the core does.
 */
const CORE_ID = 'news-blocks-core';
const entryPlugin = {
  name: 'entry',
  resolveId(source, importer) {
    if (source === './cdn.js' && importer?.endsWith(`${sep}cdn-start.js`))
      return {id: CORE_ID, external: true};
    return null;
  },
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    if (chunks.length !== 1) throw new Error('news-blocks.js: the entry must be one file');
    const missing = coreExports.filter((name) => !chunks[0].exports.includes(name));
    if (missing.length) throw new Error(`news-blocks.js does not export ${missing.join(', ')}`);
  },
};

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
    // The core (cdn.ts), each element's define module (the entry's autoloader imports them by
    // the chunk map's file names, so they are entries here), and every on-demand chunk.
    input: {
      core: 'dist/cdn.js',
      ...Object.fromEntries(ELEMENTS.map((tag) => [`element-${tag}`, `dist/${tag}/${tag}.js`])),
    },
    onwarn,
    // The core may export more than cdn.ts does (what the chunks share), so there is no facade
    // file that only re-exports it: one request fewer on every cold load.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      entryFileNames: 'chunks/[name]-[hash].js',
      // date-fns' pattern data per language (only for `date-format` patterns): date-locale-*.
      // The UI strings: one hash for all (localeStrPlugin).
      chunkFileNames: (chunk) =>
        copiedDateLocale(chunk)
          ? `chunks/date-locale-[name]-${localeHash()}.js`
          : /date-fns\/locale\//.test(chunk.facadeModuleId ?? '')
            ? 'chunks/date-locale-[name]-[hash].js'
            : chunk.name.startsWith('locale-')
              ? `chunks/[name]-${localeHash()}.js`
              : 'chunks/[name]-[hash].js',
      manualChunks,
      banner: hinted,
      format: 'es',
      sourcemap: true,
      // Sources point at dist/*.js, which ship beside the bundle (readable ES2021 with its
      // comments), and at the dependencies where an install (or a CDN) puts them: the maps stay
      // small and lead a debugger to readable code.
      sourcemapExcludeSources: true,
      sourcemapPathTransform: besideDependencies,
    },
    plugins: [dateLocaleCopies, dateLocaleFormatOnly, ...plugins, chunkMapPlugin],
  },
  {
    // The entry (cdn-start.ts): built after the core, with its own copy of the prefetch code.
    input: 'dist/cdn-start.js',
    onwarn,
    output: {
      file: 'dist/cdn/news-blocks.js',
      banner: COMPILE_HINT,
      format: 'es',
      paths: (id) => (id === CORE_ID ? `./${chunkMap.core[0]}` : id),
      sourcemap: true,
      sourcemapExcludeSources: true,
      sourcemapPathTransform: besideDependencies,
    },
    plugins: [chunksPlugin, entryPlugin, nodeResolve({browser: true}), minify({module: true})],
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
    plugins: [
      chunksPlugin,
      nodeResolve({browser: true}),
      terser({format: {comments: false}, ecma: 2021}),
    ],
  },
];

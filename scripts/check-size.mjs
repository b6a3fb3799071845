// Size budget: dist/cdn/news-blocks.js with every chunk it imports statically (the always-loaded
// cost), each element, loader, format, locale and date-locale chunk, and the classic loader,
// each within its budget. Prints every file's gzip size, grouped.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants as zlibConstants} from 'node:zlib';
import {dirname, join} from 'node:path';

const KiB = 1024;
// 16 KiB was the first budget (Lit ≈ 6 KiB + card + dates); 20 KiB when the loader, the format
// detector, the feed controller and the error states joined (≈ 18.3 KiB then). Now 21 KiB:
// FeedController on @lit/task (≈ 0.8 KiB) and the autoloader that keeps every other element in
// its own on-demand chunk (≈ 0.6 KiB) came in; the article-page helpers (caption parsing,
// sanitizer entry) went out to the elements that use them (19.95 KiB measured). Every parser,
// DOMPurify, every element but the card and every non-English locale stay on demand.
// 21.5 KiB (issue 15, 20.71 KiB before it): every element now follows its own and its
// ancestors' `lang` (shadow roots too) and sets its `dir`, formats in the full BCP 47 tag, reads
// zone-less times in its zone, caches every Intl formatter in one bounded cache, and knows the
// date presets (≈ +1.7 KiB); date-fns' intlFormatDistance (≈ 1 KiB, a new formatter per date)
// gave way to the cached Intl.RelativeTimeFormat, and date-fns' `format` with its locales loads
// only when a `date-format` pattern is used (≈ 6 KiB on demand). Measured 21.37 KiB.
// Each locale chunk holds every element's strings: 1.5 KiB until <news-comments> brought 26
// more (the reply form and WordPress's answers to it), which took four locales past it (1.66
// KiB measured, Thai); 2 KiB now. A locale chunk loads once, only on pages in that language.
// 22 KiB (issue 12, 21.93 KiB measured, 20.71 before): FeedController became the one loading
// path (several sources, poll timer, stale-while-revalidate on every source change, subclass
// hooks; the list's merging, paging and pending articles stay in the list's chunk), and the
// card's `article-id` lookup compares canonical URLs (`canonicalUrl`, as news-article does).
// Issue 11: the loader decodes bytes like a browser (BOM, HTTP charset, XML declaration or meta)
// and the detector reads feeds served as text/html or after junk (≈ 0.4 KiB); the XML repair,
// the feed-root search and the web-page reader went into their on-demand chunks.
// 23 KiB (issue 14, 22.48 KiB measured): the card now carries the reservation table that
// sizes its skeleton and loaded box for zero layout shift (styles/reserve.ts, shared with the
// lists), the palette written once with light-dark() and its --news-dark-* companions, and the
// parser path strips on* attributes before parsing so strict-CSP pages get no reports.
// 24.5 KiB at the end of the session that merged issues 11, 12, 14, 15, 17 and 18 (24.40 KiB
// measured): the always-loaded module now carries the one FeedController, lang watching and dir,
// the byte decoder and feed detector, and the reservation table. Issue 13 (a 16 KiB core, the
// card paying for no loader or parser) is the work that brings it down; this budget only stops
// it growing meanwhile.
// Issue 13 (request chain): the entry is the core itself (no re-export-only file), each element
// is one chunk with all it always needs, the loader and the shared format helpers are their own
// chunks, and the CDN's loadFeed/parseFeed/clearFeedCache are on-demand wrappers; the classic
// script became a 2.3 KiB loader of the ES module (it was 108 KiB gzip with every element,
// parser and date-fns locale inlined). Measured 25.22 KiB: the card component still imports
// FeedController and findArticle statically; with them on demand (the `source` branch) the same
// build measures 19.7 KiB. The budget holds what is measured until that lands.
// 21.5 KiB after the merge of the same session's `source` branch: a card given an `article`
// property no longer imports FeedController, findArticle, loadFeed or the parsers (`FeedSource`
// imports them on the first `src`). Measured 21.06 KiB. Still over issue 13's 16 KiB aim: Lit
// (≈ 6 KiB), the card template, the skeleton/error/stale states and the reservation styles
// (≈ 2 KiB together, which could load with the first `src`), date formatting and localization.
// The list chunk (9.5 KiB) now carries its ListSource facade and the loader chunk (12.7 KiB) the
// FeedController that used to sit in the core, so their budgets rose by the same amount.
// 22 KiB after the last merges of that session: cards isolate each name and time with <bdi>
// and read inline JSON's zone-less times in `time-zone` (≈ +0.5 KiB, issue 15), and the
// elements guard their server paths (≈ +0.1 KiB, issue 17). Measured 21.64 KiB.
// 21.5 KiB (issue 13, next session; 21.06 KiB measured): Lit's css`` literals are squeezed at
// build time (rollup.config.mjs; −0.37 KiB here, less in every element chunk), and the lists'
// rows of the reservation table went to the lists' chunks (−0.23 KiB). Still over the 16 KiB
// aim: what is left is what a card given an `article` property runs (Lit ≈ 5.5 KiB, the card
// template and its styles ≈ 3 KiB, dates/localization/bidi ≈ 2.3 KiB), the autoloader and
// prefetch (≈ 1.7 KiB), and what the card needs for JSON children, markup and `src` (inline
// JSON reader ≈ 2.2 KiB, FeedSource ≈ 1 KiB, states ≈ 0.9 KiB). Moving those needs the card
// to render without them until they arrive (see the report of that session).
// Loader 13.25 KiB (issue 17, server rendering of `src`): the loading controller reads the feeds
// a server wrote into the page (`data/served.ts`) and primes the cache with them, so a
// server-rendered page hydrates without a request (≈ +0.3 KiB; measured 13.05 KiB). The core
// gained 0.08 KiB: a source element waits for that controller before hydrating.
// 22.5 KiB (issue 13, third session; 22.13 KiB measured): the entry is now a first file of its
// own (cdn-start.ts, 2.47 KiB: the chunk map, the prefetch, preload and autoload code) that
// starts the feeds, the core and every chunk the page needs at once, and the core
// (chunks/core-*.js, 19.66 KiB) no longer carries the autoloader or the prefetch. It costs
// 0.9 KiB more than the one 21.22 KiB file did (the entry's chunk map ≈ 0.45 KiB, the code the
// loader chunk also has), for a feed request that starts when 2.5 KiB have arrived instead of
// 21: the cold-load aim (issue 13 item 1) over the bytes one. Still over the 16 KiB aim: Lit
// (≈ 5.5 KiB), the card template and styles (≈ 3 KiB), dates/localization/bidi (≈ 2.3 KiB),
// and what the card needs for JSON children, markup and `src` (inline JSON reader ≈ 1.2 KiB,
// FeedSource ≈ 1.4 KiB, states ≈ 0.7 KiB, gzip of each alone), which moves only with the
// card's own code (src/news-card/).
// 20 KiB (issue 13, fourth session; 19.80 KiB measured = entry 2.54 + core 17.25): a card given
// an `article` property runs none of its JSON child / markup reader, its loading facade
// (FeedSource) or its error, empty, not-found and stale states, so they left the core for
// chunks/source-*.js (3.0 KiB), which the card imports with its first JSON child, markup or
// `src` and the entry preloads for such cards (with the loader for `src`: no round trip more);
// the card keeps the skeleton and its styles, so it still shows the reserved box at once
// (test/cls.test.ts). NewsElement, SourceElement and the card declare `static properties`, so
// the core carries neither Lit's decorators nor tsc's __decorate (≈ 0.5 KiB; the decorators and
// the light-DOM watcher the other elements share are chunks/common-*.js). Where the rest goes:
// `node scripts/size-report.mjs` (per source module). Still over the 16 KiB aim: Lit (≈ 4.8 KiB),
// the card template, styles and reservation table (≈ 4.3 KiB), dates/localization/bidi
// (≈ 2.8 KiB), the light API's synchronous exports (normalizeArticles/normalizeFeed ≈ 1 KiB:
// async wrappers would make 18.81 KiB, an API change left to a decision), and the entry.
// 20.5 KiB after the same session's merges (20.12 KiB measured): the entry gained the Intl
// warm-up (the first ICU locale lookup, 40–75 ms of main thread, runs while the chunks download
// instead of on the first card's path) and the format adapter named by the feed URL (≈ 0.2 KiB
// together), every first-card chunk starts with V8's compile hint, and the card template writes
// a list's fixed values into the joined template (≈ +0.1 KiB).
const BUDGET = 20.5 * KiB;
// The entry (cdn-start.ts) is what every page waits for before any feed request or chunk
// starts: it stays small (the chunk map, the prefetch and preload code).
const ENTRY_BUDGET = 3 * KiB;
// Per kind of on-demand chunk (name prefix → budget).
const KINDS = [
  ['core-', 'core (always loaded, counted above)', BUDGET],
  ['element-', 'element', 10 * KiB],
  // 13.5: the prefetch store (data/prefetch.ts, ≈ 0.15 KiB) left the core with the autoloader
  // (issue 13): the loader, which takes prefetched requests, now carries it. 12 since the
  // free-form date reader left it (13.35 → 11.42 KiB measured, 2026-12-03).
  ['loader-', 'loader', 12 * KiB],
  ['text-', 'text helpers', 6.5 * KiB],
  // What every element but the card shares: Lit's decorators and directive base, the light-DOM
  // watcher, the card's JSON child / markup reader, FeedSource, the states and the merge
  // helpers (4.61 KiB measured; 5.24 as the four chunks they were, issue 13's 2026-12-02
  // session: a list with `src` made 9 requests, not 12).
  ['common-', 'common to the elements', 5 * KiB],
  // RSS and Atom share one (2.17 KiB measured), preloaded for any unnamed feed URL.
  ['format-', 'format', 2.5 * KiB],
  ['locale-', 'locale', 2 * KiB],
  ['date-locale-', 'date-fns locale', 2.5 * KiB],
  // The free-form date reader (1.9 KiB measured), only for feeds whose dates are neither RFC 822
  // nor ISO 8601 (2026-12-03: it left the loader).
  ['dates-', 'free-form dates', 2.5 * KiB],
  ['', 'other', 12 * KiB],
];
const CLASSIC = 'dist/cdn/news-blocks.iife.js';
// The classic loader also carries the ES build's chunk map to preload from (≈ +0.7 KiB).
const CLASSIC_BUDGET = 4 * KiB;
const gz = (f) => gzipSync(readFileSync(f), {level: 9}).length;
const kib = (n) => `${(n / KiB).toFixed(2)} KiB`;
let failed = false;

const main = 'dist/cdn/news-blocks.js';
// The always-loaded cost: the entry, the core it imports at once (chunks/core-*.js, a dynamic
// import the entry awaits), and every chunk those import statically (not on-demand `import()`).
const always = new Set();
const visit = (file) => {
  if (always.has(file)) return;
  always.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.\.?\/[^"']+)["']/g
  )) {
    visit(join(dirname(file), m[1]));
  }
};
visit(main);
const core = readFileSync(main, 'utf8').match(/import\(["'](\.\/chunks\/core-[\w-]+\.js)["']\)/);
if (!core) {
  console.error(`${main} does not import its core (chunks/core-*.js)`);
  process.exit(1);
}
visit(join('dist/cdn', core[1]));
const size = [...always].reduce((n, f) => n + gz(f), 0);
console.log(
  `${main} + ${core[1].slice(2)} + ${always.size - 2} static chunk(s): ${kib(size)} gzip (budget ${BUDGET / KiB} KiB)${size > BUDGET ? '  OVER' : ''}`
);
// What a CDN that serves Brotli (jsDelivr, unpkg) sends: reported, not budgeted (the budgets
// are gzip, which every host can serve).
const br = (f) =>
  brotliCompressSync(readFileSync(f), {params: {[zlibConstants.BROTLI_PARAM_QUALITY]: 11}}).length;
console.log(`  Brotli (quality 11): ${kib([...always].reduce((n, f) => n + br(f), 0))}`);
console.log(`  the entry alone: ${kib(gz(main))} gzip (budget ${ENTRY_BUDGET / KiB} KiB)`);
if (gz(main) > ENTRY_BUDGET) failed = true;
if (size > BUDGET) failed = true;
const classic = gz(CLASSIC);
console.log(
  `${CLASSIC} (classic loader): ${kib(classic)} gzip (budget ${CLASSIC_BUDGET / KiB} KiB)${classic > CLASSIC_BUDGET ? '  OVER' : ''}`
);
if (classic > CLASSIC_BUDGET) failed = true;

const chunks = existsSync('dist/cdn/chunks')
  ? readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js'))
  : [];
for (const [prefix, kind, budget] of KINDS) {
  const mine = chunks.filter(
    (f) => f.startsWith(prefix) && !KINDS.some(([p]) => p.length > prefix.length && f.startsWith(p))
  );
  if (!mine.length) continue;
  console.log(`${kind} chunks (budget ${budget / KiB} KiB each):`);
  for (const f of mine.sort()) {
    const file = join('dist/cdn/chunks', f);
    const s = gz(file);
    const over = s > budget;
    console.log(
      `  chunks/${f}: ${kib(s)} gzip${always.has(file) ? ' (always loaded)' : ''}${over ? '  OVER' : ''}`
    );
    if (over) failed = true;
  }
}
if (failed) {
  console.error('Size budget exceeded. Raise it only with a note that says why.');
  process.exit(1);
}

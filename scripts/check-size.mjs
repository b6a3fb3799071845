// Size budget: dist/cdn/news-blocks.js (cards, the data spine and English) at most 23 KiB gzip;
// each on-demand locale chunk at most 2 KiB gzip. Prints every file's size.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
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
// 24.6 KiB (issue 17 item 4, 24.51 KiB measured): server rendering. The inert parser and the
// loader find their DOM and base URL through one hook (data/sanitize.ts, data/ssr.ts) that
// `news-blocks/server.js` fills in Node, and the card reads the base URL without a document.
const BUDGET = 24.6 * KiB;
const LOCALE_BUDGET = 2 * KiB;
const gz = (f) => gzipSync(readFileSync(f), {level: 9}).length;
let failed = false;

const main = 'dist/cdn/news-blocks.js';
// The always-loaded cost is the entry plus every chunk it imports statically (not `import()`).
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
const size = [...always].reduce((n, f) => n + gz(f), 0);
console.log(
  `${main} + ${always.size - 1} static chunk(s): ${(size / KiB).toFixed(2)} KiB gzip (budget ${BUDGET / KiB} KiB)`
);
if (size > BUDGET) failed = true;

const chunks = existsSync('dist/cdn/chunks')
  ? readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js'))
  : [];
for (const f of chunks) {
  if (always.has(join('dist/cdn/chunks', f))) continue;
  const s = gz(`dist/cdn/chunks/${f}`);
  const isLocale = f.startsWith('locale-');
  const over = isLocale && s > LOCALE_BUDGET;
  console.log(
    `  chunks/${f}: ${(s / KiB).toFixed(2)} KiB gzip${isLocale ? ` (locale budget ${LOCALE_BUDGET / KiB} KiB)` : ' (on demand)'}${over ? '  OVER' : ''}`
  );
  if (over) failed = true;
}
if (failed) {
  console.error('Size budget exceeded. Raise it only with a note that says why.');
  process.exit(1);
}

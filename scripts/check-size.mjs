// Size budget: dist/cdn/news-blocks.js (the whole library with English) at most 16 KiB gzip;
// each on-demand locale chunk at most 1.5 KiB gzip. Prints every file's size.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const KiB = 1024;
const BUDGET = 16 * KiB;
const LOCALE_BUDGET = 1.5 * KiB;
const gz = (f) => gzipSync(readFileSync(f), {level: 9}).length;
let failed = false;

const main = 'dist/cdn/news-blocks.js';
const size = gz(main);
console.log(`${main}: ${(size / KiB).toFixed(2)} KiB gzip (budget ${BUDGET / KiB} KiB)`);
if (size > BUDGET) failed = true;

const chunks = existsSync('dist/cdn/chunks')
  ? readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js'))
  : [];
for (const f of chunks) {
  const s = gz(`dist/cdn/chunks/${f}`);
  const isLocale =
    /^(locale-)?[a-z]{2,3}(-[A-Za-z]+)?-[\w-]+\.js$/.test(f) && !/purify|sanitize/.test(f);
  const over = isLocale && s > LOCALE_BUDGET;
  console.log(
    `  chunks/${f}: ${(s / KiB).toFixed(2)} KiB gzip${isLocale ? ` (locale budget 1.5 KiB)` : ' (on demand)'}${over ? '  OVER' : ''}`
  );
  if (over) failed = true;
}
if (failed) {
  console.error('Size budget exceeded. Raise it only with a note that says why.');
  process.exit(1);
}

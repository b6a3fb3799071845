// Where a built chunk's bytes come from, per source module: `node scripts/size-report.mjs`
// (after `npm run build`) reports the always-loaded files (the entry and the core chunk);
// `node scripts/size-report.mjs dist/cdn/chunks/loader-*.js …` reports the files named.
//
// Each file's source map (rollup writes one beside every chunk) maps every minified segment
// back to the module it came from; a module's bytes are the lengths of its segments. Its gzip
// share is estimated by gzipping its segments alone and scaling all modules so they add up to
// the file's real gzip size (gzip compresses across modules, so the shares are estimates: good
// for ranking and for "about how much would leave", not to the byte).
import {readFileSync, existsSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {basename, dirname, join} from 'node:path';

const KiB = 1024;
const gz = (s) => gzipSync(s, {level: 9}).length;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = Object.fromEntries([...B64].map((c, i) => [c, i]));

/** One source map `mappings` line's segments as [column, source index or -1]. */
function* segments(line, state) {
  let i = 0;
  let col = 0;
  while (i < line.length) {
    const fields = [];
    while (i < line.length && line[i] !== ',') {
      let value = 0;
      let shift = 0;
      let more;
      do {
        const d = digit[line[i++]];
        more = d & 32;
        value += (d & 31) << shift;
        shift += 5;
      } while (more);
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    }
    i++;
    col += fields[0];
    if (fields.length > 1) state.source += fields[1];
    yield [col, fields.length > 1 ? state.source : -1];
  }
}

/** The module a source map path names, short: `lit-html/lit-html.js`, `news-card/…`. */
function moduleName(source) {
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) return source.slice(at + 'node_modules/'.length);
  // Dependencies as besideDependencies() writes them (../../../../lit-html/…) and our own
  // modules as paths into dist/ (../../news-card/…, or …/dist/news-card/… from another build).
  const dist = source.lastIndexOf('/dist/');
  const own = dist >= 0 ? source.slice(dist + 6) : source.replace(/^(\.\.\/)+/, '');
  return /^(lit|lit-html|lit-element|@lit|date-fns|dompurify)\b/.test(own) ? own : `src/${own}`;
}

/** Bytes per module of one built file, with the file's own gzip size. */
function attribute(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  const pieces = new Map();
  const add = (name, text) => {
    if (!text) return;
    const list = pieces.get(name) ?? [];
    list.push(text);
    pieces.set(name, list);
  };
  const state = {source: 0};
  // Text before a line's first segment (a template literal's later lines: css``, html``)
  // continues the last segment of the lines before it.
  let last = '(unmapped)';
  lines.forEach((line, n) => {
    if (line.startsWith('//# sourceMappingURL=')) return;
    const segs = [...segments(mapLines[n] ?? '', state)];
    add(last, (segs.length ? line.slice(0, segs[0][0]) : line) + '\n');
    segs.forEach(([col, src], k) => {
      const end = k + 1 < segs.length ? segs[k + 1][0] : line.length;
      last = src < 0 ? '(unmapped)' : moduleName(map.sources[src]);
      add(last, line.slice(col, end));
    });
  });
  // SIZE_REPORT_SHOW=src/cdn.js prints that module's pieces of the file.
  if (process.env.SIZE_REPORT_SHOW) console.log(pieces.get(process.env.SIZE_REPORT_SHOW));
  const total = gz(code);
  const rows = [...pieces].map(([name, list]) => {
    const text = list.join('');
    return {name, bytes: Buffer.byteLength(text), alone: gz(text)};
  });
  const sum = rows.reduce((n, r) => n + r.alone, 0);
  for (const r of rows) r.share = (r.alone / sum) * total;
  rows.sort((a, b) => b.share - a.share);
  return {file, total, raw: Buffer.byteLength(code), rows};
}

/** Modules grouped by package or top-level folder. */
function group(rows) {
  const out = new Map();
  for (const r of rows) {
    const parts = r.name.split('/');
    const key =
      r.name.startsWith('src/') && parts.length > 2
        ? `src/${parts[1]}/`
        : r.name.startsWith('@')
          ? parts.slice(0, 2).join('/')
          : r.name.startsWith('src/')
            ? r.name
            : parts[0];
    out.set(key, (out.get(key) ?? 0) + r.share);
  }
  return [...out].sort((a, b) => b[1] - a[1]);
}

let files = process.argv.slice(2);
if (!files.length) {
  const main = 'dist/cdn/news-blocks.js';
  if (!existsSync(main)) {
    console.error('No dist/cdn/news-blocks.js: run `npm run build` first.');
    process.exit(1);
  }
  const core = readFileSync(main, 'utf8').match(/import\(["']\.\/(chunks\/core-[\w-]+\.js)["']\)/);
  files = [main, join(dirname(main), core[1])];
  // The core's static imports (if a build ever gives it any) are always loaded too.
  const statics = (file) =>
    [
      ...readFileSync(file, 'utf8').matchAll(
        /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.\.?\/[^"']+)["']/g
      ),
    ].map((m) => join(dirname(file), m[1]));
  for (let i = 1; i < files.length; i++)
    for (const f of statics(files[i])) if (!files.includes(f)) files.push(f);
}

const kib = (n) => `${(n / KiB).toFixed(2)}`;
let all = 0;
for (const file of files) {
  const {total, raw, rows} = attribute(file);
  all += total;
  console.log(`\n${basename(file)}: ${kib(total)} KiB gzip (${kib(raw)} KiB minified)`);
  console.log('  gzip KiB (share)  min KiB  module');
  for (const r of rows)
    console.log(
      `  ${kib(r.share).padStart(8)} ${((r.share / total) * 100).toFixed(1).padStart(5)}%  ${kib(r.bytes).padStart(7)}  ${r.name}`
    );
  console.log('  by package / folder:');
  for (const [name, share] of group(rows))
    console.log(
      `  ${kib(share).padStart(8)} ${((share / total) * 100).toFixed(1).padStart(5)}%  ${name}`
    );
}
if (files.length > 1) console.log(`\ntotal: ${kib(all)} KiB gzip`);

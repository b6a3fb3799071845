// docs/accessibility.md cannot drift from the tests: every element of custom-elements.json has a
// section, every section lists each WCAG 2.2 A and AA criterion once with a VPAT 2.5 conformance
// level, every "Supports" row names at least one test, and every test it names exists: the file
// under test/ and a test (or describe) of that title in it. A title written with `${…}` in the
// source (a test made in a loop) matches whatever stands in the holes.
//
// A reference is written `` `test/file.test.ts` › “test title” `` (curly quotes: titles hold
// straight ones). One marked
// `TODO(branch):` is a test another branch is adding: missing, it is a warning, not a failure.
// `node scripts/check-accessibility-report.mjs [report.md]`; exit 1 on any error.
import {existsSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT = process.argv[2] ?? join(ROOT, 'docs/accessibility.md');

/** WCAG 2.2 Level A and AA (4.1.1 Parsing is obsolete in 2.2 and not listed). */
export const CRITERIA = {
  '1.1.1': 'A',
  '1.2.1': 'A',
  '1.2.2': 'A',
  '1.2.3': 'A',
  '1.2.4': 'AA',
  '1.2.5': 'AA',
  '1.3.1': 'A',
  '1.3.2': 'A',
  '1.3.3': 'A',
  '1.3.4': 'AA',
  '1.3.5': 'AA',
  '1.4.1': 'A',
  '1.4.2': 'A',
  '1.4.3': 'AA',
  '1.4.4': 'AA',
  '1.4.5': 'AA',
  '1.4.10': 'AA',
  '1.4.11': 'AA',
  '1.4.12': 'AA',
  '1.4.13': 'AA',
  '2.1.1': 'A',
  '2.1.2': 'A',
  '2.1.4': 'A',
  '2.2.1': 'A',
  '2.2.2': 'A',
  '2.3.1': 'A',
  '2.4.1': 'A',
  '2.4.2': 'A',
  '2.4.3': 'A',
  '2.4.4': 'A',
  '2.4.5': 'AA',
  '2.4.6': 'AA',
  '2.4.7': 'AA',
  '2.4.11': 'AA',
  '2.5.1': 'A',
  '2.5.2': 'A',
  '2.5.3': 'A',
  '2.5.4': 'A',
  '2.5.7': 'AA',
  '2.5.8': 'AA',
  '3.1.1': 'A',
  '3.1.2': 'AA',
  '3.2.1': 'A',
  '3.2.2': 'A',
  '3.2.3': 'AA',
  '3.2.4': 'AA',
  '3.2.6': 'A',
  '3.3.1': 'A',
  '3.3.2': 'A',
  '3.3.3': 'AA',
  '3.3.4': 'AA',
  '3.3.7': 'A',
  '3.3.8': 'AA',
  '4.1.2': 'A',
  '4.1.3': 'AA',
};
export const LEVELS = ['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable'];
const REF = /(TODO\(([\w-]+)\):\s*)?`(test\/[^`]+?\.test\.ts)`\s*›\s*“([^”]+)”/g;

/** Every test and describe title of a test file, as a matcher. */
export function titlesOf(source) {
  const out = [];
  const re = /\b(?:it|describe)(?:\.skip|\.only)?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const m of source.matchAll(re)) {
    const raw = m[2].replace(/\\(.)/g, '$1');
    if (m[1] !== '`' || !raw.includes('${')) {
      out.push({title: raw, test: (t) => t === raw});
      continue;
    }
    // Holes become wildcards: `${name} stays inside` matches "LongText stays inside".
    const parts = [];
    let rest = raw;
    for (let i = rest.indexOf('${'); i !== -1; i = rest.indexOf('${')) {
      parts.push(rest.slice(0, i).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      let depth = 0;
      let j = i + 2;
      for (; j < rest.length && !(rest[j] === '}' && depth === 0); j++) {
        if (rest[j] === '{') depth++;
        else if (rest[j] === '}') depth--;
      }
      rest = rest.slice(j + 1);
    }
    parts.push(rest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`^${parts.join('.+?')}$`, 's');
    out.push({title: raw, test: (t) => pattern.test(t)});
  }
  return out;
}

/** Sections (`## \`<tag>\``) with their table rows. */
export function parseReport(text) {
  const sections = new Map();
  let current;
  for (const [i, line] of text.split('\n').entries()) {
    const heading = /^##\s+`<([a-z][\w-]*)>`/.exec(line);
    if (heading) {
      current = {tag: heading[1], line: i + 1, rows: []};
      sections.set(heading[1], current);
      continue;
    }
    if (/^##\s/.test(line)) {
      current = undefined;
      continue;
    }
    if (!current || !line.startsWith('|')) continue;
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((c) => c.trim());
    const criterion = /^(\d\.\d+\.\d+)\s/.exec(cells[0] ?? '');
    if (!criterion) continue;
    current.rows.push({
      line: i + 1,
      id: criterion[1],
      name: cells[0],
      level: cells[1] ?? '',
      remarks: cells.slice(2).join('|'),
      refs: [...line.matchAll(REF)].map((m) => ({
        todo: m[2],
        file: m[3],
        title: m[4],
      })),
    });
  }
  return sections;
}

function elementTags() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const tags = new Set();
  for (const mod of manifest.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.tagName) tags.add(d.tagName);
  return [...tags].sort();
}

export function check(text) {
  const errors = [];
  const warnings = [];
  const sections = parseReport(text);
  const cache = new Map();
  const titles = (file) => {
    if (!cache.has(file)) {
      const path = join(ROOT, file);
      cache.set(file, existsSync(path) ? titlesOf(readFileSync(path, 'utf8')) : undefined);
    }
    return cache.get(file);
  };
  let refs = 0;
  const pending = new Map();
  for (const tag of elementTags())
    if (!sections.has(tag)) errors.push(`no section "## \`<${tag}>\`" for <${tag}>`);
  for (const section of sections.values()) {
    const seen = new Map();
    for (const row of section.rows) {
      const where = `line ${row.line} (<${section.tag}> ${row.id})`;
      if (!(row.id in CRITERIA))
        errors.push(`${where}: ${row.id} is not a WCAG 2.2 A/AA criterion`);
      else if (!row.name.includes(`(Level ${CRITERIA[row.id]})`))
        errors.push(`${where}: the criterion cell should say (Level ${CRITERIA[row.id]})`);
      if (seen.has(row.id)) errors.push(`${where}: ${row.id} listed twice`);
      seen.set(row.id, row);
      if (!LEVELS.includes(row.level))
        errors.push(`${where}: "${row.level}" is not one of ${LEVELS.join(', ')}`);
      if (row.level === 'Supports' && !row.refs.length)
        errors.push(`${where}: "Supports" names no test (\`test/….test.ts\` › “title”)`);
      for (const ref of row.refs) {
        refs++;
        const found = titles(ref.file);
        const problem = !found
          ? `${ref.file} does not exist`
          : !found.some((t) => t.test(ref.title))
            ? `${ref.file} has no test titled "${ref.title}"`
            : undefined;
        if (!problem) continue;
        if (!ref.todo) {
          errors.push(`${where}: ${problem}`);
          continue;
        }
        // One warning per missing TODO test, with the rows that wait for it.
        const key = `TODO(${ref.todo}): ${ref.file} › “${ref.title}”`;
        if (!pending.has(key)) pending.set(key, {problem, rows: []});
        pending.get(key).rows.push(`<${section.tag}> ${row.id}`);
      }
    }
    for (const id of Object.keys(CRITERIA))
      if (!seen.has(id)) errors.push(`<${section.tag}> (line ${section.line}): ${id} is missing`);
  }
  for (const [key, {problem, rows}] of pending)
    warnings.push(`${key}\n    ${problem}; awaited by ${rows.length} row(s): ${rows.join(', ')}`);
  return {errors, warnings, sections, refs};
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(REPORT, 'utf8');
  const {errors, warnings, sections, refs} = check(text);
  for (const w of warnings) console.warn(`warning: ${w}`);
  if (warnings.length)
    console.warn('(TODO references are tests another branch adds: warned, not failed.)');
  if (errors.length) {
    for (const e of errors) console.error(`error: ${e}`);
    console.error(`\n${relative(ROOT, REPORT)}: ${errors.length} error(s).`);
    process.exit(1);
  }
  const rows = [...sections.values()].reduce((n, s) => n + s.rows.length, 0);
  console.log(
    `${relative(ROOT, REPORT)}: ${sections.size} elements, ${rows} rows, ${refs} test references` +
      ` checked against test/ (${warnings.length} TODO reference(s) still missing).`
  );
}

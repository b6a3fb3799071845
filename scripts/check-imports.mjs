// `node scripts/check-imports.mjs`: the module graph of src/ has no cycle (runtime imports:
// static and dynamic, not `import type`), no upward import (a layer imports only its own
// layer and those below it, as src/internal/README.md draws them), and no element imports
// another element's `internal/` folder. Exits 1 on any finding.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, normalize, relative} from 'node:path';

const SRC = new URL('../src/', import.meta.url).pathname;
// Lower numbers are lower layers. Element folders are everything not named here.
const LAYERS = {
  data: 0,
  generated: 0,
  i18n: 1,
  events: 1,
  styles: 2,
  'define-element.ts': 2,
  internal: 3,
  base: 4,
  controllers: 4,
  'core.ts': 6,
  'index.ts': 6,
  'define.ts': 6,
  'cdn.ts': 6,
  'autoload.ts': 6,
  'cdn-start.ts': 6,
  'classic.ts': 6,
  // news-blocks/server.js: Node only, above everything (it defines every element).
  server: 7,
};
const ELEMENTS = 5;
const layer = (file) => {
  const [top] = relative(SRC, file).split('/');
  return LAYERS[top] ?? ELEMENTS;
};

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
};
walk(SRC);

const graph = new Map();
const problems = [];
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const deps = [];
  const re =
    /(?:^|[;\s])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?from\s*)?['"](\.\.?\/[^'"]+)['"]|import\(\s*['"](\.\.?\/[^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(re)) {
    if (m[1]) continue; // `import type`: no runtime edge
    const spec = m[2] ?? m[3];
    const target = normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts');
    deps.push(target);
    if (layer(target) > layer(file))
      problems.push(`upward import: ${relative(SRC, file)} → ${relative(SRC, target)}`);
    // An element's own helpers (`<element>/internal/`) are its alone: no other element imports
    // them (the entry layer, e.g. the autoloader warming a list's loading controller, may).
    const [owner, sub] = relative(SRC, target).split('/');
    const from = relative(SRC, file).split('/')[0];
    const fromElement = existsSync(join(SRC, from, `${from}.component.ts`));
    if (sub === 'internal' && fromElement && from !== owner)
      problems.push(
        `another element's internal: ${relative(SRC, file)} → ${relative(SRC, target)}`
      );
  }
  graph.set(file, deps);
}

// Cycles: depth-first search with colours.
const state = new Map();
const stack = [];
const visit = (f) => {
  state.set(f, 1);
  stack.push(f);
  for (const d of graph.get(f) ?? []) {
    if (!graph.has(d)) continue;
    if (state.get(d) === 1) {
      const cycle = stack.slice(stack.indexOf(d)).concat(d);
      problems.push(`cycle: ${cycle.map((x) => relative(SRC, x)).join(' → ')}`);
    } else if (!state.get(d)) visit(d);
  }
  stack.pop();
  state.set(f, 2);
};
for (const f of graph.keys()) if (!state.get(f)) visit(f);

for (const p of problems) console.error(p);
console.log(
  `${files.length} modules, ${[...graph.values()].flat().length} runtime imports: ` +
    (problems.length
      ? `${problems.length} problem(s)`
      : "no cycle, no upward import, no other element's internal")
);
process.exit(problems.length ? 1 : 0);

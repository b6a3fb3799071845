// The package as a developer installs it: `npm pack`, then from a scratch project that has only
// the tarball (its dependencies linked from this checkout's node_modules, so no registry):
//  - publint and `attw --profile esm-only` on the tarball;
//  - Node imports every path in package.json "exports" (Lit's Node build brings its DOM shim);
//  - TypeScript type-checks an import of every path with moduleResolution node16 and bundler.
// Also prints the packed size. Exits 1 on the first failure, saying which.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, posix, resolve} from 'node:path';
import {consumerProject, packTarball, scratchDir} from './consumer-project.mjs';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const scratch = scratchDir('news-blocks-package-');
const fail = (what) => {
  console.error(`✖ package: ${what}`);
  rmSync(scratch, {recursive: true, force: true});
  process.exit(1);
};
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, {encoding: 'utf8', ...opts});
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')}\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
  return r.stdout;
};

const packed = packTarball(scratch);

console.log(
  `packed ${(packed.size / 1024).toFixed(0)} KiB (${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${packed.entryCount} files)`
);
const maps = packed.files.filter((f) => f.path.endsWith('.d.ts.map'));
if (maps.length) fail(`declaration maps point at src/, which is not shipped: ${maps[0].path}`);
// Source maps only for the minified CDN build; each source is a shipped file or a file of a
// dependency where an install puts it (node_modules/news-blocks/../<dependency>/…).
const shipped = new Set(packed.files.map((f) => f.path));
const jsMaps = packed.files.filter((f) => f.path.endsWith('.js.map')).map((f) => f.path);
const outside = jsMaps.filter((f) => !f.startsWith('dist/cdn/'));
if (outside.length) fail(`source maps outside dist/cdn/ (readable ESM needs none): ${outside[0]}`);
let sources = 0;
for (const map of jsMaps) {
  for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
    const path = posix.normalize(posix.join(posix.dirname(map), source));
    const found = path.startsWith('../')
      ? existsSync(join(root, 'node_modules', path.slice(3)))
      : shipped.has(path);
    if (!found) fail(`${map}: source ${source} is neither shipped nor a dependency's file`);
    sources++;
  }
}
console.log(`source maps: ${jsMaps.length} (dist/cdn only), ${sources} sources, all resolve`);

const {tarball} = packed;
run('npx', ['publint', tarball], {cwd: root});
console.log('publint: clean');
// Style sheets are exports too (news-blocks.css) but no module to resolve types for.
const notModules = Object.keys(pkg.exports).filter((k) => k.endsWith('.css'));
run(
  'npx',
  [
    'attw',
    tarball,
    '--profile',
    'esm-only',
    ...(notModules.length ? ['--exclude-entrypoints', ...notModules] : []),
  ],
  {cwd: root}
);
console.log('attw --profile esm-only: clean');

const app = consumerProject(scratch, tarball);
const modules = join(app, 'node_modules');

// Every export path, with wildcards expanded to the files they match.
const specifiers = [];
for (const [key, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (!key.includes('*')) {
    specifiers.push({spec: `news-blocks${key.slice(1)}`, file});
    continue;
  }
  const [dir, ext] = file.split('*');
  const [kdir, kext] = key.slice(1).split('*');
  for (const f of readdirSync(join(modules, 'news-blocks', dir))) {
    if (!f.endsWith(ext) || f.endsWith('.map') || f.endsWith('.d.ts')) continue;
    const stem = f.slice(0, f.length - ext.length);
    specifiers.push({spec: `news-blocks${kdir}${stem}${kext}`, file: `${dir}${f}`});
  }
}
const code = specifiers.filter(
  (s) => s.file.endsWith('.js') && !s.file.includes('.iife.') && !s.file.includes('/cdn/chunks/')
);
const json = specifiers.filter((s) => s.file.endsWith('.json'));
writeFileSync(
  join(app, 'imports.mjs'),
  [
    // The CDN files are browser bundles (Lit's browser build inside): the browser tests load them.
    ...code
      .filter((s) => !s.spec.includes('/cdn/'))
      .map((s) => `await import(${JSON.stringify(s.spec)});`),
    ...json.map((s) => `await import(${JSON.stringify(s.spec)}, {with: {type: 'json'}});`),
    `console.log('node: ${code.filter((s) => !s.spec.includes('/cdn/')).length + json.length} export paths imported');`,
  ].join('\n')
);
console.log(run(process.execPath, ['imports.mjs'], {cwd: app}).trim());

// TypeScript: every code path that has types, under both resolutions a developer uses.
const typed = code.filter((s) => !s.spec.includes('/cdn/') || s.spec.endsWith('news-blocks.js'));
writeFileSync(
  join(app, 'consumer.ts'),
  typed.map((s, i) => `import * as m${i} from ${JSON.stringify(s.spec)};\nvoid m${i};`).join('\n') +
    `\nimport {templates} from 'news-blocks/locales/vi.js';\nvoid templates;\n`
);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
for (const [module, moduleResolution] of [
  ['node16', 'node16'],
  ['esnext', 'bundler'],
]) {
  const config = `tsconfig.${moduleResolution}.json`;
  writeFileSync(
    join(app, config),
    JSON.stringify({
      compilerOptions: {
        target: 'es2021',
        lib: ['es2022', 'dom', 'dom.iterable'],
        module,
        moduleResolution,
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['consumer.ts'],
    })
  );
  run(process.execPath, [tsc, '-p', join(app, config)]);
  console.log(`typescript (${moduleResolution}): ${typed.length + 1} imports type-check`);
}
rmSync(scratch, {recursive: true, force: true});

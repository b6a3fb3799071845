// A scratch consumer project for the package checks: `npm pack` of this checkout unpacked as
// node_modules/news-blocks, every other package linked from this checkout's node_modules (so no
// registry is needed). Used by check-package.mjs and check-frameworks.mjs.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

export function packTarball(scratch) {
  const r = spawnSync('npm', ['pack', '--json', '--pack-destination', scratch], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`npm pack failed\n${r.stderr}`);
  const [packed] = JSON.parse(r.stdout);
  return {...packed, tarball: join(scratch, packed.filename)};
}

/** A folder with node_modules (the tarball + links) and a package.json; returns its path. */
export function consumerProject(scratch, tarball, name = 'app') {
  const root = resolve('.');
  const app = join(scratch, name);
  const modules = join(app, 'node_modules');
  mkdirSync(modules, {recursive: true});
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === 'news-blocks' || entry.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  mkdirSync(join(modules, 'news-blocks'));
  execFileSync('tar', [
    '-xzf',
    tarball,
    '-C',
    join(modules, 'news-blocks'),
    '--strip-components=1',
  ]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({type: 'module', private: true}));
  return app;
}

export const scratchDir = (prefix) => mkdtempSync(join(tmpdir(), prefix));

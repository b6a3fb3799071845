// custom-elements.json must match what the analyzer makes of the sources right now.
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

// The analyzer resolves --outdir against the working directory, so keep it inside the repo.
const out = '.cem-check';
// The analyzer rewrites package.json's "customElements" to point into --outdir: keep the file as it was.
const pkg = readFileSync('package.json', 'utf8');
const r = spawnSync('npx', ['cem', 'analyze', '--litelement', '--outdir', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
writeFileSync('package.json', pkg);
if (r.status !== 0) process.exit(r.status ?? 1);
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
rmSync(out, {recursive: true, force: true});
writeFileSync('package.json', pkg);
let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8');
} catch {
  /* missing */
}
// Module order can differ between runs of the analyzer: compare modules sorted by path.
const canonical = (text) => {
  const json = JSON.parse(text);
  json.modules?.sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(json);
};
if (!committed || canonical(fresh) !== canonical(committed)) {
  console.error('custom-elements.json is not current: run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is current.');

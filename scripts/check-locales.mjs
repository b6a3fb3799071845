// Every msg() id in src/ is in xliff/ and translated in every locale: extracts into a scratch
// folder with lit-localize and compares ids with the committed XLIFF files.
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';

const scratch = '.l10n-check';
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
config.interchange.xliffDir = `./${scratch}/`;
writeFileSync(`${scratch}.json`, JSON.stringify(config));
const r = spawnSync('npx', ['lit-localize', 'extract', '--config', `${scratch}.json`], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const ids = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
let problems = [];
try {
  if (r.status !== 0) process.exit(r.status ?? 1);
  const fresh = ids(`${scratch}/vi.xlf`);
  for (const f of readdirSync('xliff').filter((x) => x.endsWith('.xlf'))) {
    const text = readFileSync(`xliff/${f}`, 'utf8');
    const have = ids(`xliff/${f}`);
    for (const id of fresh) if (!have.includes(id)) problems.push(`${f}: ${id} not extracted`);
    for (const m of text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      if (!/<target>[\s\S]+?<\/target>/.test(m[2]))
        problems.push(`${f}: ${m[1]} has no translation`);
    }
  }
} finally {
  rmSync(scratch, {recursive: true, force: true});
  rmSync(`${scratch}.json`, {force: true});
}
if (problems.length) {
  console.error(
    `Locales are not current (run npm run localize and translate):\n  ${problems.join('\n  ')}`
  );
  process.exit(1);
}
console.log('Every string is extracted and translated in every locale.');

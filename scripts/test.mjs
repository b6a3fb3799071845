// `npm test`: lint, type-check, build, size budget, custom-elements.json and README API tables
// current, then every test in headless Chromium (or Firefox ESR with --firefox, or WebKitGTK's
// MiniBrowser with --webkit). The runner's counts are the last line.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {findBrowser} from './browser.mjs';
import {ensureWordPress, startWordPress} from '../test/wordpress/wordpress.mjs';

const firefox = process.argv.includes('--firefox');
const webkit = !firefox && process.argv.includes('--webkit');
const quick = process.argv.includes('--quick'); // tests only, for a fast loop
const browser = findBrowser(firefox ? 'firefox' : webkit ? 'webkit' : 'chromium');
const env = {...process.env};
if (firefox) {
  env.NEWS_BROWSER = 'firefox';
  env.FIREFOX_PATH = browser;
} else if (webkit) {
  env.NEWS_BROWSER = 'webkit';
  env.WEBKIT_PATH = browser;
} else env.CHROME_PATH = browser;
console.log(`news-blocks: testing in ${browser}`);

function step(name, cmd, args) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, {stdio: 'inherit', env});
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(r.status ?? 1);
  }
}

if (!quick) {
  step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
  step('format', 'npx', ['prettier', '--check', '.']);
  // Lit templates: bindings against each element's declared properties and attributes. Its CSS
  // rule is off (tsconfig.json): its CSS data predates color-scheme, container-type and
  // content-visibility, and it cannot read a css`` fragment interpolated between rules.
  step('lit-analyzer --strict', 'npx', [
    'lit-analyzer',
    '--strict',
    '--maxWarnings',
    '0',
    'src/**/*.ts',
  ]);
  step('type-check', 'npx', ['tsc', '-p', 'tsconfig.test.json']);
  step('no import cycle, no upward import', 'node', ['scripts/check-imports.mjs']);
  step('build', 'npm', ['run', '--silent', 'build']);
  step('size budget', 'node', ['scripts/check-size.mjs']);
  step('a TypeScript consumer type-checks against dist/', 'npx', [
    'tsc',
    '-p',
    'test/consumer/tsconfig.json',
  ]);
  step('the package: publint, attw, every export path in Node and TypeScript', 'node', [
    'scripts/check-package.mjs',
  ]);
  step('React, Vue and Svelte apps built with Vite from the tarball, run in Chromium', 'node', [
    'scripts/check-frameworks.mjs',
  ]);
  step(
    'server rendering: every element in Node, the seed page in Chromium without and with JavaScript',
    'node',
    ['scripts/check-ssr.mjs']
  );
  step('Storybook: the static build of .storybook/, every story rendered in Chromium', 'node', [
    'scripts/check-storybook.mjs',
  ]);
  step('every string translated in every locale', 'node', ['scripts/check-locales.mjs']);
  step('docs/accessibility.md: every criterion per element, every named test exists', 'node', [
    'scripts/check-accessibility-report.mjs',
  ]);
  step('custom-elements.json and the README API tables are current', 'node', [
    'scripts/check-manifest.mjs',
  ]);
}
// A real WordPress (MariaDB + PHP's server on loopback ports) for test/wordpress/*.test.ts,
// started when those tests run and stopped after, whatever happens. Without the Debian packages
// (and not root on Debian to install them) the suite skips itself with the reason.
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let wordpress;
if (!files.length || files.some((f) => f.includes('test/wordpress/'))) {
  const ready = ensureWordPress();
  if (ready === true) {
    console.log('\n▶ WordPress (MariaDB + php -S, seed content)');
    try {
      wordpress = await startWordPress();
      env.NEWS_WP_INFO = JSON.stringify(wordpress.info);
    } catch (e) {
      console.error(`\n✖ WordPress could not start: ${e instanceof Error ? e.message : e}`);
      console.log('\n0 passed, 1 failed');
      process.exit(1);
    }
  } else {
    console.warn(`\nnews-blocks: ${ready}`);
    env.NEWS_WP_SKIP = ready;
  }
}

// Last: the runner's own counts line must stay the last line printed.
console.log(`\n▶ tests (${firefox ? 'Firefox ESR' : webkit ? 'WebKit (WebKitGTK)' : 'Chromium'})`);
const countsFile = join(mkdtempSync(join(tmpdir(), 'news-')), 'counts');
const runner = spawn('npx', ['wtr', ...(files.length ? ['--files', ...files] : [])], {
  stdio: 'inherit',
  env: {...env, NEWS_COUNTS_FILE: countsFile},
});
const status = await new Promise((resolve) => {
  runner.once('exit', (code) => resolve(code));
  runner.once('error', () => resolve(1));
});
await wordpress?.stop();
const counts = existsSync(countsFile) ? readFileSync(countsFile, 'utf8') : '0 passed, 1 failed';
console.log(`\n${counts}`);
process.exit(status ?? 1);

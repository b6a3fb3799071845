// `npm run storybook:check`: builds the static Storybook from
// .storybook/ (offline, telemetry off) and opens every story of its index.json in Chromium
// (iframe.html?id=…): each renders its element with what the stories test expects of it (the
// Loading state, the Error alert, else the meta's `parameters.rendered` selector or an
// <article>), its images drawn (Vite inlines small SVGs as data: URLs), no page error and no
// console error. Prints the count and the times. A step of `npm test`: on a quiet machine the
// whole check takes about a minute (52 s for 97 stories; under heavy load it took 6 minutes).
// Opening stories in three pages at once measured slower (77 s) on 2 cores, so it stays serial.
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findBrowser} from './browser.mjs';

const out = mkdtempSync(join(tmpdir(), 'news-storybook-'));
const fail = (message) => {
  console.error(`✖ storybook: ${message}`);
  process.exitCode = 1;
};

const started = Date.now();
const built = spawnSync('npx', ['storybook', 'build', '--quiet', '-o', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1'},
});
if (built.status !== 0) {
  fail('storybook build failed');
  process.exit(1);
}
const buildSeconds = ((Date.now() - started) / 1000).toFixed(1);

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(join(out, decodeURIComponent(req.url.split('?')[0])));
  try {
    if (!path.startsWith(out)) throw new Error('outside');
    const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
    res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
// `--only=text`: the stories whose id contains it (for a quick look at one).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && (!only || e.id.includes(only))
);

const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: CHROME_FLAGS,
});
const page = await browser.newPage({viewport: {width: 1024, height: 768}});
let errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on(
  'console',
  (m) =>
    m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text())
);

let rendered = 0;
let images = 0;
try {
  for (const story of stories) {
    errors = [];
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    const result = await page
      .waitForFunction(
        ({id, name}) => {
          if (document.body.classList.contains('sb-show-errordisplay'))
            return {error: document.querySelector('#error-message')?.textContent ?? 'error'};
          // The story's first element, as the stories test renders it (lit's render in
          // Storybook goes into #root-inner).
          const root =
            document.querySelector('#root-inner') ?? document.querySelector('#storybook-root');
          const el = root?.firstElementChild;
          if (!el) return false;
          const find = (sel) => el.shadowRoot?.querySelector(sel) ?? el.querySelector(sel);
          const render = window.__STORYBOOK_PREVIEW__?.storyRenders?.find((r) => r.id === id);
          const selector =
            name === 'Loading'
              ? '[aria-busy=true], .skeletons'
              : name === 'Error'
                ? '[role=alert]'
                : (render?.story?.parameters?.rendered ?? 'article');
          if (!find(selector)) return false;
          // The element's own images (parts: card, lead photo, avatars; not a feed's hostile
          // body images) drawn, in its shadow root and its children's (photo-caption).
          const own = (node) => [
            ...node.querySelectorAll('img[part]'),
            ...[...node.querySelectorAll('*')]
              .filter((c) => c.shadowRoot)
              .flatMap((c) => own(c.shadowRoot)),
          ];
          const imgs = own(el.shadowRoot ?? el);
          if (imgs.some((i) => !i.complete)) {
            imgs.forEach((i) => (i.loading = 'eager'));
            return false;
          }
          const drawn = imgs.filter((i) => i.naturalWidth > 0).length;
          const broken = imgs.length - drawn;
          return {tag: el.localName, selector, images: drawn, broken};
        },
        {id: story.id, name: story.name},
        {timeout: only ? 5000 : 15000, polling: 50}
      )
      .then((h) => h.jsonValue())
      .catch((e) => ({error: `not rendered: ${e.message.split('\n')[0]}`}));
    // The index names stories by their display name ("Broken Image"): match the id.
    const brokenStory = story.id.endsWith('--broken-image');
    if (result.error) fail(`${story.id}: ${result.error}`);
    else if (result.broken && !brokenStory)
      fail(`${story.id}: ${result.broken} image(s) not drawn`);
    else if (brokenStory && !result.broken)
      fail(`${story.id}: the missing image drew (${result.images} drawn, none broken)`);
    else if (errors.length) fail(`${story.id}: ${errors.join('; ')}`);
    else {
      rendered++;
      images += result.images;
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, {recursive: true, force: true});
}
if (images === 0) fail('no story drew an image');
console.log(
  `storybook: ${rendered}/${stories.length} stories rendered in Chromium (${images} images drawn; static build ${buildSeconds} s, all ${((Date.now() - started) / 1000).toFixed(1)} s)`
);
if (rendered !== stories.length) process.exitCode = 1;

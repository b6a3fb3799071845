// `node bench/stylesheet-cold.mjs` (after `npm run build`): where a partner puts news-blocks.css,
// and what it costs the partner's own first paint. The cold bench's partner page (its text, then
// `<article-list src limit=10>`, then its footer), loaded cold on the cold bench's networks
// (scripts/bench-cold.mjs), three ways: the stylesheet in the head, in the body right before the
// element, and none. Reports the page's first contentful paint (its own text), the first card
// painted and the layout shift from navigation (the worst round), medians of ROUNDS=5 rounds.
// The library comes from the CDN origin over HTTP/2 (BENCH_COLD_CDN=0: the page's own origin).
import process from 'node:process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findBrowser} from '../scripts/browser.mjs';
import {NETWORKS, coldPage, serve} from '../scripts/bench-cold.mjs';

const ROUNDS = Number(process.env.ROUNDS) || 5;
const root = new URL('..', import.meta.url).pathname;
const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}`;
const cdn = server.cdn ?? '';

const OBSERVER = `<script>
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime;
}).observe({type: 'paint', buffered: true});
window.__cls = 0;
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({type: 'layout-shift', buffered: true});
(() => {
  const found = () => document.querySelector('article-list')?.shadowRoot?.querySelector('[part=item] h3 a');
  // Painted: a message posted from the frame the card is first in runs after that frame's
  // rendering (scripts/bench-cold.mjs, as of 2026-12-03 21:30 UTC; the next frame before).
  const afterPaint = (f) => {
    const c = new MessageChannel();
    c.port1.onmessage = f;
    c.port2.postMessage(0);
  };
  const tick = () => found() ? afterPaint(() => (window.__first = performance.now())) : requestAnimationFrame(tick);
  requestAnimationFrame(tick);
})();
</script>`;
const link = `<link rel="stylesheet" href="${cdn}/dist/cdn/news-blocks.css" />`;
// The README's script: `async`, right before the element (until 2026-12-03 this bench put it in
// the head without `async`; the README's figures from before then were measured so).
const script = `<script type="module" async src="${cdn}/dist/cdn/news-blocks.js"></script>`;
const list = `<article-list src="/bench/cold/feed.xml" limit="10"></article-list>`;
const page = (head, before) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner page</title>${OBSERVER}${head}</head>` +
  `<body><h1>A partner's article</h1><p>The partner's own text comes first, then the news block.</p>` +
  `${before}${script}${list}<p>The partner's footer.</p></body></html>`;
const PAGES = {
  'stylesheet in the head': page(link, ''),
  'stylesheet in the body, before the element': page('', link),
  'no stylesheet': page('', ''),
};
const dir = join(root, 'bench/cold/.build/stylesheet');
mkdirSync(dir, {recursive: true});
const names = Object.keys(PAGES);
names.forEach((n, i) => writeFileSync(join(dir, `${i}.html`), PAGES[n]));

const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: [...CHROME_FLAGS, '--ignore-certificate-errors'],
});
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
try {
  console.log(
    `news-blocks.css from ${cdn ? 'the CDN origin' : "the page's origin"}, ${ROUNDS} rounds`
  );
  for (const net of NETWORKS) {
    const runs = names.map(() => []);
    for (let r = 0; r <= ROUNDS; r++) {
      for (let k = 0; k < names.length; k++) {
        const i = (k + r) % names.length;
        const {page: p} = await coldPage(browser, net, names[i]);
        await p.goto(`${base}/bench/cold/.build/stylesheet/${i}.html`);
        await p.waitForFunction(() => window.__first && window.__fcp, null, {timeout: 30000});
        await p.waitForTimeout(300);
        const m = await p.evaluate(() => ({
          fcp: window.__fcp,
          first: window.__first,
          cls: window.__cls,
        }));
        if (r) runs[i].push(m); // round 0 warms up
        await p.close();
      }
    }
    names.forEach((n, i) => {
      const m = runs[i];
      console.log(
        `${net.name}, ${n}: page's first paint ${median(m.map((x) => x.fcp)).toFixed(0)} ms, ` +
          `first card ${median(m.map((x) => x.first)).toFixed(0)} ms, ` +
          `layout shift (worst) ${Math.max(...m.map((x) => x.cls)).toFixed(3)}`
      );
    });
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, {recursive: true, force: true});
}

// `node bench/profile-parse.mjs`: where `parseFeed`'s time goes on the bench's RSS feed
// (scripts/bench.mjs builds the same feed). CDP sampling profile of PROFILE_RUNS (10) parses
// of PROFILE_ITEMS (1,000) items after two warm-up parses; prints the functions with the most
// self time and the most total time (a sample counts once per function on its stack), in ms
// per parse. A tool for finding the next hot spot, not a benchmark: no ratios, no baseline.
import process from 'node:process';
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS} from '../scripts/browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const ITEMS = Number(process.env.PROFILE_ITEMS) || 1000;
const RUNS = Number(process.env.PROFILE_RUNS) || 10;
const TOP = Number(process.env.PROFILE_TOP) || 25;

const server = await startDevServer({
  config: {
    rootDir: root,
    port: 0,
    nodeResolve: {exportConditions: ['production']},
    plugins: [esbuildPlugin({ts: true, tsconfig: `${root}tsconfig.json`, target: 'es2021'})],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const {port} = server.server.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: CHROME_FLAGS,
});
try {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${port}/bench/index.html`);
  await page.waitForFunction(() => window.bench?.ready, null, {timeout: 60000});
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(async (items) => {
    const {parseFeed} = await import('/src/data/parse.ts');
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // The bench's item (scripts/bench.mjs `parseBench`).
    const item = (i) =>
      `<item><title>Item ${i}: MoLISA Deputy Minister received the President of IM Japan</title>` +
      `<link>https://molisa.example.vn/news/${i}</link><guid>https://molisa.example.vn/news/${i}</guid>` +
      `<pubDate>Mon, 13 Nov 2023 10:${String(i % 60).padStart(2, '0')}:00 +0700</pubDate>` +
      `<dc:creator>LĐXH</dc:creator><category>English Review</category><category>Labour</category>` +
      `<description>${esc(`<p>On November 13, Deputy Minister Nguyen Ba Hoan received a delegation, item ${i}, and discussed training for workers.</p>`)}</description>` +
      `<content:encoded><![CDATA[<p>(LĐXH)- Deputy Minister Nguyen Ba Hoan received the delegation of IM Japan.</p>` +
      `<figure><img src="https://molisa.example.vn/img/${i}.jpg" width="800" height="450" alt=""><figcaption>Training for workers. Photo – MOLISA</figcaption></figure>` +
      `<p>${'The two sides discussed the programme and its results. '.repeat(8)}</p><p>(According to VNEconomy)</p>]]></content:encoded></item>`;
    const text =
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench</title><link>https://molisa.example.vn/</link>' +
      Array.from({length: items}, (_, i) => item(i)).join('') +
      '</channel></rss>';
    window.profileParse = () => parseFeed(text, {maxItems: items, maxBytes: 1 << 26});
    await window.profileParse();
    await window.profileParse();
  }, ITEMS);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  await cdp.send('Profiler.start');
  const wall = await page.evaluate(async (runs) => {
    const t0 = performance.now();
    for (let r = 0; r < runs; r++) await window.profileParse();
    return performance.now() - t0;
  }, RUNS);
  const {profile} = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
    return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map();
  const total = new Map();
  const dts = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const dt = (dts[i + 1] ?? dts[i]) / 1000 / RUNS;
    const n = byId.get(id);
    self.set(name(n), (self.get(name(n)) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const table = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, v]) => `${v.toFixed(1).padStart(7)}  ${k}`)
      .join('\n');
  console.log(`parseFeed, ${ITEMS} items: ${(wall / RUNS).toFixed(1)} ms per parse (wall)`);
  console.log(`\nself time, ms per parse:\n${table(self)}`);
  console.log(`\ntotal time, ms per parse:\n${table(total)}`);
} finally {
  await browser.close();
  await server.stop();
}

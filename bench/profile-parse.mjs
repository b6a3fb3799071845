// `node bench/profile-parse.mjs`: where `parseFeed`'s time goes on the bench's RSS feed
// (scripts/bench.mjs builds the same feed). CDP sampling profile of PROFILE_RUNS (10) parses
// of PROFILE_ITEMS (1,000) items after two warm-up parses; prints the functions with the most
// self time and the most total time (a sample counts once per function on its stack), in ms
// per parse. A tool for finding the next hot spot, not a benchmark: no ratios, no baseline.
import process from 'node:process';
import {startBenchServer} from '../scripts/bench-server.mjs';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findBrowser} from '../scripts/browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const ITEMS = Number(process.env.PROFILE_ITEMS) || 1000;
const RUNS = Number(process.env.PROFILE_RUNS) || 10;
const TOP = Number(process.env.PROFILE_TOP) || 25;

const {server, port} = await startBenchServer(root);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: CHROME_FLAGS,
});
try {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${port}/bench/index.html`);
  await page.waitForFunction(() => window.bench?.ready, null, {timeout: 60000});
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(async (items) => {
    const {parseFeed} = await import('/src/data/parse.ts');
    const {benchRss} = await import('/bench/rss-feed.ts');
    const text = benchRss(items);
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

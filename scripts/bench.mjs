// `npm run bench`: <article-list limit=0> against a hand-written vanilla DOM baseline (same
// markup, same stylesheets) at 100, 1,000 and 5,000 cards, in one Chromium run. It serves the
// repository with @web/dev-server (TypeScript compiled on the fly, Lit in production mode),
// drives Debian's Chromium with playwright-core, prints a table and writes bench/results.json.
//
//   BENCH_RUNS=7 BENCH_WARMUP=2 BENCH_SIZES=100,1000,5000 CHROME_PATH=… npm run bench
//
// Then `parseFeed` on an RSS feed of BENCH_PARSE_ITEMS (1,000) items with content:encoded, as a
// ratio to `DOMParser` alone on the same text (the floor: the browser's XML parse), in
// interleaved rounds; and the same feed with a blank line before `<?xml`, which takes the
// repair path. BENCH_ONLY=parse runs only this part.
//
// Last, the cold load (scripts/bench-cold.mjs): first card painted on a partner page against a
// hand-written fetch + DOMParser floor, throttled and not, from the built dist/cdn/ (run
// `npm run build` first). BENCH_ONLY=cold runs only this part.
import {mkdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS} from './browser.mjs';
import * as prettier from 'prettier';
import {coldLoadBench, coldLoadTable} from './bench-cold.mjs';

const root = new URL('..', import.meta.url).pathname;
const SIZES = (process.env.BENCH_SIZES || '100,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS) || 7;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
// The test runner's flags, plus --expose-gc so each run starts from a clean heap.
const FLAGS = [...CHROME_FLAGS, '--js-flags=--expose-gc'];
const PARSE_ITEMS = Number(process.env.BENCH_PARSE_ITEMS) || 1000;
const PARSE_ROUNDS = Number(process.env.BENCH_PARSE_ROUNDS) || 15;
const ONLY = process.env.BENCH_ONLY;

/**
 * Runs in the page: `parseFeed` against `DOMParser` alone on one generated RSS feed, rounds
 * interleaved (each round times both, alternating which goes first), medians of per-round
 * ratios. Also times a copy with a blank line before `<?xml` (first parse fails, repair, parse).
 */
async function parseBench([items, rounds]) {
  const {parseFeed} = await import('/src/data/parse.ts');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
  const sloppy = `\n${text}`;
  const time = async (f) => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  const dom = () => new DOMParser().parseFromString(text, 'application/xml');
  const parse = () => parseFeed(text, {maxItems: items});
  // (Before the repair existed this path failed: then it times the failure.)
  const repair = () => parseFeed(sloppy, {maxItems: items}).catch(() => undefined);
  const n = (await parse()).articles.length;
  if (n !== items) throw new Error(`parseFeed read ${n} of ${items} items`);
  const rows = {dom: [], parse: [], repair: [], ratio: [], repairRatio: []};
  for (let r = 0; r < rounds + 2; r++) {
    globalThis.gc?.();
    const order = r % 2 ? [repair, parse, dom] : [dom, parse, repair];
    const t = new Map();
    for (const f of order) t.set(f, await time(f));
    if (r < 2) continue; // warm-up
    rows.dom.push(t.get(dom));
    rows.parse.push(t.get(parse));
    rows.repair.push(t.get(repair));
    rows.ratio.push(t.get(parse) / t.get(dom));
    rows.repairRatio.push(t.get(repair) / t.get(dom));
  }
  const med = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return {
    items,
    bytes: new TextEncoder().encode(text).length,
    rounds,
    dom: med(rows.dom),
    parse: med(rows.parse),
    repair: med(rows.repair),
    ratio: med(rows.ratio),
    repairRatio: med(rows.repairRatio),
  };
}

const BUSY = {
  busy: 'TaskDuration',
  script: 'ScriptDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));

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

/** The cold-load benchmark: prints its table and writes bench/cold-results.json. */
async function runCold(browser) {
  const cold = await coldLoadBench(browser, root);
  console.log(
    `\nCold load, Chromium ${browser.version()}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}:\n${coldLoadTable(cold)}`
  );
  for (const r of cold.results)
    console.log(
      `aim, ${r.network}: module ${r.module.ratio.toFixed(2)}x the floor (aim at most ${r.network === 'unthrottled' ? '1.2' : '1.5'}x); classic ${r.classic.ratio.toFixed(2)}x`
    );
  writeFileSync(
    new URL('../bench/cold-results.json', import.meta.url),
    await prettier.format(
      JSON.stringify({
        date: new Date().toISOString(),
        browser: `Chromium ${browser.version()}`,
        cpus: os.cpus().length,
        loadavg: os.loadavg(),
        ...cold,
      }),
      {...(await prettier.resolveConfig(`${root}bench/cold-results.json`)), parser: 'json'}
    )
  );
  console.log('written: bench/cold-results.json');
}

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: FLAGS,
  });
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])
    );
  if (ONLY === 'cold') {
    await runCold(browser);
    await browser.close();
    await server.stop();
    process.exit(0);
  }
  await page.goto(`http://localhost:${port}/bench/index.html`);
  await page.waitForFunction(() => window.bench?.ready, null, {timeout: 60000});

  const parse = await page.evaluate(parseBench, [PARSE_ITEMS, PARSE_ROUNDS]);
  console.log(
    `\nparseFeed, RSS of ${parse.items} items (${Math.round(parse.bytes / 1024)} KiB, content:encoded), medians of ${parse.rounds} interleaved rounds:\n` +
      `| what | ms | ratio to DOMParser alone |\n| --- | ---: | ---: |\n` +
      `| DOMParser alone | ${fmt(parse.dom)} | 1 |\n` +
      `| parseFeed, well-formed | ${fmt(parse.parse)} | **${parse.ratio.toFixed(2)}x** |\n` +
      `| parseFeed, blank line before <?xml (repair path) | ${fmt(parse.repair)} | ${parse.repairRatio.toFixed(2)}x |`
  );
  if (ONLY === 'parse') {
    mkdirSync(new URL('../bench/', import.meta.url), {recursive: true});
    writeFileSync(
      new URL('../bench/parse-results.json', import.meta.url),
      await prettier.format(JSON.stringify({date: new Date().toISOString(), ...parse}), {
        parser: 'json',
      })
    );
    await browser.close();
    await server.stop();
    process.exit(0);
  }

  const same = await page.evaluate(() => window.bench.markup());
  const identical = same.element === same.vanilla;
  if (!identical) {
    console.error('The two renderers differ in markup (first 12 cards, canonical form):');
    console.error(
      `element: ${same.element.slice(0, 3000)}\nvanilla: ${same.vanilla.slice(0, 3000)}`
    );
  }

  const results = [];
  for (const n of SIZES) {
    const samples = {element: [], vanilla: []};
    for (let i = 0; i < WARMUP + RUNS; i++) {
      // Alternate which renderer goes first, so drift (heat, caches) falls on both.
      const order = i % 2 ? ['vanilla', 'element'] : ['element', 'vanilla'];
      for (const kind of order) {
        await page.evaluate(() => window.bench.clear());
        const before = await metrics();
        const s = await page.evaluate(([k, size]) => window.bench.run(k, size), [kind, n]);
        const after = await metrics();
        // Main-thread time the run cost (CDP Performance metrics, seconds → ms): robust to
        // other processes taking the CPU, which stretch the wall-clock figures above.
        for (const [key, name] of Object.entries(BUSY))
          s[key] = (after[name] - before[name]) * 1000;
        delete s.timeline; // [ms, cards] per frame: for diagnosis in the page, not kept
        if (i >= WARMUP) samples[kind].push(s);
      }
    }
    const summary = {};
    for (const kind of ['element', 'vanilla']) {
      const xs = samples[kind];
      summary[kind] = {
        first: median(xs.map((s) => s.first)),
        all: median(xs.map((s) => s.all)),
        longtask: median(xs.map((s) => s.longtask)),
        longtaskMax: Math.max(...xs.map((s) => s.longtask)),
        frame: median(xs.map((s) => s.frame)),
        busy: median(xs.map((s) => s.busy)),
      };
    }
    results.push({size: n, ...summary, samples});
    process.stdout.write(`  ${n} cards measured\n`);
  }

  const version = browser.version();
  const rows = [
    '| cards | renderer | first chunk painted (ms) | all painted (ms) | longest task (ms) | longest frame gap (ms) | main thread busy (ms) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    for (const kind of ['element', 'vanilla']) {
      const x = r[kind];
      rows.push(
        `| ${r.size} | ${kind} | ${fmt(x.first)} | ${fmt(x.all)} | ${x.longtask ? fmt(x.longtask) : '< 50'} | ${fmt(x.frame)} | ${fmt(x.busy)} |`
      );
    }
    const ratio = (k) => (r.element[k] / r.vanilla[k]).toFixed(2);
    rows.push(
      `| ${r.size} | **element / vanilla** | ${ratio('first')}x | **${ratio('all')}x** | | ${ratio('frame')}x | ${ratio('busy')}x |`
    );
  }
  console.log(
    `\n<article-list> vs vanilla DOM: medians of ${RUNS} runs after ${WARMUP} warm-up, Chromium ${version}, ${os.cpus().length} CPUs`
  );
  console.log(rows.join('\n'));
  const at = (n) => results.find((r) => r.size === n);
  const goals = [];
  if (at(1000))
    goals.push(
      `all painted at 1,000: ${(at(1000).element.all / at(1000).vanilla.all).toFixed(2)}x vanilla (aim: at most 1.2x)`
    );
  if (at(5000))
    goals.push(
      `longest task at 5,000: ${at(5000).element.longtaskMax ? `${fmt(at(5000).element.longtaskMax)} ms` : 'none over 50 ms'} in the worst run (aim: none over 50 ms)`
    );
  console.log(`\n${goals.join('\n')}\nmarkup identical: ${identical ? 'yes' : 'NO'}`);

  mkdirSync(new URL('../bench/', import.meta.url), {recursive: true});
  writeFileSync(
    new URL('../bench/results.json', import.meta.url),
    await prettier.format(
      JSON.stringify(
        {
          date: new Date().toISOString(),
          browser: `Chromium ${version}`,
          node: process.version,
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model,
          runs: RUNS,
          warmup: WARMUP,
          markupIdentical: identical,
          parse,
          metrics: {
            first: 'ms from creating the element until the first frame with cards was painted',
            all: 'ms until the frame with every card was painted',
            longtask: 'longest PerformanceObserver longtask entry (0: none over 50 ms)',
            frame: 'longest gap between two animation frames meanwhile',
            busy: 'main-thread task time of the whole run (CDP Performance TaskDuration), ms',
          },
          results,
        },
        null,
        1
      ),
      {parser: 'json'}
    )
  );
  console.log('written: bench/results.json');
  await runCold(browser);
} finally {
  await browser?.close();
  await server.stop();
}

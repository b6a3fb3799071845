// `node bench/timeline-cold.mjs`: when each step of a cold load of the bench's module page
// happens (scripts/bench-cold.mjs: same server, pages and network emulation; run `npm run build`
// first), measured in the page with `performance.now()` and no tracer (a trace adds its own
// cost to every step). Wraps, before the page's scripts run:
//   - `fetch` (the entry's feed request), `customElements.define` (when the core and the list's
//     chunk have run) and the list's `update` (how many, and their time, before the first card),
//     `attachShadow` of `<article-list>` (or the Lit floor's element) with a MutationObserver
//     (the skeleton, the first card and the frames after it), `DOMParser#parseFromString` (the
//     XML parse and the HTML parses), `scheduler.yield` (the parse's yields) and
//     `Intl.DateTimeFormat.supportedLocalesOf` (the first `Intl` call, the warm-up's);
//   - plus the resource timing of the entry, the feed and the last chunk, the long tasks, and
//     the bench's own "first card painted".
// One line of JSON per load (ms from navigation). A tool for finding the next cost, not a
// benchmark: no ratios (scripts/bench-cold.mjs has them).
//   TIMELINE_RUNS=6 TIMELINE_NET=unthrottled|throttled
//   TIMELINE_PAGE=module|classic|lit (the Lit floor)
//   TIMELINE_FLAGS='--flag …' (more Chromium flags)
import process from 'node:process';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findBrowser} from '../scripts/browser.mjs';
import {NETWORKS, coldPage, serve} from '../scripts/bench-cold.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.TIMELINE_RUNS) || 6;
const throttled = process.env.TIMELINE_NET === 'throttled';
const net = NETWORKS.find((n) => (n.name === 'unthrottled') !== throttled);
const variant = process.env.TIMELINE_PAGE ?? 'module';

/** Runs in the page before its scripts: records each step's time in `window.__t`. */
function instrument() {
  const T = (window.__t = {});
  const now = () => Math.round(performance.now());
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks.push(`${Math.round(e.startTime)}+${Math.round(e.duration)}`);
  }).observe({type: 'longtask', buffered: true});
  const fetch = window.fetch;
  window.fetch = function (...args) {
    T.feedRequest ??= now();
    return fetch.apply(this, args);
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, cls, ...rest) => {
    T[`defined ${name}`] = now();
    // The list's updates before its first card is painted: how many, and their ms in all.
    if (name === 'article-list') {
      const update = cls.prototype.update;
      cls.prototype.update = function (changed) {
        const t0 = performance.now();
        try {
          return update.call(this, changed);
        } finally {
          if (!T.cards) {
            T.listUpdates = (T.listUpdates ?? 0) + 1;
            T.listUpdateMs = Math.round((T.listUpdateMs ?? 0) + performance.now() - t0);
          }
        }
      };
    }
    return define(name, cls, ...rest);
  };
  const parse = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (text, type) {
    const t0 = now();
    const doc = parse.call(this, text, type);
    if (/xml/.test(type)) T.xmlParse ??= `${t0}+${now() - t0}`;
    else T.htmlParses = (T.htmlParses ?? 0) + 1;
    return doc;
  };
  const scheduler = globalThis.scheduler;
  if (scheduler?.yield) {
    const y = scheduler.yield.bind(scheduler);
    scheduler.yield = () => {
      T.yields = (T.yields ?? 0) + 1;
      return y();
    };
  }
  const supported = Intl.DateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat.supportedLocalesOf = function (...args) {
    const t0 = now();
    const out = supported.apply(this, args);
    T.firstIntl ??= `${t0}+${now() - t0}`;
    return out;
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    if (this.localName === 'article-list' || this.localName === 'lit-floor') {
      new MutationObserver(() => {
        T.skeleton ??= now();
        if (!T.cards && shadow.querySelector('[part=item] h3 a, li h3 a')) {
          T.cards = now();
          // The frames that follow, until the one the bench calls "first card painted".
          const frames = [];
          const frame = (t) => {
            frames.push(Math.round(t));
            T.framesAfterCards = frames.join(' ');
            if (frames.length < 4) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }
      }).observe(shadow, {childList: true, subtree: true});
    }
    return shadow;
  };
}

// TIMELINE_FLAGS: more Chromium flags, space-separated (to try one against the bench's).
const extra = (process.env.TIMELINE_FLAGS ?? '').split(' ').filter(Boolean);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: [...CHROME_FLAGS, ...extra],
});
const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}`;
try {
  console.log(`${variant}, ${net.name}, ${RUNS} loads (ms from navigation)`);
  for (let r = 0; r < RUNS; r++) {
    const {page} = await coldPage(browser, net, `timeline ${variant}`);
    await page.addInitScript(instrument);
    const painted = page.waitForEvent('console', {
      predicate: (m) => m.text() === '__first',
      timeout: 60000,
    });
    await page.goto(`${base}/cold/${variant}.html`, {waitUntil: 'commit'});
    await painted;
    const t = await page.evaluate(() => {
      const res = performance.getEntriesByType('resource').filter((e) => !/card/.test(e.name));
      const end = (re) => Math.round(res.find((e) => re.test(e.name))?.responseEnd ?? NaN);
      const chunks = res.filter((e) => /\/chunks\//.test(e.name)).map((e) => e.responseEnd);
      return {
        ...window.__t,
        entryArrived: end(/news-blocks\.(js|iife\.js)$/),
        feedArrived: end(/feed\.xml$/),
        lastChunkArrived: Math.round(Math.max(...chunks)),
        firstCardPainted: Math.round(window.__first),
        longTasks: window.__longTasks.join(' '),
      };
    });
    console.log(JSON.stringify(t));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

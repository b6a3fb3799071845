// The first update of a long server-rendered list in Chromium: `node bench/hydrate-long.mjs`
// (after `npm run build`; HYDRATE_COUNT, default 500, HYDRATE_RUNS, default 5). It serves
// examples/ssr-server.mjs's `/long?count=N` (a list of N articles, all shown, and one of 60 a
// page) and times each `<article-list>`'s `update()` (the hydrating one first) and the page's
// long tasks. Not part of `npm run bench`: hydration has no baseline of its own here.
import process from 'node:process';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findBrowser} from '../scripts/browser.mjs';

const {startSsrServer} = await import('../examples/ssr-server.mjs');
const count = Number(process.env.HYDRATE_COUNT) || 500;
const runs = Number(process.env.HYDRATE_RUNS) || 5;
const port = 8123;
const server = await startSsrServer({port});
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: CHROME_FLAGS,
});
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.__tasks = [];
      window.__updates = [];
      const define = customElements.define.bind(customElements);
      customElements.define = (name, cls, options) => {
        if (name === 'article-list') {
          const update = cls.prototype.update;
          cls.prototype.update = function (changed) {
            const t = performance.now();
            update.call(this, changed);
            window.__updates.push(Math.round(performance.now() - t));
          };
        }
        return define(name, cls, options);
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__tasks.push(Math.round(e.duration));
      }).observe({type: 'longtask', buffered: true});
    });
    await page.goto(`http://127.0.0.1:${port}/long?count=${count}`);
    await page.waitForFunction(() => document.querySelector('article-list')?.hasUpdated);
    await page.waitForTimeout(800);
    const r = await page.evaluate(() => ({
      items: document.querySelector('article-list').shadowRoot.querySelectorAll('.item').length,
      updates: window.__updates,
      longTasks: window.__tasks,
    }));
    console.log(
      `run ${run + 1}: ${r.items} cards; list updates (ms) ${r.updates.join(', ')}; long tasks (ms) ${r.longTasks.join(', ') || 'none'}`
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

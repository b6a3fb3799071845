// `node bench/wordpress-cold.mjs` (after `npm run build`): a partner's first visit to a page with
// `<article-list src=".../wp-json/wp/v2/posts?_embed" limit=10>` fed by a real WordPress (the
// tests' own: test/wordpress/wordpress.mjs, MariaDB and PHP's server on loopback, seed content),
// on the cold-load bench's networks (scripts/bench-cold.mjs: cache off, Chromium's emulation).
// PHP's server compresses nothing; a gzip proxy in front of it answers as hosts that serve
// WordPress do (WP_GZIP=0: as PHP's server does). Reports the first card painted, when the feed
// and any request for the site's `/wp-json/` index ended, per page:
//   - `module`: this checkout's dist/;
//   - `base`: BENCH_COLD_BASE=<dir>'s dist/ (another build, e.g. before a change), interleaved.
// A tool for a WordPress-specific change, not a ratio benchmark (scripts/bench-cold.mjs has
// those): WP_ROUNDS=7, WP_QUERY=_embed (the posts URL's query); WP_ELEMENT=news-article loads
// the seed article (`posts/ID?_embed`) in `<news-article>` instead, and reports its body painted
// (sanitized: DOMPurify's chunk, when it ended); WP_ELEMENT=news-comments loads the comments of
// the seed's post with six (`comments?post=ID`) in `<news-comments>`, and reports its first
// comment's text painted; WP_ELEMENT=news-article WP_COMMENTS=1 loads that post in an article
// that lists its comments, and reports its first comment and its body painted.
import http from 'node:http';
import {Buffer} from 'node:buffer';
import process from 'node:process';
import {gzipSync} from 'node:zlib';
import {writeFileSync, rmSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findBrowser} from '../scripts/browser.mjs';
import {NETWORKS, coldPage, serve} from '../scripts/bench-cold.mjs';
import {ensureWordPress, startWordPress} from '../test/wordpress/wordpress.mjs';

const ROUNDS = Number(process.env.WP_ROUNDS) || 7;
const QUERY = process.env.WP_QUERY ?? '_embed';
// WP_REST_ROUTE=1: the posts as a site without pretty permalinks serves them, `/?rest_route=…`.
const POSTS =
  process.env.WP_REST_ROUTE === '1' ? '/?rest_route=/wp/v2/posts&' : '/wp-json/wp/v2/posts?';
const GZIP = process.env.WP_GZIP !== '0';
const ARTICLE = process.env.WP_ELEMENT === 'news-article';
const COMMENTS = process.env.WP_ELEMENT === 'news-comments';
// WP_ELEMENT=news-article WP_COMMENTS=1: the seed post with six comments, listed under the body
// (`comments`); reports its first comment painted.
const ARTICLE_COMMENTS = ARTICLE && process.env.WP_COMMENTS === '1';
const root = new URL('..', import.meta.url).pathname;

const ready = ensureWordPress();
if (ready !== true) {
  console.log(`wordpress-cold: ${ready}`);
  process.exit(0);
}
const wp = await startWordPress({quiet: true});

/** WordPress through a proxy that gzips what the browser accepts gzipped (level 6). */
const proxy = http.createServer((req, res) => {
  const up = http.request(
    new URL(req.url, wp.url),
    {
      method: req.method,
      headers: {...req.headers, host: new URL(wp.url).host, 'accept-encoding': 'identity'},
    },
    (r) => {
      const parts = [];
      r.on('data', (c) => parts.push(c));
      r.on('end', () => {
        let body = Buffer.concat(parts);
        const headers = {...r.headers};
        delete headers['transfer-encoding'];
        if (GZIP && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
          body = gzipSync(body, {level: 6});
          headers['content-encoding'] = 'gzip';
        }
        headers['content-length'] = body.length;
        res.writeHead(r.statusCode, headers);
        res.end(body);
      });
    }
  );
  up.on('error', () => res.writeHead(502).end());
  up.end();
});
await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
const wpOrigin = `http://127.0.0.1:${proxy.address().port}`;

// The pages: files under bench/ (the cold bench's server serves /bench/ and /dist/, and
// BENCH_COLD_BASE's dist under /base/dist/).
const dir = join(root, 'bench/cold/.build/wordpress');
mkdirSync(dir, {recursive: true});
const OBSERVER = `<script>(() => {
  const found = () => ${
    ARTICLE_COMMENTS
      ? `document.querySelector('news-article')?.shadowRoot?.querySelector('news-comments')?.shadowRoot?.querySelector('[part=comment] [part=content][aria-busy=false] strong')`
      : ARTICLE
        ? `document.querySelector('news-article')?.shadowRoot?.querySelector('[part~=body][aria-busy=false] p')`
        : COMMENTS
          ? `document.querySelector('news-comments')?.shadowRoot?.querySelector('[part=comment] [part=content][aria-busy=false] strong')`
          : `document.querySelector('article-list')?.shadowRoot?.querySelector('[part=item] h3 a')`
  };
  // Painted: a message posted from the frame the card is first in runs after that frame's
  // rendering (scripts/bench-cold.mjs, as of 2026-12-03 21:30 UTC; the next frame before).
  const afterPaint = (f) => {
    const c = new MessageChannel();
    c.port1.onmessage = f;
    c.port2.postMessage(0);
  };
  const tick = () => found()
    ? afterPaint(() => ((window.__first = performance.now()), console.debug('__first')))
    : requestAnimationFrame(tick);
  requestAnimationFrame(tick);
  // An article's body, painted (also when the first comment is what the page waits for).
  const body = () => document.querySelector('news-article')?.shadowRoot?.querySelector('[part~=body][aria-busy=false] p')
    ? afterPaint(() => (window.__body = performance.now()))
    : requestAnimationFrame(body);
  requestAnimationFrame(body);
})();</script>`;
const page = (dist) =>
  // The README's snippet (since 2026-12-03; the README's figures from before then were measured
  // with the stylesheet in the body and the module without `async`).
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner page</title>${OBSERVER}` +
  `<link rel="stylesheet" href="${dist}/cdn/news-blocks.css"></head>` +
  `<body><h1>A partner's article</h1>` +
  `<script type="module" async src="${dist}/cdn/news-blocks.js"></script>` +
  (ARTICLE
    ? `<news-article src="${wpOrigin}/wp-json/wp/v2/posts/${ARTICLE_COMMENTS ? `${wp.info.posts.hoan}?_embed" comments` : `${wp.info.posts.cooperation}?_embed"`}></news-article>`
    : COMMENTS
      ? `<news-comments src="${wpOrigin}/wp-json/wp/v2/comments?post=${wp.info.posts.hoan}"></news-comments>`
      : `<article-list src="${wpOrigin}${POSTS}${QUERY}" limit="10"></article-list>`) +
  `</body></html>`;
const variants = ['module', ...(process.env.BENCH_COLD_BASE ? ['base'] : [])];
for (const v of variants)
  writeFileSync(join(dir, `${v}.html`), page(v === 'base' ? '/base/dist' : '/dist'));

const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: findBrowser(), args: CHROME_FLAGS});
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
try {
  console.log(
    `WordPress ${wp.url} (${GZIP ? 'gzip proxy' : 'no compression'}), ` +
      `${ARTICLE ? '<news-article>, the seed article' : COMMENTS ? '<news-comments>, the seed post with six' : `<article-list>, ${POSTS}${QUERY}`}, ${ROUNDS} rounds`
  );
  for (const net of NETWORKS) {
    const runs = Object.fromEntries(variants.map((v) => [v, []]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const v of r % 2 ? [...variants].reverse() : variants) {
        const {page: p} = await coldPage(browser, net, `wordpress ${v}`);
        const painted = p.waitForEvent('console', {
          predicate: (m) => m.text() === '__first',
          timeout: 60000,
        });
        await p.goto(`${base}/bench/cold/.build/wordpress/${v}.html`, {waitUntil: 'commit'});
        await painted;
        runs[v].push(
          await p.evaluate(() => {
            const res = performance.getEntriesByType('resource');
            const end = (re) =>
              res.filter((e) => re.test(e.name)).map((e) => Math.round(e.responseEnd));
            return {
              first: Math.round(window.__first),
              body: window.__body && Math.round(window.__body),
              feed: end(/\/wp\/v2\/(posts|comments)/)[0],
              feedStart: Math.round(
                res.find((e) => /\/wp\/v2\/(posts|comments)/.test(e.name))?.startTime ?? -1
              ),
              index: end(/\/wp-json\/(\?|$)|[?&]rest_route=(%2F|\/)(&|$)/),
              purify: end(/\/purify/)[0],
            };
          })
        );
        await p.close();
      }
    }
    for (const v of variants) {
      const list = runs[v];
      const index = list[0].index.length
        ? `index request ends ${median(list.map((t) => t.index[0]))} ms`
        : 'no index request';
      const body = ARTICLE_COMMENTS ? `, body ${median(list.map((t) => t.body))} ms` : '';
      const purify = list[0].purify
        ? `, DOMPurify ends ${median(list.map((t) => t.purify))} ms`
        : '';
      console.log(
        `${net.name}, ${v}: ${ARTICLE_COMMENTS || COMMENTS ? 'first comment' : ARTICLE ? 'body' : 'first card'} ${median(list.map((t) => t.first))} ms (${list.map((t) => t.first).join(' ')}), ` +
          `feed starts ${median(list.map((t) => t.feedStart))} ms, ends ${median(list.map((t) => t.feed))} ms, ${index}${purify}${body}`
      );
    }
  }
} finally {
  await browser.close();
  server.close();
  proxy.close();
  await wp.stop();
  rmSync(dir, {recursive: true, force: true});
}

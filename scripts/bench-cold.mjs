// Cold load (issue 13): the first card painted for `<article-list src limit=10>` on a partner
// page, cache off, against a hand-written floor (bench/cold/vanilla.html: fetch, DOMParser, ten
// cards), with Chromium's network emulation at 150 ms RTT / 1.6 Mbps and unthrottled. The module
// build (README's snippet) and the classic loader are measured in the same run, rounds
// interleaved (the order rotates each round), medians of per-round ratios to the floor. Two more
// floors: the Lit floor (the floor as one LitElement, bench/cold/lit-floor.js) and the bytes
// floor (the Lit floor also downloading the module page's files, unrun: the bytes' cost alone).
// Each network is measured with the library on the page's origin (HTTP/1.1) and on a CDN
// origin over HTTP/2 (ORIGINS).
//
// Every response is served compressed with `Cache-Control: no-store` by a small static server,
// so the emulated bandwidth sees the bytes a reader downloads: gzip from the page's origin, and
// Brotli from the CDN origin (as jsDelivr and unpkg send it; gzip until 2026-12-03).
// `npm run bench` runs it after the render benchmarks; BENCH_ONLY=cold runs only this.
//   BENCH_COLD_ROUNDS=11 BENCH_COLD_WARMUP=1 BENCH_COLD_WAIT=poll (Playwright's polling, as before
//   2026-12-01) BENCH_COLD_CDN=0|only BENCH_COLD_NETWORK=throttled|unthrottled
//   BENCH_COLD_VARIANTS=lit,bytes,module,classic BENCH_COLD_TRACE=1 BENCH_COLD_FEED=varied
//   BENCH_COLD_LANG=vi (the partner page's `<html lang>`: a page not in English, whose elements
//   wait for their locale's strings) BENCH_COLD_CPU=4 (the main thread 4x slower)
//   BENCH_COLD_BROTLI=0 (the CDN origin serves gzip)
// bench/timeline-cold.mjs and bench/profile-cold.mjs use the same server and pages.
import {createServer} from 'node:http';
import {createSecureServer} from 'node:http2';
import {spawnSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import {readFileSync, existsSync, statSync, mkdtempSync, rmSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants as zlibConstants} from 'node:zlib';
import {extname, join, normalize} from 'node:path';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// 11 rounds (7 until 2026-12-02): with 7, the unthrottled floor's median moved between 246 and
// 493 ms from one run to the next.
const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS) || 11;
const WARMUP = Number(process.env.BENCH_COLD_WARMUP ?? 1);
// BENCH_COLD_BASE=<dir>: also measure `base`, the module page loading <dir>/dist/cdn (another
// build, e.g. main's, copied aside) in the same interleaved rounds: an A/B of two builds.
const BASE = process.env.BENCH_COLD_BASE;
// `deferred`: the README's snippet without `async` (bench/cold/deferred.html), as it was until
// 2026-12-03; `head`: with the module script in the page's head (bench/cold/head.html);
// `preload`: with a modulepreload of the entry in the head, beside the stylesheet
// (bench/cold/preload.html). These three only when BENCH_COLD_VARIANTS names them. Every page
// links the stylesheet in its head, as the README's snippet does since 2026-12-03 (until then
// the bench's pages had it in the body, and `preload` also preloaded it in the head).
const ALL = [
  'vanilla',
  'lit',
  'bytes',
  'module',
  'deferred',
  'head',
  'preload',
  'classic',
  ...(BASE ? ['base'] : []),
];
// BENCH_COLD_VARIANTS=vanilla,module measures only those (the floor always).
const VARIANTS = process.env.BENCH_COLD_VARIANTS
  ? ALL.filter((v) => v === 'vanilla' || process.env.BENCH_COLD_VARIANTS.split(',').includes(v))
  : ALL.filter((v) => !['deferred', 'head', 'preload'].includes(v));
/** Each variant's name in the table. */
const NAMES = {
  vanilla: 'floor: fetch + DOMParser + ten cards',
  lit: 'Lit floor: the same as one LitElement (Lit + 1 KiB)',
  bytes: "bytes floor: the Lit floor, rendering once the module page's files have downloaded",
  module: 'ES module (README snippet)',
  deferred: 'ES module, not `async`',
  head: 'ES module, in the head',
  preload: 'ES module, its entry preloaded in the head',
  classic: 'classic loader',
  base: `ES module, ${BASE} build`,
};
/**
 * Where the library comes from. `same`: the page, the feed and the library on one origin over
 * HTTP/1.1 (a browser opens six connections to it, and the ninth request waits for one). `cdn`:
 * the library (and the Lit floor's script) from a second origin over HTTP/2 with TLS, as
 * jsDelivr, unpkg or a partner's own CDN serve it, every request on one connection; the page and
 * its feed stay on the first. BENCH_COLD_CDN=0 measures `same` only, =only `cdn` only.
 */
const ORIGINS = [
  ...(process.env.BENCH_COLD_CDN === 'only' ? [] : [{name: 'same', label: ''}]),
  ...(process.env.BENCH_COLD_CDN === '0'
    ? []
    : [{name: 'cdn', label: ', library from a CDN origin over HTTP/2'}]),
];
export const NETWORKS = [
  // Chromium's emulation: latency is added per request (the RTT), throughput in bytes/s.
  {name: '150 ms RTT, 1.6 Mbps', latency: 150, down: 1.6e6 / 8, up: 750e3 / 8},
  {name: 'unthrottled', latency: 0, down: -1, up: -1},
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json; charset=utf-8',
};

/**
 * BENCH_COLD_FEED=varied: the items' body text varies as real text does, so the feed weighs what
 * the real-world corpus's feeds weigh (median 0.8 KiB gzip per item, 12.7 KiB per feed; the
 * default feed repeats one sentence and weighs 1.0 KiB in all). Seeded: every run serves the same
 * bytes.
 */
const VARIED = process.env.BENCH_COLD_FEED === 'varied';
/**
 * BENCH_COLD_CPU=4: Chromium's CPU throttling, the main thread `n` times slower (Lighthouse's
 * mobile preset uses 4), on the floors and the library alike. Default 1: none.
 */
export const CPU = Math.max(1, Number(process.env.BENCH_COLD_CPU) || 1);
/**
 * BENCH_COLD_BROTLI=0: the CDN origin serves gzip, as the bench did until 2026-12-03. Default:
 * it serves Brotli to a browser that accepts it, as the public CDNs do.
 */
const BROTLI = process.env.BENCH_COLD_BROTLI !== '0';
/** BENCH_COLD_LANG: the partner page's language (`en`). */
const LANG = /^[\w-]+$/.test(process.env.BENCH_COLD_LANG ?? '')
  ? process.env.BENCH_COLD_LANG
  : 'en';

/** `n` pseudo-words from a seeded generator (mulberry32), deterministic per `seed`. */
function words(seed, n) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let j = 2 + Math.floor(next() * 7); j > 0; j--)
      w += 'etaoinshrdlucmfwypvbgk'[Math.floor(next() * 22)];
    out.push(w);
  }
  return out.join(' ');
}

/** An RSS feed of 20 items like a news site's: HTML descriptions, content:encoded, images. */
function feed() {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = (i) =>
    VARIED
      ? `<p>${words(i * 2 + 1, 110)}.</p><p>${words(i * 2 + 2, 110)}.</p>`
      : `<p>${'The two sides discussed the programme and its results. '.repeat(12)}</p>`;
  const item = (i) =>
    `<item><title>Ministry meets partners on vocational training and overseas employment, item ${i + 1}</title>` +
    `<link>https://news.example/english-review/item-${i}</link><guid>https://news.example/english-review/item-${i}</guid>` +
    `<pubDate>${new Date(Date.UTC(2023, 10, 20) - i * 3600e3).toUTCString()}</pubDate>` +
    `<dc:creator>LĐXH</dc:creator><category>English Review</category>` +
    `<enclosure url="/bench/card.svg?${i}" type="image/svg+xml" length="0"/>` +
    `<description>${esc(`<p>Deputy Minister received the delegation on November 10 to discuss the programme for technical interns, item ${i + 1}.</p>`)}</description>` +
    `<content:encoded><![CDATA[${body(i)}]]></content:encoded></item>`;
  return (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Partner news</title><link>https://news.example/</link>' +
    Array.from({length: 20}, (_, i) => item(i)).join('') +
    '</channel></rss>'
  );
}

/**
 * Records, in the page, when the first card (floor or element) was painted, and its end.
 * "Painted" is a message posted from the animation frame in which the card is first in the DOM:
 * it runs right after that frame's rendering (style, layout, paint), as the render bench's
 * `afterPaint` does. Until 2026-12-03 21:30 UTC it was the next animation frame's callback
 * (`__nextFrame`, still recorded), which any task queued between the two frames delayed: on the
 * module page, the documents of the cards' SVG images, loaded once the card's frame had laid
 * them out, held that next frame back by up to 100 ms after the card had been painted, which the
 * floor (its images requested before its frame) did not pay.
 */
const OBSERVER = `<script>(() => {
  const found = () => document.querySelector('#news .card h3 a') ||
    document.querySelector('article-list')?.shadowRoot?.querySelector('[part=item] h3 a') ||
    document.querySelector('lit-floor')?.shadowRoot?.querySelector('li h3 a');
  const afterPaint = (f) => {
    const c = new MessageChannel();
    c.port1.onmessage = f;
    c.port2.postMessage(0);
  };
  const tick = () => {
    if (!found()) return requestAnimationFrame(tick);
    afterPaint(() => ((window.__first = performance.now()), console.debug('__first')));
    requestAnimationFrame(() => (window.__nextFrame = performance.now()));
  };
  requestAnimationFrame(tick);
  // And when the page's own last element (#partner-end) was painted: what a script that holds
  // the parser costs the page around the block.
  const end = () => document.getElementById('partner-end')
    ? afterPaint(() => (window.__end = performance.now()))
    : requestAnimationFrame(end);
  requestAnimationFrame(end);
})();</script>`;

/**
 * The files (no feed, no images) the module page downloads before its first card, as one load
 * of it requested them: the bytes floor downloads the same ones (coldLoadBench sets this).
 */
let moduleFiles = [];

const snippet = (root, variant) =>
  variant === 'base'
    ? snippet(root, 'module').replaceAll('/dist/', '/base/dist/')
    : variant === 'bytes'
      ? // The Lit floor's page, its element also fetching the module page's files.
        `<!-- The bytes floor: the Lit floor, which also downloads the module page's files (without running them) and renders once they and the feed have arrived. -->` +
        snippet(root, 'lit').replace('<lit-floor ', `<lit-floor extra="${moduleFiles.join(' ')}" `)
      : readFileSync(join(root, 'bench/cold', `${variant}.html`), 'utf8');

/**
 * BENCH_COLD_PAGE=article: the partner page is the size of a news site's article page instead of
 * two lines: a theme script (`defer`, 100 KB, 35 KiB gzip, about jQuery's size) in its head, a
 * header of links, the article's 24 paragraphs, then the news block, then 40 comments and a
 * footer of links (52 KB of HTML, 24 KiB gzip). The network delivers it over time and the parser
 * reads it as it comes, so a script that waits for the end of parsing waits for all of it.
 */
const ARTICLE_PAGE = process.env.BENCH_COLD_PAGE === 'article';

/** The article page's theme script, made once: 100 KB, 35 KiB gzip, deterministic. */
let theme;
const themeScript = () =>
  Array.from(
    {length: 1100},
    (_, i) => `window.__theme${i}=function(a){return a+${JSON.stringify(words(i + 7, 8))}};`
  ).join('\n');

/** The article page around the news block (BENCH_COLD_PAGE=article). */
const articlePage = (block) => {
  const links = (n, seed) =>
    Array.from({length: n}, (_, i) => `<li><a href="/s/${i}">${words(seed + i, 2)}</a></li>`).join(
      ''
    );
  const paras = (n, seed, len) =>
    Array.from({length: n}, (_, i) => `<p>${words(seed + i, len)}.</p>`).join('');
  const comments = Array.from(
    {length: 40},
    (_, i) =>
      `<li class="comment"><b>${words(900 + i, 2)}</b> <time>${i + 1} hours ago</time>${paras(2, 1000 + i * 3, 40)}<a href="#reply-${i}">Reply</a></li>`
  ).join('');
  return {
    head: `<script defer src="/bench/cold/theme.js"></script>`,
    body:
      `<header><nav><ul>${links(120, 100)}</ul></nav></header><main><article>` +
      `<h1>A partner's article</h1>${paras(24, 300, 90)}</article>` +
      `<aside>${block}</aside><section><h2>Comments</h2><ol>${comments}</ol></section></main>` +
      `<footer id="partner-end"><ul>${links(200, 2000)}</ul></footer>`,
  };
};

/** The variant's page; with `cdn` (an origin), its library files come from there. */
const page = (root, variant, cdn) => {
  const text = cdn
    ? snippet(root, variant).replace(/(["\s])\/(dist|bench\/cold\/\.build)\//g, `$1${cdn}/$2/`)
    : snippet(root, variant);
  // A snippet may put its first part in the page's head, above a `<!-- body -->` line.
  const parts = text.split('<!-- body -->');
  const [inHead, block] = parts.length > 1 ? parts : ['', text];
  const {head, body} = ARTICLE_PAGE
    ? articlePage(block)
    : {
        head: '',
        body: `<h1>A partner's article</h1><p>The partner's own text comes first, then the news block.</p>${block}<p id="partner-end">The partner's footer.</p>`,
      };
  return (
    `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width"><title>A partner page</title>${OBSERVER}` +
    `<style>body{font-family:system-ui,sans-serif;max-inline-size:60rem;margin:auto}</style>${head}${inHead}</head>` +
    `<body>${body}</body></html>`
  );
};

/**
 * Bundles the Lit floor (bench/cold/lit-floor.js with Lit, minified as the library's chunks are)
 * into bench/cold/.build/lit-floor.js; returns its gzip size in bytes.
 */
export async function buildLitFloor(root) {
  const bundle = await rollup({
    input: join(root, 'bench/cold/lit-floor.js'),
    plugins: [nodeResolve({browser: true}), terser({module: true})],
  });
  const file = join(root, 'bench/cold/.build/lit-floor.js');
  await bundle.write({file, format: 'es'});
  await bundle.close();
  return gzipSync(readFileSync(file), {level: 9}).length;
}

/** The bench's static server (gzip, no-store) on a free port; bench/profile-cold.mjs uses it too. */
/**
 * A new page for one cold load: cache off, `net`'s emulation on, page errors logged under
 * `label`. Resolves to the page and its CDP session.
 */
export async function coldPage(browser, net, label) {
  // The CDN origin's certificate is self-signed.
  const page = await browser.newPage({
    viewport: {width: 1280, height: 800},
    ignoreHTTPSErrors: true,
  });
  page.on('pageerror', (e) => console.error(`${label}: page error:`, e.message));
  const cdp = await page.context().newCDPSession(page);
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU});
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: net.latency,
    downloadThroughput: net.down,
    uploadThroughput: net.up,
  });
  return {page, cdp};
}

const compressedCache = new Map();
/**
 * `body` compressed with `encoding` (gzip at level 9, or Brotli at quality 11, as CDNs keep
 * their files), once per `key` (a file's path, or the page's own text).
 */
function compressed(encoding, key, body) {
  const k = `${encoding} ${key}`;
  let bytes = compressedCache.get(k);
  if (!bytes)
    compressedCache.set(
      k,
      (bytes =
        encoding === 'br'
          ? brotliCompressSync(body, {params: {[zlibConstants.BROTLI_PARAM_QUALITY]: 11}})
          : gzipSync(body, {level: 9}))
    );
  return bytes;
}

/** A self-signed certificate for 127.0.0.1 (openssl), or undefined without openssl. */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'news-blocks-cdn-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  const made = spawnSync(
    'openssl',
    // prettier-ignore
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1'],
    {stdio: 'ignore'}
  );
  const tls = made.status === 0 ? {key: readFileSync(key), cert: readFileSync(cert)} : undefined;
  rmSync(dir, {recursive: true, force: true});
  return tls;
}

/**
 * The bench's servers on free ports: the page's origin (HTTP/1.1, `server.address()`), and when
 * openssl can make a certificate the CDN's (HTTP/2 over TLS, `server.cdn` its origin; the pages'
 * `?cdn` versions load the library from it). Gzip, no-store; `server.close()` closes both.
 */
export async function serve(root) {
  const feedXml = feed();
  let cdn;
  // `onCdn`: the request came to the CDN's origin, which serves Brotli to a browser that accepts
  // it, as jsDelivr, unpkg and Cloudflare do (Chromium accepts it over HTTPS only); the page's
  // own origin serves gzip, as a partner's host commonly does.
  const handler = (onCdn) => (req, res) => {
    const url = new URL(req.url, 'http://x');
    let body;
    let type;
    const m = url.pathname.match(/^\/cold\/(\w+)\.html$/);
    if (m && ALL.includes(m[1]))
      [body, type] = [page(root, m[1], url.searchParams.has('cdn') && cdn), TYPES['.html']];
    else if (url.pathname === '/bench/cold/feed.xml') [body, type] = [feedXml, TYPES['.xml']];
    else if (url.pathname === '/bench/cold/theme.js')
      [body, type] = [(theme ??= themeScript()), TYPES['.js']];
    else {
      const base = BASE && url.pathname.startsWith('/base/dist/');
      const dir = base ? normalize(BASE) : root;
      const file = normalize(join(dir, base ? url.pathname.slice(5) : url.pathname));
      const allowed = /^\/(base\/)?(dist|bench)\//.test(url.pathname) && file.startsWith(dir);
      if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      [body, type] = [readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream'];
    }
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding =
      BROTLI && onCdn && /\bbr\b/.test(accepts) ? 'br' : /gzip/.test(accepts) ? 'gzip' : '';
    // Compressed once per body, as a CDN keeps it: the server shares the machine's two cores
    // with the browser, and gzip at level 9 on every request was CPU the pages with more bytes
    // paid for in the middle of their loads.
    const bytes = encoding
      ? compressed(encoding, typeof body === 'string' ? body : url.pathname, body)
      : Buffer.from(body);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(encoding ? {'content-encoding': encoding, vary: 'accept-encoding'} : {}),
      'content-length': bytes.length,
      // The CDN's files are modules fetched from another origin (CORS).
      'access-control-allow-origin': '*',
      // As jsDelivr and unpkg send it: the page's resource timing sees the CDN's requests.
      'timing-allow-origin': '*',
    });
    res.end(bytes);
  };
  const listen = (s) => new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
  const server = await listen(createServer(handler(false)));
  const tls = ORIGINS.some((o) => o.name === 'cdn') && certificate();
  if (tls) {
    const secure = await listen(createSecureServer({...tls, allowHTTP1: true}, handler(true)));
    cdn = `https://127.0.0.1:${secure.address().port}`;
    server.cdn = cdn;
    const close = server.close.bind(server);
    server.close = () => (secure.close(), close());
  } else if (ORIGINS.some((o) => o.name === 'cdn')) {
    console.warn('cold-load bench: no openssl, so no CDN origin over HTTP/2; measuring one origin');
  }
  return server;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs the cold-load benchmark in `browser` (playwright-core Chromium) and returns its results:
 * per network, the median first-card time and feed start of each variant, and the medians of
 * the per-round ratios module / floor and classic / floor.
 */
export async function coldLoadBench(browser, root) {
  if (!existsSync(join(root, 'dist/cdn/news-blocks.js')))
    throw new Error('cold-load bench: run `npm run build` first (it loads dist/cdn/).');
  const litBytes =
    VARIANTS.includes('lit') || VARIANTS.includes('bytes') ? await buildLitFloor(root) : undefined;
  const server = await serve(root);
  const base = `http://127.0.0.1:${server.address().port}`;
  const results = [];
  try {
    if (VARIANTS.includes('bytes')) await filesOfModulePage(browser, base);
    // BENCH_COLD_NETWORK=throttled (or unthrottled) measures only that network.
    const only = process.env.BENCH_COLD_NETWORK;
    const nets = NETWORKS.filter(
      (n) => !only || (only === 'unthrottled') === (n.name === 'unthrottled')
    );
    const origins = ORIGINS.filter((o) => o.name === 'same' || server.cdn);
    for (const [net, origin] of nets.flatMap((n) => origins.map((o) => [n, o]))) {
      const query = origin.name === 'cdn' ? '?cdn' : '';
      const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
      for (let r = 0; r < WARMUP + ROUNDS; r++) {
        const order = VARIANTS.map((_, i) => VARIANTS[(i + r) % VARIANTS.length]);
        const round = {};
        for (const v of order) {
          // A new page per load: nothing of the last one (module map, memory cache) is kept.
          const {page: p} = await coldPage(browser, net, `cold ${v}`);
          // The page says when its first card is painted (a console message), and the bench
          // waits for that event: no injected script runs in the page during the load.
          // Playwright's waitForFunction polling ran ~50–90 ms of the page's main thread, on the
          // floor and the library alike; BENCH_COLD_WAIT=poll measures that way (older runs).
          const painted =
            process.env.BENCH_COLD_WAIT === 'poll'
              ? undefined
              : p.waitForEvent('console', {
                  predicate: (m) => m.text() === '__first',
                  timeout: 60000,
                });
          await p.goto(`${base}/cold/${v}.html${query}`, {waitUntil: 'commit'});
          if (painted) await painted;
          else await p.waitForFunction(() => window.__first, null, {timeout: 60000, polling: 50});
          await p.waitForFunction(() => window.__end && window.__nextFrame, null, {
            timeout: 60000,
            polling: 50,
          });
          round[v] = await p.evaluate(() => {
            const res = performance.getEntriesByType('resource');
            const feedEntry = res.find((e) => e.name.endsWith('/bench/cold/feed.xml'));
            return {
              first: window.__first,
              nextFrame: window.__nextFrame,
              end: window.__end,
              feedStart: feedEntry ? feedEntry.startTime : NaN,
              requests: res.filter((e) => !/card\.svg/.test(e.name)).length,
              // What the page downloaded after its HTML, images aside, until its first card:
              // compressed bodies (the CDN sends Timing-Allow-Origin, so its sizes show too).
              bytes: res
                .filter((e) => !/card\.svg/.test(e.name) && e.responseEnd <= window.__first)
                .reduce((sum, e) => sum + e.encodedBodySize, 0),
              feeds: res.filter((e) => e.name.endsWith('/bench/cold/feed.xml')).length,
              trace: res.map((e) => [
                e.name.replace(location.origin, ''),
                Math.round(e.startTime),
                Math.round(e.responseEnd),
              ]),
            };
          });
          // BENCH_COLD_TRACE=1: each load's resources ([path, start, end] ms) for diagnosis.
          if (process.env.BENCH_COLD_TRACE)
            console.log(v, net.name, Math.round(round[v].first), JSON.stringify(round[v].trace));
          delete round[v].trace;
          await p.close();
        }
        if (r >= WARMUP) for (const v of VARIANTS) samples[v].push(round[v]);
      }
      const summary = {
        network: `${net.name}${origin.label}`,
        throttled: net.name !== 'unthrottled',
        origin: origin.name,
      };
      for (const v of VARIANTS) {
        const xs = samples[v];
        summary[v] = {
          first: median(xs.map((s) => s.first)),
          nextFrame: median(xs.map((s) => s.nextFrame)),
          feedStart: median(xs.map((s) => s.feedStart)),
          end: median(xs.map((s) => s.end)),
          requests: median(xs.map((s) => s.requests)),
          bytes: median(xs.map((s) => s.bytes)),
          feeds: Math.max(...xs.map((s) => s.feeds)),
        };
      }
      for (const v of VARIANTS.filter((x) => x !== 'vanilla')) {
        summary[v].ratio = median(samples[v].map((s, i) => s.first / samples.vanilla[i].first));
        // The measure until 2026-12-03 (the next frame's callback), for comparison.
        summary[v].nextFrameRatio = median(
          samples[v].map((s, i) => s.nextFrame / samples.vanilla[i].nextFrame)
        );
        // The same against the Lit floor: what the library adds to the least a Lit element does.
        if (samples.lit && v !== 'lit')
          summary[v].litRatio = median(samples[v].map((s, i) => s.first / samples.lit[i].first));
        // And against the bytes floor: the library's own work, its bytes aside.
        if (samples.bytes && !['lit', 'bytes'].includes(v))
          summary[v].bytesRatio = median(
            samples[v].map((s, i) => s.first / samples.bytes[i].first)
          );
      }
      summary.samples = samples;
      results.push(summary);
      process.stdout.write(`  cold load measured: ${summary.network}\n`);
      for (const v of VARIANTS.filter((x) => x !== 'vanilla'))
        process.stdout.write(
          `    ${v}: ${summary[v].ratio.toFixed(2)}x the floor painted, ` +
            `${summary[v].nextFrameRatio.toFixed(2)}x at the next frame (the measure until 2026-12-03)\n`
        );
      // The A/B of two builds, this one over `base`; and each other way to write the snippet
      // over the README's: first card over first card, paired by round.
      const pairs = [
        ['module', 'base'],
        ...['deferred', 'head', 'preload', 'classic'].map((v) => [v, 'module']),
      ];
      for (const [a, b] of pairs.filter(([a, b]) => samples[a] && samples[b])) {
        const xs = samples[a].map((s, i) => s.first / samples[b][i].first);
        const q = (p) => [...xs].sort((x, y) => x - y)[Math.floor(p * (xs.length - 1))];
        summary[`${a}/${b}`] = median(xs);
        process.stdout.write(
          `  ${a} / ${b}, paired by round: median ${median(xs).toFixed(3)}` +
            ` (quartiles ${q(0.25).toFixed(3)}–${q(0.75).toFixed(3)})\n`
        );
      }
    }
  } finally {
    server.close();
  }
  return {rounds: ROUNDS, warmup: WARMUP, litBytes, results};
}

/**
 * What one unthrottled load of the module page downloaded before its first card, feed and
 * images aside: the bytes floor's page downloads these from now on.
 */
export async function filesOfModulePage(browser, base) {
  const {page: p} = await coldPage(browser, NETWORKS.at(-1), 'cold module (its files)');
  const painted = p.waitForEvent('console', {predicate: (m) => m.text() === '__first'});
  await p.goto(`${base}/cold/module.html`, {waitUntil: 'commit'});
  await painted;
  const files = await p.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.responseEnd <= window.__first)
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.startsWith('/dist/'))
  );
  await p.close();
  if (!files.some((f) => /\/chunks\/core-/.test(f)))
    throw new Error(`bytes floor: the module page's files look wrong: ${files.join(' ')}`);
  moduleFiles = files;
  return files;
}

/** The cold-load table for the README (markdown). */
export function coldLoadTable({rounds, litBytes, results}) {
  const fmt = (ms) => String(Math.round(ms));
  const rows = [
    `First card painted, \`<article-list src limit=10>\` on ${ARTICLE_PAGE ? "a news site's article page (BENCH_COLD_PAGE=article)" : 'a partner page'}${LANG === 'en' ? '' : ` (lang=${LANG})`}${CPU > 1 ? `, CPU ${CPU}x slower` : ''}, cache off, medians of ${rounds} interleaved rounds (ratio: median of per-round ratios to the floor; the CDN origin serves ${BROTLI ? 'Brotli' : 'gzip'}):`,
    '',
    "| network | page | first card painted (ms) | ratio to the floor | ratio to the Lit floor | ratio to the bytes floor | feed request starts (ms) | the page's end painted (ms) | requests (no images) | KiB downloaded before it (compressed, no images) |",
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    for (const v of VARIANTS) {
      const x = r[v];
      if (!x) continue;
      const name = NAMES[v];
      rows.push(
        `| ${r.network} | ${name} | ${fmt(x.first)} | ${v === 'vanilla' ? '1' : `**${x.ratio.toFixed(2)}x**`} | ${v === 'lit' ? '1' : x.litRatio ? `${x.litRatio.toFixed(2)}x` : '-'} | ${v === 'bytes' ? '1' : x.bytesRatio ? `${x.bytesRatio.toFixed(2)}x` : '-'} | ${fmt(x.feedStart)} | ${fmt(x.end)} | ${x.requests} | ${(x.bytes / 1024).toFixed(1)} |`
      );
    }
  }
  if (litBytes)
    rows.push('', `The Lit floor's one script: ${(litBytes / 1024).toFixed(2)} KiB gzip.`);
  return rows.join('\n');
}

// Test-server middleware: the bad cases a real feed server produces, served over real HTTP by
// the runner's own server. Every route lives under /__news/ and is bounded in time and size.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {resolve, sep} from 'node:path';
import {createHash} from 'node:crypto';

// ../shared/corpora beside the repository, or NEWS_CORPORA (a checkout elsewhere, e.g. a git
// worktree); tests skip when it is absent.
const CORPORA = resolve(
  process.env.NEWS_CORPORA || new URL('../../../shared/corpora', import.meta.url).pathname
);

const seed = () => readFileSync(new URL('../fixtures/feeds/seed.json', import.meta.url));
const counts = new Map();
const failures = new Map();
const imageHits = new Map();
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** @type {Record<string, (ctx: any, arg: string) => Promise<void> | void>} */
const routes = {
  // /__news/status/404, /__news/status/429?retry-after=1
  status(ctx, code) {
    ctx.status = Number(code) || 500;
    const ra = ctx.query['retry-after'];
    if (ra !== undefined) ctx.set('Retry-After', String(ra));
    ctx.body = `status ${ctx.status}`;
  },
  // /__news/slow?ms=3000: answers after a delay (at most 20 s); &fixture=lists/cls.json serves
  // that file under test/fixtures/ instead of the seed feed (a slow feed or a slow image).
  async slow(ctx) {
    await delay(Math.min(Number(ctx.query.ms) || 1000, 20000));
    const f = /^[\w-]+(?:\/[\w-]+)*\.(json|svg|xml)$/.exec(String(ctx.query.fixture ?? ''));
    if (f) {
      const file = new URL(`../fixtures/${f[0]}`, import.meta.url);
      if (!existsSync(file)) return void (ctx.status = 404);
      ctx.type = {json: 'application/json', svg: 'image/svg+xml', xml: 'application/xml'}[f[1]];
      ctx.body = readFileSync(file);
      return;
    }
    ctx.type = 'application/feed+json';
    ctx.body = seed();
  },
  // Declares more bytes than it sends, then closes the connection.
  async truncated(ctx) {
    const body = seed();
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': 'application/feed+json',
      'Content-Length': String(body.length * 2),
    });
    ctx.res.write(body.subarray(0, Math.floor(body.length / 2)));
    await delay(50);
    ctx.res.destroy();
  },
  // A JSON Feed labelled as an image: content sniffing still reads it.
  'wrong-type'(ctx) {
    ctx.type = 'image/png';
    ctx.body = seed();
  },
  'invalid-json'(ctx) {
    ctx.type = 'application/json';
    ctx.body = '{"version": "https://jsonfeed.org/version/1.1", "items": [';
  },
  'invalid-xml'(ctx) {
    ctx.type = 'application/rss+xml';
    ctx.body = '<?xml version="1.0"?><rss><channel><title>Broken</channel></rss>';
  },
  // /__news/pieces: a JSON Feed of 200 Vietnamese titles written in 7-byte pieces with a pause
  // between some (the body reaches the page in many chunks, multi-byte characters split).
  async pieces(ctx) {
    const items = Array.from({length: 200}, (_, i) => ({
      id: `p${i}`,
      url: `https://example.vn/p${i}`,
      title: `Bộ trưởng tiếp đoàn đại biểu số ${i} – “Hợp tác”`,
    }));
    const body = Buffer.from(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items}));
    ctx.respond = false;
    ctx.res.writeHead(200, {'Content-Type': 'application/feed+json; charset=utf-8'});
    ctx.res.on('error', () => undefined);
    for (let at = 0; at < body.length; at += 7) {
      ctx.res.write(body.subarray(at, at + 7));
      if (at % 1400 === 0) await delay(1);
    }
    ctx.res.end();
  },
  // 10 MB of JSON, generated on the fly (no committed file), without Content-Length.
  big(ctx) {
    ctx.type = 'application/json';
    const chunk = Buffer.from('"' + 'x'.repeat(1024 * 1024 - 3) + '",');
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
    });
    ctx.res.write('[');
    let sent = 0;
    const pump = () => {
      while (sent < 10) {
        sent++;
        if (!ctx.res.write(chunk)) return ctx.res.once('drain', pump);
      }
      ctx.res.end('"end"]');
    };
    ctx.res.on('error', () => undefined);
    pump();
  },
  // /__news/hold-core/KEY?wait=a,b arms a hold on the next request for the CDN core under
  // /__cdn/ (chunks/core-*.js): it is answered only once a request whose path contains each of
  // `wait` has arrived (or after 3 s), and every path asked for meanwhile is noted;
  // /__news/hold-core/KEY?read reads them (test/cdn.test.ts: what a page requests before its
  // core has arrived, so before the core has run).
  async 'hold-core'(ctx, key) {
    if ('read' in ctx.query) {
      ctx.body = held.get(key) ?? null;
      return;
    }
    holdCore = key;
    held.set(key, {wait: String(ctx.query.wait ?? '').split(','), before: [], released: false});
    ctx.body = {armed: key};
  },
  // /__news/strict-dynamic/KEY: a partner page that allows its two classic scripts (a recorder
  // and the classic loader) by hash only, with 'strict-dynamic' and no nonce, and a list whose
  // feed is /__news/count/KEY-list (test/csp-strict-dynamic.test.ts).
  async 'strict-dynamic'(ctx, key) {
    const record = 'test/fixtures/csp/dynamic-record.js';
    // The recorder as it is on disk (the runner would compile it, changing its hash).
    if ('record' in ctx.query) {
      ctx.type = 'text/javascript';
      ctx.body = readFileSync(record);
      return;
    }
    const files = [record, 'dist/cdn/news-blocks.iife.js'];
    const hashes = files.map(
      (f) => `sha384-${createHash('sha384').update(readFileSync(f)).digest('base64')}`
    );
    const urls = [`/__news/strict-dynamic/${key}?record`, '/dist/cdn/news-blocks.iife.js'];
    ctx.set(
      'Content-Security-Policy',
      `script-src ${hashes.map((h) => `'${h}'`).join(' ')} 'strict-dynamic'; object-src 'none'; base-uri 'none'`
    );
    ctx.type = 'text/html';
    ctx.body =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict-dynamic</title>' +
      urls.map((u, i) => `<script src="${u}" integrity="${hashes[i]}"></script>`).join('') +
      `</head><body><article-list src="/__news/count/${key}-list?ms=50" limit="3"></article-list></body></html>`;
  },
  // /__news/nonce-import/KEY: a partner page whose policy allows scripts by nonce only (no
  // 'self', no 'strict-dynamic'), where the CDN entry is imported by the page's own nonced module
  // rather than loaded by a <script src> of its own (test/csp-nonce-import.test.ts).
  async 'nonce-import'(ctx, key) {
    const nonce = `n${key}`;
    ctx.set(
      'Content-Security-Policy',
      `script-src 'nonce-${nonce}'; object-src 'none'; base-uri 'none'`
    );
    ctx.type = 'text/html';
    ctx.body =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>nonce import</title>' +
      `<script nonce="${nonce}" src="/__news/strict-dynamic/${key}?record"></script>` +
      `<script type="module" nonce="${nonce}">import '/dist/cdn/news-blocks.js';</script>` +
      `</head><body><article-list src="/__news/count/${key}-list?ms=50" limit="3"></article-list></body></html>`;
  },
  // /__news/streamed/KEY: a partner page that loads the CDN entry with `<script type="module"
  // async>` in its head (from /__cdn/KEY/) and sends its body as a long page's would reach a
  // reader: the body's first part only once the entry has run (so it runs before the parser has
  // seen any element), then a list with one `<news-source>`, and its second source only once the
  // list is defined (so it is defined before the parser has read all of it). Inline scripts note
  // what had run.
  async streamed(ctx, key) {
    if (!/^[\w-]+$/.test(key)) return void (ctx.status = 404);
    // The page tells this server when the entry has run and when each tag is defined (the head's
    // script below), so each part waits for what it needs, however slow the machine (it waited
    // 300 ms after the file was asked for: on a loaded machine the card was once not defined
    // in time).
    const told = async (what) => {
      for (let i = 0; i < 500 && !counts.get(`${key}-${what}`); i++) await delay(10);
      await delay(50);
    };
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'});
    // Past the parser's first buffer, so what came so far is parsed at once.
    res.write(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streamed</title>` +
        `<script>${RECORDER}</script>` +
        `<script>const tell = (what) => fetch('/__news/count/${key}-' + what + '?ms=1');` +
        `const entry = setInterval(() => { if (Symbol.for('news-blocks.prefetch') in globalThis) { clearInterval(entry); tell('entry'); } }, 5);` +
        `for (const t of ['news-card', 'article-list']) customElements.whenDefined(t).then(() => tell('defined-' + t));</script>` +
        // Notes the entry's Intl warm-up (cdn-start.ts), the one caller that lists ['a', 'b'].
        `<script>const format = Intl.ListFormat.prototype.format; Intl.ListFormat.prototype.format = function (l) { if (String(l) === 'a,b') window.intlWarmed = true; return format.call(this, l); };</script>` +
        `<script type="module" async src="/__cdn/${key}/news-blocks.js"></script></head>` +
        `<body><!--${' '.repeat(2048)}--><p>The partner's own text.</p>`
    );
    await told('entry');
    // ?json=1: instead, a card whose JSON child is cut in two by the wait for the core (=bad:
    // and still invalid once it has all arrived). The page notes console warnings and events.
    if (ctx.query.json) {
      res.write(
        `<script>window.events = []; for (const t of ['news-error', 'news-load']) addEventListener(t, (e) => events.push(t), true);` +
          `window.warnings = []; const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };</script>` +
          `<news-card><script type="application/json">{"title": "A card streamed in two parts", "url": "https://example.vn/streamed/1",` +
          ' '.repeat(2048)
      );
      await told('defined-news-card');
      res.end(
        ` "summary": "Its second part came once the card was defined."${ctx.query.json === 'bad' ? '' : '}'}</script></news-card>` +
          `<script>window.cardFirst = !!customElements.get('news-card');</script>` +
          `<script>window.ready = Promise.resolve(true);</script></body></html>`
      );
      return;
    }
    // ?late=1: both sources come after the list was defined (it was first parsed empty).
    const first = `<news-source src="/__news/count/${key}-list?ms=50"></news-source>`;
    const late = ctx.query.late === '1';
    res.write(
      `<script>window.entryFirst = Symbol.for('news-blocks.prefetch') in globalThis;` +
        `window.events = []; for (const t of ['news-error', 'news-load']) addEventListener(t, (e) => events.push(t), true);</script>` +
        `<article-list limit="10" heading="Streamed">${late ? '' : first}<!--${' '.repeat(2048)}-->`
    );
    await told('defined-article-list');
    res.end(
      `<script>window.listFirst = !!customElements.get('article-list');</script>` +
        `${late ? first : ''}<news-source src="/__news/slow?ms=50&fixture=cls/feed.json&k=${key}"></news-source></article-list>` +
        `<p>The partner's footer.</p><script>window.ready = Promise.resolve(true);</script></body></html>`
    );
  },
  // /__news/slow-css?ms=1500: dist/cdn/news-blocks.css after a delay (at most 20 s).
  async 'slow-css'(ctx) {
    await delay(Math.min(Number(ctx.query.ms) || 1000, 20000));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/css';
    ctx.body = readFileSync(new URL('../../dist/cdn/news-blocks.css', import.meta.url));
  },
  // /__news/sheet-page?ms=1500&at=body|head: a partner page whose news-blocks.css (slow by `ms`)
  // is linked in its head or in its body right before a list (no script: the list stays
  // undefined, so only the stylesheet gives it its space), with text above and below it.
  'sheet-page'(ctx) {
    const ms = Math.min(Number(ctx.query.ms) || 1500, 20000);
    const link = `<link rel="stylesheet" href="/__news/slow-css?ms=${ms}&k=${Math.random()}">`;
    const head = ctx.query.at === 'head';
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sheet</title>${head ? link : ''}</head>` +
      `<body style="margin:0"><p id="above">The partner's text above the block.</p>${head ? '' : link}` +
      `<article-list src="/__news/seed" limit="4"></article-list>` +
      `<p id="below">The partner's text below the block.</p></body></html>`;
  },
  // Counts requests per key; /__news/count/KEY?read reads the count.
  async count(ctx, key) {
    if ('read' in ctx.query) {
      ctx.body = {count: counts.get(key) ?? 0};
      return;
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
    await delay(Number(ctx.query.ms) || 200);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/feed+json';
    ctx.body = seed();
  },
  // /__news/img/KEY?n=3: a small image that records each request per KEY; /__news/img/KEY?read
  // lists the `n` of every request so far. `no-cache`: the browser keeps it but asks again on
  // every load, so each load, even of an image it has, is a request here.
  img(ctx, key) {
    if ('read' in ctx.query) {
      ctx.body = {hits: imageHits.get(key) ?? []};
      return;
    }
    if (!imageHits.has(key)) imageHits.set(key, []);
    imageHits.get(key).push(Number(ctx.query.n));
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'image/svg+xml';
    ctx.body = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"></svg>';
  },
  // /__news/many?n=600: an RSS feed of n items (at most 20,000), generated.
  many(ctx) {
    const n = Math.min(Number(ctx.query.n) || 600, 20000);
    const items = Array.from(
      {length: n},
      (_, i) =>
        `<item><title>Item ${i + 1}</title><link>https://feeds.example/${i + 1}</link><description>&lt;p&gt;Text of item ${i + 1}.&lt;/p&gt;</description></item>`
    );
    ctx.type = 'application/rss+xml';
    ctx.body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>${items.join('')}</channel></rss>`;
  },
  // Fails `fail` times with 503 + Retry-After: 0, then serves the feed.
  flaky(ctx, key) {
    const n = failures.get(key) ?? 0;
    failures.set(key, n + 1);
    counts.set(`flaky-${key}`, n + 1);
    if (n < (Number(ctx.query.fail) || 1)) {
      ctx.status = Number(ctx.query.status) || 503;
      ctx.set('Retry-After', '0');
      ctx.body = 'try again';
      return;
    }
    ctx.type = 'application/feed+json';
    ctx.body = seed();
  },
  // The real WordPress started by scripts/test.mjs (test/wordpress/wordpress.mjs): its URL and
  // the ids of what it imported, or why it is not running (the suite then skips). Always 200:
  // the gallery asks on every load, and none running is no error in its console.
  wordpress(ctx) {
    const info = process.env.NEWS_WP_INFO;
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    if (info) return void (ctx.body = info);
    ctx.body = {reason: process.env.NEWS_WP_SKIP || 'WordPress was not started for this run.'};
  },
  // A WordPress comments endpoint: /__news/wpc/wp-json/wp/v2/comments?post=8 serves
  // test/fixtures/comments/seed.json with X-WP-Total (&empty: none). Takes no POST.
  wpc(ctx) {
    if (ctx.method !== 'GET') return void (ctx.status = 405);
    const list =
      'empty' in ctx.query
        ? []
        : JSON.parse(
            readFileSync(new URL('../fixtures/comments/seed.json', import.meta.url), 'utf8')
          );
    ctx.type = 'application/json';
    ctx.set('X-WP-Total', String(list.length));
    ctx.set('X-WP-TotalPages', list.length ? '1' : '0');
    ctx.body = list;
  },
  // A WordPress site: /__news/wp/wp-json/ is its index (Asia/Tokyo), …/wp/v2/posts its posts
  // with local `date` only (no date_gmt), so the zone must come from the index.
  wp(ctx) {
    ctx.type = 'application/json';
    if (ctx.path.endsWith('/wp-json/')) {
      ctx.body = {name: 'MoLISA', timezone_string: 'Asia/Tokyo', gmt_offset: 9};
      return;
    }
    const posts = JSON.parse(
      readFileSync(new URL('../fixtures/feeds/seed.wp.json', import.meta.url), 'utf8')
    );
    for (const p of posts) delete p.date_gmt;
    ctx.set('X-WP-TotalPages', '2');
    ctx.body = posts;
  },
  // A paged WordPress site: /__news/wp-pages/wp-json/wp/v2/posts?page=N serves
  // test/fixtures/lists/wp-pageN.json with X-WP-TotalPages: 2, as WordPress does (no Link header).
  'wp-pages'(ctx) {
    ctx.type = 'application/json';
    if (ctx.path.endsWith('/wp-json/')) {
      ctx.body = {name: 'Paged', timezone_string: 'Asia/Ho_Chi_Minh', gmt_offset: 7};
      return;
    }
    const page = Number(ctx.query.page ?? 1);
    if (page !== 1 && page !== 2) {
      ctx.status = 400;
      ctx.body = {code: 'rest_post_invalid_page_number'};
      return;
    }
    ctx.set('X-WP-Total', '20');
    ctx.set('X-WP-TotalPages', '2');
    ctx.body = readFileSync(new URL(`../fixtures/lists/wp-page${page}.json`, import.meta.url));
  },
  // Serves the feed the first time per key, then answers 404 (a refresh that fails).
  once(ctx, key) {
    const n = failures.get(`once-${key}`) ?? 0;
    failures.set(`once-${key}`, n + 1);
    if (n > 0) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'application/feed+json';
    ctx.body = seed();
  },
  // A feed that grows: request n (per key) holds 5 + 3·(n − 1) items, newest first (polling tests).
  grow(ctx, key) {
    const n = (counts.get(`grow-${key}`) ?? 0) + 1;
    counts.set(`grow-${key}`, n);
    const total = 5 + 3 * (n - 1);
    const items = Array.from({length: total}, (_, k) => {
      const i = total - k;
      return {
        id: `g-${i}`,
        url: `https://example.vn/grow/${i}`,
        title: `Growing item ${i}`,
        date_published: new Date(Date.UTC(2023, 10, 1) + i * 3600e3).toISOString(),
      };
    });
    ctx.type = 'application/feed+json';
    ctx.body = {version: 'https://jsonfeed.org/version/1.1', title: 'Growing', items};
  },
  // /__news/cls-page?el=news-card&layout=horizontal&css=1: a partner page for the layout-shift
  // test: a heading and a paragraph, the element (its feed answers after ~1 s), then text below
  // it; with css=1 it links dist/cdn/news-blocks.css. test/fixtures/cls/observe.js records shifts.
  'cls-page'(ctx) {
    const feed = `/__news/slow?ms=${Number(ctx.query.ms) || 1000}&fixture=cls/feed.json&k=${encodeURIComponent(String(ctx.query.k ?? ''))}`;
    const layout = /^[a-z]+$/.test(String(ctx.query.layout ?? '')) ? ctx.query.layout : '';
    const la = layout ? ` layout="${layout}"` : '';
    const widgets = {
      'news-card': `<news-card src="${feed}"${la}></news-card>`,
      // Cards without `src`, which load their reader (not in the CDN's core) before their card
      // (test/cls.test.ts measures the JSON one; the markup one is there to look at).
      'news-card:json': `<news-card${la}><script type="application/json">{"title": "Deputy Minister receives the President of IM Japan to discuss sending Vietnamese interns", "url": "https://example.vn/cls/1", "summary": "The meeting discussed the results of cooperation so far and the plans for the coming years.", "published": "2023-11-20T03:40:00Z", "authors": [{"name": "MOLISA"}], "image": {"url": "/test/fixtures/lists/cls-image.svg", "width": 800, "height": 450}}</script></news-card>`,
      'news-card:markup': `<news-card${la}><a href="https://example.vn/cls/1"><img src="/test/fixtures/lists/cls-image.svg" width="800" height="450" alt="">Deputy Minister receives the President of IM Japan to discuss sending Vietnamese interns</a><p>The meeting discussed the results of cooperation so far and the plans for the coming years.</p><time datetime="2023-11-20T03:40:00Z">November 20, 2023</time></news-card>`,
      'article-list': `<article-list src="${feed}"${la} limit="4" heading="Latest news"></article-list>`,
      'related-articles': `<related-articles src="${feed}"${la} limit="3" article-url="https://example.vn/cls/1"></related-articles>`,
      'news-article': `<news-article src="${feed}" article-id="cls-1"></news-article>`,
      'photo-caption': `<photo-caption src="/__news/slow?ms=1000&fixture=lists/cls-image.svg" width="800" height="450" caption="The meeting on November 10. Photo - MOLISA."></photo-caption>`,
      'news-tags': `<news-tags><script type="application/json">["Vietnam – Japan", "Interns", "Labour"]</script></news-tags>`,
      'news-breadcrumbs': `<news-breadcrumbs><a href="/">Home</a><a href="/news/">News</a><span>An article</span></news-breadcrumbs>`,
      'news-time': `<p>Published <news-time datetime="2023-11-10T03:40:00Z" format="absolute"></news-time>.</p>`,
    };
    const widget = widgets[String(ctx.query.el)];
    if (!widget) return void (ctx.status = 404);
    const css =
      ctx.query.css === '1' ? '<link rel="stylesheet" href="/dist/cdn/news-blocks.css">' : '';
    const below = Array.from(
      {length: 12},
      (_, i) =>
        `<p class="below">Text below the widget, paragraph ${i + 1}: the partner's own article goes on here, and a shift of the widget would move it.</p>`
    ).join('');
    // ?late=1 (the test's control) adds the script 300 ms after parsing, so the page has surely
    // painted without the widget first, whatever the cache holds.
    // ?async=1: the README's snippet as docs/embedding.md places it: the stylesheet in the head,
    // the module script `async` right before the element.
    const async = ctx.query.async === '1';
    const script = async
      ? ''
      : ctx.query.late === '1'
        ? `<script>setTimeout(() => { const s = document.createElement('script'); s.type = 'module'; s.src = '/dist/cdn/news-blocks.js'; document.head.append(s); }, 300);</script>`
        : '<script type="module" src="/dist/cdn/news-blocks.js"></script>';
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>CLS</title><script src="/test/fixtures/cls/observe.js"></script>${css}<link rel="stylesheet" href="/test/fixtures/cls/page.css">${script}</head><body><h1>A partner page</h1><p>An introduction above the widget.</p>${async ? '<script type="module" async src="/dist/cdn/news-blocks.js"></script>' : ''}${widget}${below}</body></html>`;
  },
  // /__news/cors/ok sends Access-Control-Allow-Origin; /__news/cors/none does not.
  cors(ctx, mode) {
    if (mode === 'ok') ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'application/feed+json';
    ctx.body = seed();
  },
  // Legacy-charset feeds as bytes (test/fixtures/feeds/charset/NAME.xml, each declaring its
  // encoding): /__news/charset/windows-1252 serves them as is with no HTTP charset; ?http=LABEL
  // adds `; charset=LABEL` to Content-Type; ?decl=0 drops the XML declaration, so only the
  // header (or nothing) tells the encoding; ?type= sets the media type (default application/rss+xml).
  charset(ctx, name) {
    const file = new URL(`../fixtures/feeds/charset/${name}.xml`, import.meta.url);
    if (!/^[\w-]+$/.test(name) || !existsSync(file)) return void (ctx.status = 404);
    let body = readFileSync(file);
    if (ctx.query.decl === '0') body = body.subarray(body.indexOf(0x0a) + 1);
    const type = /^[\w.+-]+\/[\w.+-]+$/.test(String(ctx.query.type ?? ''))
      ? String(ctx.query.type)
      : 'application/rss+xml';
    const http = /^[\w.:-]+$/.test(String(ctx.query.http ?? ''))
      ? `; charset=${ctx.query.http}`
      : '';
    ctx.respond = false;
    ctx.res.writeHead(200, {'Content-Type': type + http, 'Cache-Control': 'no-store'});
    ctx.res.end(body);
  },
  // A stand-in proxy: /__news/proxy?url=… fetches nothing, it serves the seed when asked for a URL.
  proxy(ctx) {
    ctx.set('Access-Control-Allow-Origin', '*');
    if (!ctx.query.url) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/feed+json';
    ctx.body = seed();
  },
};

const RECORDER = `window.recordedErrors = [];
const original = console.error;
console.error = (...a) => { recordedErrors.push(a.map(String).join(' ')); original(...a); };
addEventListener('error', (e) => recordedErrors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => recordedErrors.push(String(e.reason)));`;

async function streamText(body) {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const c of body) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
}

/** The strictest policy a partner page may have: no inline script or style, Trusted Types on. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https://molisa.example.vn", // where the fixtures' images live
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify news-blocks',
].join('; ');

let holdCore = '';
const held = new Map();

export const testMiddleware = [
  // /__cdn/KEY/… is /dist/cdn/… under a URL of its own: a page loading the CDN from there
  // finds nothing in the browser's cache (the test runner lets it keep files for a year), as on
  // a partner's first visit, so every request reaches this server. The hold that
  // /__news/hold-core/KEY arms (see there) applies to it.
  async (ctx, next) => {
    const cdn = /^\/__cdn\/[\w-]+(\/.*)$/.exec(ctx.path);
    const record = holdCore && held.get(holdCore);
    if (record && !record.released) {
      if (cdn && /^\/chunks\/core-[\w-]+\.js$/.test(cdn[1]) && !record.holding) {
        record.holding = true;
        const all = () => record.wait.every((w) => record.before.some((p) => p.includes(w)));
        for (let i = 0; i < 300 && !all(); i++) await delay(10);
        record.released = true;
        holdCore = '';
      } else record.before.push(cdn ? cdn[1] : ctx.path);
    }
    if (cdn) {
      const key = ctx.path.split('/')[2];
      // /__cdn/missing-…/: the free-form date reader's chunk cannot be downloaded (a 404).
      if (key.startsWith('missing-') && /^\/chunks\/dates-free-form-/.test(cdn[1])) {
        ctx.status = 404;
        return;
      }
      ctx.path = `/dist/cdn${cdn[1]}`;
    }
    return next();
  },
  // Pages under /test/fixtures/csp/ are served with STRICT_CSP.
  async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/fixtures/csp/') && ctx.path.endsWith('.html'))
      ctx.set('Content-Security-Policy', STRICT_CSP);
  },
  // /demo/*.html?record-errors: the demo page with a first script that records console errors,
  // uncaught errors and rejections in window.recordedErrors (test/demo.test.ts).
  async (ctx, next) => {
    await next();
    if (!ctx.path.startsWith('/demo/') || !('record-errors' in ctx.query)) return;
    if (!/\.html$|\/$/.test(ctx.path) || ctx.status !== 200) return;
    const text = typeof ctx.body === 'string' ? ctx.body : await streamText(ctx.body);
    ctx.body = text.replace('<head>', `<head><script>${RECORDER}</script>`);
    ctx.remove('Content-Length');
  },
  // /__corpora/<path> serves ../shared/corpora read-only; /__corpora/<dir>/ lists a folder.
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__corpora/')) return next();
    const file = resolve(CORPORA, decodeURIComponent(ctx.path.slice('/__corpora/'.length)));
    if (!file.startsWith(CORPORA + sep) && file !== CORPORA) return (ctx.status = 403);
    if (!existsSync(file)) return (ctx.status = 404);
    if (ctx.path.endsWith('/')) {
      ctx.body = readdirSync(file);
      return;
    }
    // Feeds as a feed server labels them: a media type by extension, no charset parameter,
    // so the body's own declaration (or BOM) tells the encoding.
    const ext = /\.(json|rss|atom|rdf|xml)$/.exec(file)?.[1];
    const types = {
      rss: 'application/rss+xml',
      atom: 'application/atom+xml',
      rdf: 'application/rdf+xml',
      xml: 'application/xml',
    };
    if (ext === 'json') ctx.type = 'application/json';
    else ctx.set('Content-Type', types[ext] ?? 'text/plain');
    ctx.body = readFileSync(file);
  },
  async (ctx, next) => {
    const m = /^\/__news\/([\w-]+)(?:\/([\w-]+))?/.exec(ctx.path);
    const route = m && routes[m[1]];
    if (!route) return next();
    ctx.set('Cache-Control', 'no-store');
    await route(ctx, m[2] ?? '');
  },
];

// The CDN files, as a partner page uses them: plain HTML pages (in iframes) that load
// dist/cdn/news-blocks.js or the classic news-blocks.iife.js. `npm test` builds dist/ first.
import {expect} from '@open-wc/testing';
import type {CSSResult, ReactiveElement} from 'lit';
// Defined here too (from the sources), so their styles are final to compare with.
import {NewsCard} from '../src/news-card/news-card.js';
import {ArticleList} from '../src/article-list/article-list.js';
import {format} from 'date-fns/format';

/** A date-fns pattern with every token that reads a locale: era, ordinal, quarter, month,
 *  weekday, day period and the long date and time formats. */
const PATTERN = "G do QQQQ MMMM LLL EEEE cccccc a b B PPPP p '·' hh:mm";

async function open(
  path: string
): Promise<Window & {ready?: Promise<boolean>; NewsBlocks?: Record<string, unknown>}> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '600px';
  frame.style.blockSize = '400px';
  document.body.append(frame);
  await new Promise((resolve, reject) => {
    frame.addEventListener('load', resolve, {once: true});
    frame.addEventListener('error', reject, {once: true});
    frame.src = path;
  });
  const win = frame.contentWindow as Window & {ready?: Promise<boolean>};
  for (let i = 0; i < 100 && !win.ready; i++) await new Promise((r) => setTimeout(r, 20));
  expect(win.ready, `${path} set window.ready`).to.not.equal(undefined);
  expect(await win.ready).to.equal(true);
  return win;
}

/** The CDN's files a page requested (over HTTP, from its resource timings), without hashes. */
const cdnFiles = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/cdn/'))
    .map((p) => p.replace(/-[\w-]{8}\.js$/, '.js'))
    .sort();

/**
 * Opens `path` with the server holding the CDN core (chunks/core-*.js) until a request whose
 * path contains each of `wait` has arrived (or 3 s), and checks they all came before the core
 * had arrived, so before it ran. `key` is the page's CDN key (test/server/middleware.mjs).
 */
async function openHoldingCore(key: string, path: string, wait: string[]) {
  await fetch(`/__news/hold-core/${key}?wait=${wait.map(encodeURIComponent).join(',')}`);
  const win = await open(path);
  const held = (await (await fetch(`/__news/hold-core/${key}?read`)).json()) as {
    before: string[];
    released: boolean;
  };
  expect(held.released, JSON.stringify(held)).to.equal(true);
  for (const want of wait)
    expect(
      held.before.some((p) => p.includes(want)),
      `${want} in ${held.before.join(' ')}`
    ).to.equal(true);
  return {win, held};
}

/** test/fixtures/cdn/held.html with this markup, language and readiness (see there). */
const heldPage = (key: string, markup: string, ready: string, lang = '') =>
  `/test/fixtures/cdn/held.html?${new URLSearchParams({key, markup, ready, lang})}`;

describe('CDN builds', () => {
  it('the ES module defines <news-card> and shows the card a page sets', async () => {
    const win = await open('/test/fixtures/cdn/module.html');
    const card = win.document.querySelector('news-card')!;
    const link = card.shadowRoot!.querySelector('h3 a')!;
    expect(link.textContent!.trim()).to.equal(
      'Vietnam – Japan labour cooperation records rapid development'
    );
    expect(link.getAttribute('href')).to.equal('https://example.vn/vietnam-japan-labour');
    // The host page's `h3 {font-size: 60px}` does not reach inside.
    expect(
      parseFloat(win.getComputedStyle(card.shadowRoot!.querySelector('h3')!).fontSize)
    ).to.be.below(40);
    expect(card.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2023-11-13T03:40:00.000Z'
    );
    // Named imports of the entry are there, synchronously, when the importing module runs.
    expect((win as unknown as {exportsAtOnce: unknown}).exportsAtOnce).to.deep.equal({
      card: true,
      loadFeed: 'function',
    });
    // A page of cards never downloads the sanitizer, a parser or a non-English locale.
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((n) => n.includes('/dist/cdn/'))).to.equal(true);
    expect(loaded.filter((n) => /purify|rss-|atom-|wordpress-|locale-/.test(n))).to.deep.equal([]);
    // …nor the chunks of elements the page does not use.
    expect(loaded.filter((n) => /article-list-|news-time-/.test(n))).to.deep.equal([]);
  });

  it('a page of cards given an article property fetches the entry and the core, and no loader or parser', async () => {
    const win = await open('/test/fixtures/cdn/cards.html');
    const cards = [...win.document.querySelectorAll('news-card')];
    expect(
      cards.map((c) => c.shadowRoot!.querySelector('h3 a')!.textContent!.trim())
    ).to.deep.equal([
      'Set on a parsed card',
      'Labour cooperation with Japan',
      'Vocational education',
      'Social insurance',
    ]);
    // Every request the page made for the CDN's files (over HTTP, from the resource timings),
    // and every preload it added: the entry and the core, and `common` for the card the page's
    // markup reserved before the script gave it an article (its FitController ends that
    // reservation once out of view); no loader, parser or format chunk.
    const files = cdnFiles(win);
    expect(files).to.deep.equal([
      '/dist/cdn/chunks/common.js',
      '/dist/cdn/chunks/core.js',
      '/dist/cdn/news-blocks.js',
    ]);
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
    expect(preloads.map((l) => l.href.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, ''))).to.deep.equal([
      'core',
    ]);
  });

  it('a page of cards a script made and gave an article fetches the entry and the core, nothing else', async () => {
    const win = await open('/test/fixtures/cdn/cards.html?script-only');
    expect(win.document.querySelectorAll('news-card').length).to.equal(3);
    const files = cdnFiles(win);
    expect(files).to.deep.equal(['/dist/cdn/chunks/core.js', '/dist/cdn/news-blocks.js']);
  });

  it('cards with a JSON child, markup or src load their reader (and the loader with src) and show their article', async () => {
    const win = await open('/test/fixtures/cdn/card-sources.html');
    const text = (id: string) =>
      win.document.getElementById(id)!.shadowRoot!.querySelector('h3 a')!.textContent!.trim();
    expect(text('json')).to.equal('From a JSON child');
    expect(text('markup')).to.equal('From markup');
    expect(text('src')).to.equal(
      'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan'
    );
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/cdn/chunks/'))
      .map((p) => p.replace(/^\/dist\/cdn\/chunks\/|-[\w-]{8}\.js$/g, ''));
    // The reader (in common-*) once for the three cards, the loader for the one with `src`; no
    // other element.
    expect(chunks.filter((c) => c === 'common')).to.deep.equal(['common']);
    expect(chunks).to.include('loader');
    expect(chunks.filter((c) => c.startsWith('element-'))).to.deep.equal([]);
    // The entry preloaded the reader with the loader, before the core ran (as for any `src`).
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
    expect(preloads.some((l) => /\/chunks\/common-/.test(l.href))).to.equal(true);
  });

  it('the ES module defines other tags on first use: in the page, and added later', async () => {
    const win = await open('/test/fixtures/cdn/lazy.html');
    const list = win.document.querySelector('article-list')!;
    const items = [...list.shadowRoot!.querySelectorAll('[part=item] h3 a')].map((a) =>
      a.textContent!.trim()
    );
    expect(items).to.deep.equal([
      'Vietnam – Japan labour cooperation records rapid development',
      'MoLISA strengthens cooperation with Germany in vocational education',
    ]);
    const time = win.document.querySelector('news-time')!;
    expect(time.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2023-11-13T03:40:00.000Z'
    );
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    // The list's chunk (with <news-source> and paging) and what every element but the card
    // shares (common-*: Lit's decorators, the light-DOM watcher, the inline reader and states,
    // the merge helpers): no loader, text or format chunk, as no element here has `src`.
    expect(loaded.some((n) => /chunks\/element-article-list-/.test(n))).to.equal(true);
    // (Helpers the list shares with other elements come in a chunk named by the elements.)
    expect(
      loaded.filter((n) => /chunks\/(?!core-|element-|common-|shared-[\w+]*article-list)/.test(n))
    ).to.deep.equal([]);
  });

  it('the free-form date reader loads only for a feed whose dates need it; without it the cards show no date', async () => {
    const page = (key: string, feed: string, ready: string) =>
      open(
        heldPage(
          `${key}-${Math.random().toString(36).slice(2)}`,
          `<article-list src="/test/fixtures/feeds/${feed}"></article-list>`,
          `article-list::${ready}`
        )
      );
    const chunks = (win: Window) =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.includes('/chunks/'))
        .map((p) => p.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, ''));
    const times = (win: Window) =>
      Object.fromEntries(
        [
          ...win.document
            .querySelector('article-list')!
            .shadowRoot!.querySelectorAll('[part=item]'),
        ].map((item) => [
          item.querySelector('h3 a')!.textContent!.trim(),
          item.querySelector('time')?.getAttribute('datetime'),
        ])
      );

    // RFC 822 dates: the loader reads them; no reader is asked for.
    const seed = await page('dates', 'seed.rss.xml', '[part=item] time');
    expect(chunks(seed)).to.include('loader');
    expect(chunks(seed)).to.not.include('dates-free-form');

    const free = await page('dates', 'free-dates.rss.xml', '[part=item] time');
    expect(chunks(free).filter((c) => c === 'dates-free-form')).to.deep.equal(['dates-free-form']);
    expect(times(free)).to.deep.equal({
      'Dated as RFC 822': '2023-11-14T08:00:00.000Z',
      'Dated in French': '2023-11-13T09:40:00.000Z',
      'Dated in Vietnamese': '2023-11-13T03:40:00.000Z',
    });

    // A reader that cannot be downloaded: the feed still shows, those two items without a date.
    const missing = await page('missing', 'free-dates.rss.xml', '[part=item] h3 a');
    const shadow = missing.document.querySelector('article-list')!.shadowRoot!;
    expect(shadow.querySelector('[part=error], [part=stale]')).to.equal(null);
    expect(times(missing)).to.deep.equal({
      'Dated as RFC 822': '2023-11-14T08:00:00.000Z',
      'Dated in French': undefined,
      'Dated in Vietnamese': undefined,
    });
  });

  it('the entry warms Intl up where there is an element, not on a page without one', async () => {
    const key = () => Math.random().toString(36).slice(2);
    const none = (await open(heldPage(key(), '', ''))) as Window & {intlWarmed?: boolean};
    expect(none.intlWarmed, 'no element').to.equal(undefined);
    const time = (await open(
      heldPage(key(), '<news-time datetime="2023-11-13T03:40:00Z"></news-time>', 'news-time::time')
    )) as Window & {intlWarmed?: boolean};
    expect(time.intlWarmed, 'a <news-time>').to.equal(true);
  });

  it('loadElement resolves with the class, and rejects an unknown tag', async () => {
    const win = await open('/test/fixtures/cdn/module.html');
    const api = (await (win as unknown as {eval: (s: string) => unknown}).eval(
      "import('/dist/cdn/news-blocks.js')"
    )) as {loadElement: (t: string) => Promise<CustomElementConstructor>};
    const ctor = await api.loadElement('article-list');
    expect(win.customElements.get('article-list')).to.equal(ctor);
    let error: unknown;
    await api.loadElement('no-such-thing').catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('no-such-thing');
  });

  it('the entry starts feeds and chunks before the core has run: one request per feed URL', async () => {
    const key = Math.random().toString(36).slice(2);
    // The server holds the core (chunks/core-*.js) until each feed with `src` (not the `lazy`
    // one; a relative `proxy` is left to the loader), the list's chunk, the loader (with the
    // list's loading controller), text and merge chunks have been asked for (or 3 s), and notes
    // every path asked for before.
    const wait = [
      `/__news/count/${key}-list`,
      `/__news/count/${key}-card`,
      '/chunks/element-article-list-',
      '/chunks/loader-',
      '/chunks/common-',
      '/chunks/text-',
      // ICU's first locale lookup, made by the entry while the chunks download (not by the
      // first card's `resolveLocales`, after the core and the feed have arrived).
      `/__news/count/${key}-intl`,
      // The format adapter a feed's URL names (`….rss`: RSS and Atom's chunk), before the
      // feed's headers.
      '/chunks/format-xml-',
    ];
    const {win, held} = await openHoldingCore(
      key,
      `/test/fixtures/cdn/prefetch.html?key=${key}`,
      wait
    );
    expect(held.before.filter((p) => p.includes('-lazy'))).to.deep.equal([]);
    const count = async (k: string) =>
      ((await (await fetch(`/__news/count/${key}-${k}?read`)).json()) as {count: number}).count;
    // The list (cache-ttl 0), the card, a <news-source> through its list's proxy: once each,
    // though the entry, the core's autoloader and the element all ask.
    expect(await count('list')).to.equal(1);
    expect(await count('card')).to.equal(1);
    expect(await count('proxy')).to.equal(1);
    // A `lazy` element far below the viewport is not prefetched (nor loaded).
    expect(await count('lazy')).to.equal(0);
    const entries = win.performance.getEntriesByType('resource');
    // Each chunk once: the core's import() takes what the entry preloaded.
    const chunks = entries.filter((e) => e.name.includes(`/__cdn/${key}/`));
    expect(new Set(chunks.map((e) => e.name)).size).to.equal(chunks.length);
    // The files of a cold load with lists and a card from `src`: nothing else (each file is a
    // request, and a host gets six connections over HTTP/1.1). The `.rss` URL of the second
    // card fetched format-xml at once; its server answers JSON Feed, which its headers say.
    const files = chunks.map((e) =>
      e.name.replace(/^.*\/__cdn\/[\w-]+\/(chunks\/)?|-[\w-]{8}\.js$/g, '')
    );
    expect(files.filter((f) => !f.startsWith('shared-')).sort()).to.deep.equal([
      'common',
      'core',
      'element-article-list',
      'format-json-feed',
      'format-xml',
      'loader',
      'news-blocks.js',
      'text',
    ]);
    expect(files.filter((f) => f.startsWith('shared-')).length).to.be.at.most(1);
    // The format adapter, preloaded once the feed's headers named it.
    expect(chunks.some((e) => /chunks\/format-json-feed-/.test(e.name))).to.equal(true);
    // Every file of this first-card path asks V8 to compile its functions while it streams
    // in (not lazily on the main thread at their first call): the hint is its first line.
    const scripts = [...new Set(chunks.map((e) => e.name))].filter((n) => n.endsWith('.js'));
    expect(scripts.length).to.be.greaterThan(6);
    for (const url of scripts)
      expect((await (await fetch(url)).text()).split('\n')[0], url).to.equal(
        '//# allFunctionsCalledOnLoad'
      );
    const list = win.document.querySelector('article-list')!;
    expect(list.shadowRoot!.querySelectorAll('[part=item]').length).to.be.greaterThan(0);
  });

  for (const late of [false, true])
    it(`an async entry in the head runs before the parser reaches the elements, and a list defined before ${late ? 'any' : 'its last'} source was parsed reads them`, async () => {
      const key = Math.random().toString(36).slice(2);
      const win = (await open(`/__news/streamed/${key}?late=${late ? 1 : 0}`)) as Window & {
        entryFirst?: boolean;
        listFirst?: boolean;
        recordedErrors?: string[];
        events?: string[];
        intlWarmed?: boolean;
      };
      // The page's own notes: the entry had run before the parser reached the list, and the list
      // was defined before its second <news-source> was parsed.
      expect(win.entryFirst, 'the entry ran before the list was parsed').to.equal(true);
      expect(win.listFirst, 'the list was defined before its second source').to.equal(true);
      const list = win.document.querySelector('article-list')!;
      const titles = async () =>
        [...list.shadowRoot!.querySelectorAll('[part=item] h3 a')].map((a) =>
          a.textContent!.trim()
        );
      for (let i = 0; i < 150 && (await titles()).length < 4; i++)
        await new Promise((r) => setTimeout(r, 20));
      const shown = await titles();
      // Both sources' articles: the seed's two and the second feed's (cls/feed.json).
      expect(shown.length, shown.join(' | ')).to.be.at.least(4);
      expect(shown).to.include(
        'Deputy Minister receives the President of IM Japan to discuss sending Vietnamese interns'
      );
      // The first source's feed once: the entry's observer started it, the list's loader took it.
      const count = await fetch(`/__news/count/${key}-list?read`);
      expect(((await count.json()) as {count: number}).count).to.equal(1);
      expect(win.recordedErrors).to.deep.equal([]);
      // Loads, no error. (A list defined before its last source was parsed loads once per set of
      // sources it has read: two here when the first was there at once.)
      expect(win.events).to.include('news-load');
      expect(win.events).to.not.include('news-error');
      // The entry warmed Intl up, though no element was there when it ran: once the parser had
      // added the list.
      expect(win.intlWarmed, 'Intl warmed up').to.equal(true);
    });

  for (const bad of [false, true])
    it(`a card defined before the parser has read all of its JSON child ${bad ? 'warns once the page is parsed, as the child is still invalid' : 'waits for the rest, with no warning'}`, async () => {
      const key = Math.random().toString(36).slice(2);
      const win = (await open(`/__news/streamed/${key}?json=${bad ? 'bad' : '1'}`)) as Window & {
        cardFirst?: boolean;
        warnings?: string[];
        events?: string[];
        recordedErrors?: string[];
      };
      // The core (which defines the card) had run before the child's second part was parsed.
      expect(win.cardFirst, 'the card was defined before the rest of its child').to.equal(true);
      const card = win.document.querySelector('news-card')!;
      await (card as unknown as ReactiveElement).updateComplete;
      const text = card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      if (bad) {
        expect(win.warnings).to.deep.equal(['news-card: the JSON child is not valid JSON']);
        expect(text).to.not.include('A card streamed in two parts');
      } else {
        expect(win.warnings).to.deep.equal([]);
        expect(text).to.include('A card streamed in two parts');
        expect(text).to.include('Its second part came once the card was defined.');
      }
      expect(win.events).to.not.include('news-error');
      expect(win.recordedErrors).to.deep.equal([]);
    });

  it('the entry preloads the strings of the languages the page speaks before the core has run', async () => {
    const key = Math.random().toString(36).slice(2);
    // A list waits for its strings before it renders; without the entry's preloads they were
    // asked for only after the core and the list's chunk had run.
    const feed = (name: string) => `/__news/count/${key}-${name}?ms=100`;
    const markup = `<article-list id="vi" src="${feed('vi')}" limit="2"></article-list>
      <div lang="zh-TW"><article-list id="zh" src="${feed('zh')}" limit="2"></article-list></div>
      <article-list id="pt" lang="pt-BR" src="${feed('pt')}" limit="2"></article-list>
      <article-list id="en" lang="en-GB" src="${feed('en')}" limit="2"></article-list>`;
    const {win} = await openHoldingCore(
      key,
      heldPage(key, markup, 'article-list::[part=item] h3 a', 'vi'),
      ['/chunks/locale-vi-', '/chunks/locale-zh-Hant-']
    );
    // Only those: Brazilian Portuguese is not shipped and English is in the core (no request
    // for a file that does not exist), and each once.
    const locales = win.performance
      .getEntriesByType('resource')
      .filter((e) => /\/chunks\/locale-/.test(e.name)) as PerformanceResourceTiming[];
    expect(
      locales.map((e) => e.name.replace(/^.*\/locale-|-[\w-]{8}\.js$/g, '')).sort()
    ).to.deep.equal(['vi', 'zh-Hant']);
    expect(locales.map((e) => e.responseStatus)).to.deep.equal([200, 200]);
    const label = (id: string) =>
      win.document
        .getElementById(id)!
        .shadowRoot!.querySelector('[part=group]')!
        .getAttribute('aria-label');
    expect(['vi', 'zh', 'pt', 'en'].map(label)).to.deep.equal([
      'Bài viết',
      '文章',
      'Articles',
      'Articles',
    ]);
  });

  it('the entry preloads the sanitizer for an article before the core has run', async () => {
    const key = Math.random().toString(36).slice(2);
    // The body is sanitized HTML: DOMPurify's chunk was asked for only once the feed had been
    // parsed and the article rendered.
    const markup = `<news-article src="/__news/count/${key}-article?ms=100"></news-article>`;
    const {win} = await openHoldingCore(
      key,
      heldPage(key, markup, 'news-article::[part~=body][aria-busy=false] p'),
      ['/chunks/purify']
    );
    // Once: the sanitizer's import() took the preload.
    const names = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.filter((n) => /\/chunks\/purify/.test(n))).to.have.length(1);
    const body = win.document
      .querySelector('news-article')!
      .shadowRoot!.querySelector('[part~=body]')!;
    expect(body.querySelectorAll('p').length).to.be.greaterThan(0);
    expect(body.querySelector('script')).to.equal(null);
    // An article that does not list its comments never downloads <news-comments>.
    expect(
      names.filter((n) => /element-news-comments-/.test(n)),
      names.join(' ')
    ).to.deep.equal([]);
    expect(win.customElements.get('news-comments')).to.equal(undefined);
  });

  it('the entry preloads the loader and the WordPress comments adapter with <news-comments>, before the core has run', async () => {
    const key = Math.random().toString(36).slice(2);
    // The comments read nothing but their `src`: the loader was asked for once the element had
    // run, and the adapter once the response had been read, each a round trip after the other.
    const markup = `<news-comments src="/__news/wpc/wp-json/wp/v2/comments?post=8"></news-comments>`;
    const {win} = await openHoldingCore(
      key,
      heldPage(key, markup, 'news-comments::[part=comment] [part=content][aria-busy=false]'),
      ['/chunks/loader-', '/chunks/format-wordpress-comments-', '/chunks/purify']
    );
    // Once each: the imports took the preloads.
    const names = win.performance.getEntriesByType('resource').map((e) => e.name);
    for (const chunk of ['loader', 'format-wordpress-comments', 'purify'])
      expect(
        names.filter((n) => n.includes(`/chunks/${chunk}-`) || n.includes(`/chunks/${chunk}.`)),
        chunk
      ).to.have.length(1);
    const comments = win.document.querySelector('news-comments')!.shadowRoot!;
    expect(comments.querySelectorAll('[part=comment]').length).to.be.greaterThan(1);
  });

  it('the entry preloads date-fns for a date-format pattern before the core has run, not for a preset', async () => {
    const key = Math.random().toString(36).slice(2);
    // An element with a pattern waits for date-fns before it renders: its chunk was asked for
    // only once the core and the element's chunk had run.
    const time = (format: string) =>
      `<news-time datetime="2023-11-13T03:40:00Z" time-zone="Asia/Ho_Chi_Minh" date-format="${format}"></news-time>`;
    const {win} = await openHoldingCore(
      key,
      heldPage(key, time('hh:mm a dd/MM/yyyy'), 'news-time::time'),
      ['/chunks/date-pattern-data-']
    );
    const text = (w: Window) =>
      w.document.querySelector('news-time')!.shadowRoot!.querySelector('time')!.textContent!.trim();
    expect(text(win)).to.equal('10:40 AM 13/11/2023');
    // A preset needs no date-fns: nothing is preloaded, nothing downloaded.
    const preset = await open(heldPage(`${key}-preset`, time('long'), 'news-time::time'));
    expect(text(preset)).to.equal('November 13, 2023');
    const names = preset.performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.filter((n) => /date-pattern|date-locale/.test(n))).to.deep.equal([]);
  });

  it('the entry preloads the date-fns data of the language a pattern is shown in, before the core has run', async () => {
    const key = Math.random().toString(36).slice(2);
    // A pattern in Vietnamese also waits for date-fns' Vietnamese data, which was asked for only
    // once date-fns' format had arrived and run: a round trip after everything else.
    const time = (lang: string) =>
      `<news-time lang="${lang}" datetime="2023-11-13T03:40:00Z" time-zone="UTC" date-format="${PATTERN}"></news-time>`;
    const langs = ['vi', 'zh-TW', 'zh-HK', 'zh-CN', 'de', 'en-GB', 'pt-BR'];
    const {win} = await openHoldingCore(
      key,
      heldPage(key, langs.map(time).join(''), 'news-time::time', 'vi'),
      ['/chunks/date-locale-vi-', '/chunks/date-locale-zh-TW-', '/chunks/date-locale-zh-HK-']
    );
    // Each once, and no name that is not a file: the preloads and date-fns' own import() of the
    // data (English and Portuguese, whose UI strings are not shipped or are in the core, are not
    // preloaded: they still load, after date-fns).
    const data = win.performance
      .getEntriesByType('resource')
      .filter((e) => /\/chunks\/date-locale-/.test(e.name)) as PerformanceResourceTiming[];
    expect(
      data.map((e) => e.name.replace(/^.*\/date-locale-|-[\w-]{8}\.js$/g, '')).sort()
    ).to.deep.equal(['de', 'en-GB', 'pt-BR', 'vi', 'zh-CN', 'zh-HK', 'zh-TW']);
    expect(data.every((e) => e.responseStatus === 200)).to.equal(true);
    // The CDN's date-fns data keeps only what format() reads: every token that uses a locale
    // comes out as date-fns' whole locale writes it.
    const shown = [...win.document.querySelectorAll('news-time')].map((el) =>
      el.shadowRoot!.querySelector('time')!.textContent!.trim()
    );
    const wall = new Date(2023, 10, 13, 3, 40);
    const full = await Promise.all([
      import('date-fns/locale/vi').then((m) => m.vi),
      import('date-fns/locale/zh-TW').then((m) => m.zhTW),
      import('date-fns/locale/zh-HK').then((m) => m.zhHK),
      import('date-fns/locale/zh-CN').then((m) => m.zhCN),
      import('date-fns/locale/de').then((m) => m.de),
      import('date-fns/locale/en-GB').then((m) => m.enGB),
      import('date-fns/locale/pt-BR').then((m) => m.ptBR),
    ]);
    expect(shown).to.deep.equal(full.map((locale) => format(wall, PATTERN, {locale})));
    expect(new Set(shown).size).to.equal(langs.length);
  });

  it('<related-articles> given inline articles, on a page without JSON-LD, loads no loader or parser', async () => {
    const win = await open('/test/fixtures/cdn/related.html');
    const box = win.document.querySelector('related-articles')!;
    expect(
      [...box.shadowRoot!.querySelectorAll('li h3 a, li h4 a')].map((a) => a.textContent!.trim())
    ).to.deep.equal(['Another on Japan', 'One on Germany']);
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((n) => /chunks\/element-related-articles-/.test(n))).to.equal(true);
    expect(loaded.filter((n) => /chunks\/(loader|format|text)-/.test(n))).to.deep.equal([]);
    // (a page with JSON-LD loads its reader on first use: test/related-articles.test.ts)
  });

  it('<related-articles> on a page with JSON-LD: the entry preloads its reader before the core has run, and the box ranks by it', async () => {
    const key = Math.random().toString(36).slice(2);
    // The page's own article is known only from its JSON-LD (no canonical link): the box must
    // read it (the JSON-LD adapter, with the loader's helpers) to leave it out and rank by its tags.
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The current article',
      url: 'https://example.vn/current',
      keywords: 'Japan',
    });
    const candidates = JSON.stringify([
      {
        title: 'One on Germany',
        url: 'https://example.vn/germany',
        tags: ['Germany'],
        published: '2023-11-20T00:00:00Z',
      },
      {title: 'The current article', url: 'https://example.vn/current', tags: ['Japan']},
      {
        title: 'Another on Japan',
        url: 'https://example.vn/japan',
        tags: ['Japan'],
        published: '2023-11-01T00:00:00Z',
      },
    ]);
    const markup =
      `<script type="application/ld+json">${ld}</script>` +
      `<related-articles><script type="application/json">${candidates}</script></related-articles>`;
    // The reader and the loader's helpers it imports, all asked for before the core has arrived
    // (their requests reach the server in any order: the hold waits for each).
    const {win} = await openHoldingCore(key, heldPage(key, markup, 'related-articles::li a'), [
      '/chunks/element-related-articles-',
      '/chunks/format-json-ld-',
      '/chunks/loader-',
      '/chunks/text-',
    ]);
    const box = win.document.querySelector('related-articles')! as unknown as ReactiveElement;
    await box.updateComplete;
    // The page's article left out; the one sharing its tag first, though older.
    expect(
      [...box.shadowRoot!.querySelectorAll('li h3 a, li h4 a')].map((a) => a.textContent!.trim())
    ).to.deep.equal(['Another on Japan', 'One on Germany']);
    // Each file once: the adapter's import() took the preload.
    const names = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.filter((n) => /\/chunks\/format-json-ld-/.test(n))).to.have.length(1);
  });

  it('the CDN files keep every style rule: squeezed css literals parse to the same rules', async () => {
    const win = await open('/test/fixtures/cdn/module.html');
    const api = (await (win as unknown as {eval: (s: string) => unknown}).eval(
      "import('/dist/cdn/news-blocks.js')"
    )) as {loadElement: (t: string) => Promise<CustomElementConstructor>};
    // Each stylesheet as the browser reads it, in the window of the page.
    const rules = (ctor: unknown) =>
      (ctor as typeof ReactiveElement).elementStyles.map((s) => {
        const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
        sheet.replaceSync((s as CSSResult).cssText);
        // Custom properties and @supports keep their text as written: compare without the
        // spaces after commas and colons that the squeeze takes out.
        return [...sheet.cssRules].map((r) => r.cssText.replace(/([,:]) /g, '$1'));
      });
    const built = [
      rules(win.customElements.get('news-card')),
      rules(await api.loadElement('article-list')),
    ];
    const source = [rules(NewsCard), rules(ArticleList)];
    expect(built[0].flat().length).to.be.greaterThan(50);
    expect(built).to.deep.equal(source);
    // …and the files are smaller for it: no comment or indentation is left in them.
    const core = await (await fetch('/dist/cdn/news-blocks.js')).text();
    expect(core).to.not.match(/\n {2,}(display|color|margin|padding)\b/);
    expect(core).to.not.contain('/* The skeleton and the card keep the loaded space');
  });

  it('the ES module exports loadFeed on demand: the loader arrives with the first call', async () => {
    const win = await open('/test/fixtures/cdn/module.html');
    const api = (await (win as unknown as {eval: (s: string) => unknown}).eval(
      "import('/dist/cdn/news-blocks.js')"
    )) as {loadFeed: (src: string) => Promise<{articles: {title: string}[]}>};
    const feed = await api.loadFeed('/test/fixtures/feeds/seed.rss.xml');
    expect(feed.articles[0].title).to.equal(
      'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan'
    );
  });

  it('the classic script preloads the chunks of the elements it sees while the page is parsed', async () => {
    const win = await open('/test/fixtures/cdn/classic-src.html');
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
    const names = preloads.map((l) => l.href.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, '')).sort();
    // The core, the list's chunk with what every element but the card shares (common: Lit's
    // decorators, the loading facade, inline reader, states and merge helpers), and with `src`
    // the loader (with the list's loading controller), text and, as the URL names no format, RSS
    // and Atom's adapters (format-xml); the helpers the list shares with other elements (a chunk
    // named by those elements)
    const shared = names.filter((n) => n.startsWith('shared-'));
    // (and, once the feed's headers named JSON Feed, its adapter).
    expect(names.filter((n) => !shared.includes(n))).to.deep.equal([
      'common',
      'core',
      'element-article-list',
      'format-json-feed',
      'format-xml',
      'loader',
      'text',
    ]);
    for (const name of shared) expect(name).to.match(/^shared-[\w-]*article-list/);
    // All of it but the format, and the feed request, started while the page was parsed
    // (before the module ran).
    expect((win as unknown as {whileParsing: unknown}).whileParsing).to.deep.equal({
      preloads: names.length - 1,
      feeds: 1,
      module: false,
    });
    const entries = win.performance.getEntriesByType('resource');
    for (const link of preloads)
      expect(
        entries.filter((e) => e.name === link.href).length,
        `${link.href} fetched once`
      ).to.equal(1);
    // The feed, started by the classic script, was requested once (the module's loadFeed took it).
    const count = await fetch('/__news/count/classic-src-list?read');
    expect(((await count.json()) as {count: number}).count).to.equal(1);
    expect(
      win.document.querySelector('article-list')!.shadowRoot!.querySelectorAll('[part=item] h3 a')
        .length
    ).to.equal(2); // the seed feed's two articles
  });

  it('the classic script is a loader: plain functions at once, then the module’s API', async () => {
    const win = await open('/test/fixtures/cdn/classic.html');
    expect(typeof win.NewsBlocks!.normalizeArticles).to.equal('function');
    expect(typeof win.NewsBlocks!.NewsCard).to.equal('function');
    expect(typeof win.NewsBlocks!.loadElement).to.equal('function');
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    // It loads the entry, and preloads the core beside it (not once the entry has run): once each.
    expect(loaded.filter((n) => /\/dist\/cdn\/chunks\/core-[\w-]+\.js$/.test(n)).length).to.equal(
      1
    );
    expect(loaded.filter((n) => n.endsWith('/dist/cdn/news-blocks.js')).length).to.equal(1);
    expect(
      win.document.querySelectorAll('link[rel=modulepreload][href*="/chunks/core-"]').length
    ).to.equal(1);
    const card = win.document.querySelector('news-card')!;
    expect(card.shadowRoot!.querySelector('h3 a')!.textContent!.trim()).to.equal(
      'MoLISA strengthens cooperation with Germany in vocational education'
    );
  });
});

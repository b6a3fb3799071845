// The feed request started before the loader arrives (prefetch.ts), taken over by loadFeed:
// counted on the test server (/__news/count/KEY counts requests per KEY), over real HTTP.
import {expect} from '@open-wc/testing';
import {clearFeedCache, loadFeed} from '../../src/data/load.js';
import {adapterToPreload, formatOf, formatOfUrl, prefetchFeed} from '../../src/data/prefetch.js';
import {FeedError} from '../../src/data/errors.js';

const uid = () => Math.random().toString(36).slice(2);
const count = async (key: string): Promise<number> =>
  ((await (await fetch(`/__news/count/${key}?read`)).json()) as {count: number}).count;
const requested = (part: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;

describe('prefetchFeed + loadFeed', () => {
  beforeEach(() => clearFeedCache());

  it('loadFeed takes the prefetched request: one request, the feed parsed', async () => {
    const key = uid();
    prefetchFeed(`/__news/count/${key}?ms=150`);
    const feed = await loadFeed(`/__news/count/${key}?ms=150`);
    expect(feed.articles.length).to.be.greaterThan(0);
    expect(await count(key)).to.equal(1);
    expect(requested(`${key}?ms=150`)).to.equal(1);
  });

  it('a second prefetch of a request under way makes none, and still sees its headers', async () => {
    const key = uid();
    const url = `/__news/count/${key}?ms=100`;
    prefetchFeed(url);
    const types = await new Promise<string | null>((resolve) =>
      prefetchFeed(url, {onHeaders: (res) => resolve(res.headers.get('content-type'))})
    );
    expect(types).to.contain('application/feed+json');
    await loadFeed(url);
    expect(await count(key)).to.equal(1);
  });

  it('a prefetch after loadFeed asked (in flight or cached) makes no request', async () => {
    const key = uid();
    const url = `/__news/count/${key}?ms=100`;
    const p = loadFeed(url);
    prefetchFeed(url);
    await p;
    prefetchFeed(url);
    await loadFeed(url);
    expect(await count(key)).to.equal(1);
  });

  it('cache-ttl 0 still takes the prefetch (it is the first request, not a cached feed)', async () => {
    const key = uid();
    const url = `/__news/count/${key}?ms=50`;
    prefetchFeed(url, {cacheTtl: 0});
    await loadFeed(url, {cacheTtl: 0});
    expect(await count(key)).to.equal(1);
    // The next load with cache-ttl 0 asks again: the prefetch was used once.
    await loadFeed(url, {cacheTtl: 0});
    expect(await count(key)).to.equal(2);
  });

  it('is keyed by the request: another proxy is another request', async () => {
    const key = uid();
    const proxyA = `/__news/count/${key}?ms=50&via=a&u={url}`;
    const proxyB = `/__news/count/${key}?ms=50&via=b&u={url}`;
    prefetchFeed('https://feeds.example/a.json', {proxy: proxyA});
    await loadFeed('https://feeds.example/a.json', {proxy: proxyA});
    expect(await count(key)).to.equal(1);
    await loadFeed('https://feeds.example/a.json', {proxy: proxyB});
    expect(await count(key)).to.equal(2);
    expect(requested('via=a')).to.equal(1);
  });

  it('another items-path is another load: the prefetch serves the first only', async () => {
    const key = uid();
    const url = `/__news/count/${key}?ms=50`;
    prefetchFeed(url);
    const [a, b] = await Promise.all([loadFeed(url), loadFeed(url, {itemsPath: 'items'})]);
    expect(a.articles.length).to.be.greaterThan(0);
    expect(b.articles.length).to.be.greaterThan(0);
    expect(await count(key)).to.equal(2);
  });

  it('a prefetched error is loadFeed’s error, with the retry after it', async () => {
    const key = uid();
    const url = `/__news/flaky/${key}?fail=1`;
    prefetchFeed(url);
    const feed = await loadFeed(url, {retries: 1});
    expect(feed.articles.length).to.be.greaterThan(0);
    // The prefetch got the 503, loadFeed retried once: two requests in all.
    expect(await count(`flaky-${key}`)).to.equal(2);
    const err = await loadFeed('/__news/status/404?x=' + key, {retries: 0}).catch((e) => e);
    expect(err).to.be.instanceOf(FeedError);
  });

  it('aborting every caller aborts the prefetched request', async () => {
    const key = uid();
    const url = `/__news/count/${key}?ms=2000`;
    prefetchFeed(url);
    const a = new AbortController();
    const p = loadFeed(url, {signal: a.signal});
    setTimeout(() => a.abort(), 50);
    const err = (await p.catch((e: unknown) => e)) as FeedError;
    expect(err.kind).to.equal('aborted');
    expect(await count(key)).to.equal(1);
  });

  it('ignores what is not an http(s) URL', async () => {
    prefetchFeed('javascript:alert(1)');
    prefetchFeed('http://[bad');
    const err = (await loadFeed('http://[bad').catch((e: unknown) => e)) as FeedError;
    expect(err.kind).to.equal('network');
  });

  it('names the format from the URL only where it is beyond doubt', () => {
    const cases: [string, string | undefined][] = [
      ['https://news.example/wp-json/wp/v2/posts?_embed', 'wordpress'],
      // A site without pretty permalinks: the same routes as `rest_route`.
      ['https://news.example/?rest_route=/wp/v2/posts&_embed', 'wordpress'],
      ['https://news.example/index.php?_embed&rest_route=%2Fwp%2Fv2%2Fposts', 'wordpress'],
      ['https://news.example/?rest_route=/', undefined],
      ['/news/feed.rss', 'rss'],
      ['https://news.example/rss?lang=en', 'rss'],
      ['/EN/Feed.Atom', 'atom'],
      ['https://news.example/atom', 'atom'],
      ['/feed.json', 'json-feed'],
      ['https://news.example/blog/feed.json?page=2', 'json-feed'],
      // RSS or Atom (Jekyll's feed.xml is Atom), WordPress's /feed/ may be either: headers decide.
      ['/bench/cold/feed.xml', undefined],
      ['https://news.example/feed/', undefined],
      ['/api/news.json', undefined],
      ['/rss-archive/index.html', undefined],
      ['http://[bad', undefined],
    ];
    for (const [url, want] of cases) expect(formatOfUrl(url), url).to.equal(want);
  });

  it('names the format from the response type, JSON Feed for plain JSON, nothing for JSON-LD', () => {
    const cases: [string, string | undefined][] = [
      ['application/feed+json', 'json-feed'],
      ['application/json; charset=utf-8', 'json-feed'],
      ['text/json', 'json-feed'],
      ['application/ld+json', undefined],
      ['application/atom+xml', 'atom'],
      ['application/rss+xml', 'rss'],
      ['text/xml', 'rss'],
      ['text/html', undefined],
    ];
    for (const [type, want] of cases)
      expect(formatOf(new Response('', {headers: {'content-type': type}})), type).to.equal(want);
  });

  it('names WordPress from the response URL, also as `rest_route`, whatever its JSON type', async () => {
    for (const path of [
      '/__news/wp/wp-json/wp/v2/posts',
      '/__news/wp/index.php?rest_route=/wp/v2/posts',
    ]) {
      const res = await fetch(path);
      expect(res.headers.get('content-type'), path).to.match(/application\/json/);
      expect(formatOf(res), path).to.equal('wordpress');
    }
  });

  it("preloads the URL's adapter, else RSS and Atom's, but never guesses for a .json path", () => {
    const cases: [string, string | undefined][] = [
      ['https://news.example/wp-json/wp/v2/posts?_embed', 'wordpress'],
      ['https://news.example/?rest_route=/wp/v2/posts', 'wordpress'],
      ['/feed.json', 'json-feed'],
      ['/EN/Feed.Atom', 'atom'],
      ['/bench/cold/feed.xml', 'rss'],
      ['https://news.example/feed/', 'rss'],
      ['/api/news.json', undefined],
      ['/api/NEWS.JSON?x=1', undefined],
      ['http://[bad', undefined],
    ];
    for (const [url, want] of cases) expect(adapterToPreload(url), url).to.equal(want);
  });
});

import {expect} from '@open-wc/testing';
import {loadFeed, clearFeedCache} from '../../src/data/load.js';
import {FeedError} from '../../src/data/errors.js';

const uid = () => Math.random().toString(36).slice(2);

async function kindOf(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
}

async function count(key: string): Promise<number> {
  return (await (await fetch(`/__news/count/${key}?read`)).json()).count;
}

describe('loadFeed', () => {
  beforeEach(() => clearFeedCache());

  it('loads and parses a fixture over HTTP', async () => {
    const feed = await loadFeed('/test/fixtures/feeds/seed.rss.xml');
    expect(feed.articles[0].title).to.equal(
      'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan'
    );
    expect(feed.articles[0].url).to.equal(
      new URL(
        '/english-review/molisa-deputy-minister-received-president-of-im-japan',
        location.href
      ).href
    );
  });

  it('reads a body that arrives in many small chunks, multi-byte characters split across them', async () => {
    const feed = await loadFeed('/__news/pieces');
    expect(feed.articles.length).to.equal(200);
    expect(feed.articles.map((a) => a.title)).to.deep.equal(
      Array.from({length: 200}, (_, i) => `Bộ trưởng tiếp đoàn đại biểu số ${i} – “Hợp tác”`)
    );
  });

  it('classifies HTTP errors with their status', async () => {
    const e404 = await kindOf(loadFeed('/__news/status/404'));
    expect([e404.kind, e404.status]).to.deep.equal(['http', 404]);
    const e500 = await kindOf(loadFeed('/__news/status/500', {retries: 0}));
    expect([e500.kind, e500.status]).to.deep.equal(['http', 500]);
  });

  it('classifies invalid JSON and XML as parse errors', async () => {
    expect((await kindOf(loadFeed('/__news/invalid-json'))).kind).to.equal('parse');
    expect((await kindOf(loadFeed('/__news/invalid-xml'))).kind).to.equal('parse');
  });

  it('reads a feed served with the wrong content type', async () => {
    const feed = await loadFeed('/__news/wrong-type');
    expect(feed.articles).to.have.length(2);
  });

  it('times out a slow feed', async () => {
    const e = await kindOf(loadFeed('/__news/slow?ms=3000', {timeout: 300, retries: 0}));
    expect(e.kind).to.equal('timeout');
  });

  it('reports a truncated body as a network error', async () => {
    const e = await kindOf(loadFeed('/__news/truncated', {retries: 0}));
    expect(['network', 'parse']).to.include(e.kind);
  });

  it('stops a 10 MB body at the 5 MB cap while streaming', async () => {
    const e = await kindOf(loadFeed('/__news/big'));
    expect(e.kind).to.equal('too-large');
  });

  it('says CORS plainly for a second origin without Access-Control-Allow-Origin', async () => {
    const other = `${location.protocol}//127.0.0.1:${location.port}`;
    const e = await kindOf(loadFeed(`${other}/__news/cors/none`, {retries: 0}));
    expect(e.kind).to.equal('network');
    expect(e.message).to.contain('Access-Control-Allow-Origin');
    const ok = await loadFeed(`${other}/__news/cors/ok`);
    expect(ok.articles).to.have.length(2);
  });

  it('goes through a proxy template', async () => {
    const other = `${location.protocol}//127.0.0.1:${location.port}`;
    const feed = await loadFeed('https://feeds.example/no-cors.json', {
      proxy: `${other}/__news/proxy?url={url}`,
    });
    expect(feed.articles).to.have.length(2);
  });

  it('retries 503 and 429 honouring Retry-After, and gives up after the retries', async () => {
    const key = uid();
    const feed = await loadFeed(`/__news/flaky/${key}?fail=2`);
    expect(feed.articles).to.have.length(2);
    expect(await count(`flaky-${key}`)).to.equal(3);
    const key2 = uid();
    const e = await kindOf(loadFeed(`/__news/flaky/${key2}?fail=5&status=429`, {retries: 1}));
    expect([e.kind, e.status]).to.deep.equal(['http', 429]);
    expect(await count(`flaky-${key2}`)).to.equal(2);
  });

  it('does not retry a 404', async () => {
    const key = uid();
    const e = await kindOf(loadFeed(`/__news/flaky/${key}?fail=5&status=404`));
    expect(e.status).to.equal(404);
    expect(await count(`flaky-${key}`)).to.equal(1);
  });

  it('makes one request for five callers of one URL, whatever the cache headers', async () => {
    const key = uid();
    const url = `/__news/count/${key}`;
    const feeds = await Promise.all([1, 2, 3, 4, 5].map(() => loadFeed(url)));
    expect(feeds.every((f) => f === feeds[0])).to.equal(true);
    expect(await count(key)).to.equal(1);
    // Relative and absolute spellings are one feed.
    clearFeedCache();
    await Promise.all([loadFeed(url), loadFeed(new URL(url, location.href).href)]);
    expect(await count(key)).to.equal(2);
  });

  it('one caller aborting does not cancel the others; all aborting cancels the request', async () => {
    const key = uid();
    const a = new AbortController();
    const p1 = loadFeed(`/__news/count/${key}?ms=300`, {signal: a.signal});
    const p2 = loadFeed(`/__news/count/${key}?ms=300`);
    a.abort();
    expect((await kindOf(p1)).kind).to.equal('aborted');
    expect((await p2).articles).to.have.length(2);
    const b = new AbortController();
    const p3 = loadFeed(`/__news/slow?ms=2000&k=${key}`, {signal: b.signal, force: true});
    b.abort();
    expect((await kindOf(p3)).kind).to.equal('aborted');
  });

  it('serves from the cache within the TTL and refetches after it or with force', async () => {
    const key = uid();
    const url = `/__news/count/${key}?ms=1`;
    await loadFeed(url);
    await loadFeed(url);
    expect(await count(key)).to.equal(1);
    await loadFeed(url, {force: true});
    expect(await count(key)).to.equal(2);
    await loadFeed(url, {cacheTtl: 0});
    expect(await count(key)).to.equal(3);
  });

  it('never lets a rejection go unhandled', async () => {
    let unhandled = 0;
    const on = () => unhandled++;
    window.addEventListener('unhandledrejection', on);
    const a = new AbortController();
    const p = loadFeed('/__news/slow?ms=1000', {signal: a.signal});
    p.catch(() => undefined);
    a.abort();
    await new Promise((r) => setTimeout(r, 1200));
    window.removeEventListener('unhandledrejection', on);
    expect(unhandled).to.equal(0);
  });

  it('reads a WordPress date in the site zone from the /wp-json/ index, and the next page', async () => {
    // The server's posts have no date_gmt though the URL did not ask to leave it out: the
    // index is asked for after the posts arrive.
    performance.clearResourceTimings();
    const feed = await loadFeed('/__news/wp/wp-json/wp/v2/posts?_embed&page=1');
    expect(feed.articles[0].published).to.equal('2023-11-13T01:40:00.000Z');
    expect(feed.next).to.equal(
      new URL('/__news/wp/wp-json/wp/v2/posts?_embed=&page=2', location.href).href
    );
    const index = performance
      .getEntriesByType('resource')
      .filter((e) => /\/__news\/wp\/wp-json\/\?/.test(e.name));
    expect(index.map((e) => new URL(e.name).search)).to.deep.equal([
      '?_fields=timezone_string%2Cgmt_offset',
    ]);
  });

  it('asks for no WordPress site index when the posts carry date_gmt', async () => {
    performance.clearResourceTimings();
    const feed = await loadFeed('/__news/wp-pages/wp-json/wp/v2/posts?_embed');
    expect(feed.articles[0].published).to.equal('2023-11-20T11:00:00.000Z');
    const asked = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(asked).to.include('/__news/wp-pages/wp-json/wp/v2/posts');
    expect(asked).to.not.include('/__news/wp-pages/wp-json/');
  });
});

// The item cap is visible: a feed with more than 500 items is cut there, and the list's
// `news-load` event says so (`event.feed.truncated`), as does a console debug line.
import {expect} from '@open-wc/testing';
import '../src/article-list/article-list.js';
import '../src/news-source/news-source.js';
import type {NewsLoadEvent} from '../src/events/news-load.js';
import {clearFeedCache} from '../src/data/load.js';

async function load(n: number): Promise<{event: NewsLoadEvent; debug: string[]}> {
  clearFeedCache();
  const debug: string[] = [];
  const original = console.debug;
  console.debug = (...args: unknown[]) => void debug.push(args.map(String).join(' '));
  const el = document.createElement('article-list');
  el.setAttribute('limit', '5');
  el.setAttribute('src', `/__news/many?n=${n}`);
  try {
    const event = new Promise<NewsLoadEvent>((resolve) =>
      el.addEventListener('news-load', (e) => resolve(e as NewsLoadEvent), {once: true})
    );
    document.body.append(el);
    return {event: await event, debug};
  } finally {
    console.debug = original;
    el.remove();
  }
}

describe('<article-list> and the item cap', () => {
  it('marks a feed of more than 500 items truncated in news-load and says so in the console', async function () {
    this.timeout(20000);
    const {event, debug} = await load(620);
    expect(event.feed.truncated).to.equal(true);
    expect(event.feed.articles.length).to.equal(500);
    expect(event.feed.articles[499].title).to.equal('Item 500');
    expect(debug.filter((d) => d.includes('more than 500 items'))).to.have.length(1);
  });

  it('leaves a feed within the cap whole and unmarked', async function () {
    this.timeout(20000);
    const {event, debug} = await load(500);
    expect(event.feed.truncated).to.equal(undefined);
    expect(event.feed.articles.length).to.equal(500);
    expect(debug.filter((d) => d.includes('more than'))).to.deep.equal([]);
  });
});

describe('<article-list> merging <news-source> children and the item cap', () => {
  async function merged(...sources: string[]): Promise<NewsLoadEvent> {
    clearFeedCache();
    const original = console.debug;
    console.debug = () => undefined;
    const el = document.createElement('article-list');
    el.setAttribute('limit', '5');
    for (const src of sources) {
      const s = document.createElement('news-source');
      s.setAttribute('src', src);
      el.append(s);
    }
    try {
      const event = new Promise<NewsLoadEvent>((resolve) =>
        el.addEventListener('news-load', (e) => resolve(e as NewsLoadEvent), {once: true})
      );
      document.body.append(el);
      return await event;
    } finally {
      console.debug = original;
      el.remove();
    }
  }

  it('keeps `truncated` when one source was cut at the cap, and names that source', async function () {
    this.timeout(20000);
    const event = await merged('/__news/many?n=620', '/test/fixtures/lists/source-a.json');
    expect(event.feed.truncated).to.equal(true);
    expect(event.feed.truncatedSources).to.deep.equal([
      new URL('/__news/many?n=620', document.baseURI).href,
    ]);
    // Both sources are in the merged feed: 500 of the big one and the other's articles.
    expect(event.feed.articles.length).to.be.greaterThan(500);
  });

  it('leaves a merged feed unmarked when no source was cut', async function () {
    this.timeout(20000);
    const event = await merged('/__news/many?n=20', '/test/fixtures/lists/source-a.json');
    expect(event.feed.truncated).to.equal(undefined);
    expect(event.feed.truncatedSources).to.equal(undefined);
    expect(event.feed.articles.length).to.be.greaterThan(20);
  });
});

describe('feeds a server wrote into the page and the item cap', () => {
  it('joins served feeds as a load does: `truncated` kept and the cut source named', async () => {
    const {ReactiveElement} = await import('lit');
    const {FeedController} = await import('../src/controllers/feed-controller.js');
    const {feedKey} = await import('../src/data/load.js');
    clearFeedCache();
    const big = new URL('/served/big.json', document.baseURI).href;
    const small = new URL('/served/small.json', document.baseURI).href;
    const article = (u: string) => ({id: u, url: u, title: u, authors: [], tags: []});
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.newsFeeds = '';
    script.textContent = JSON.stringify([
      [feedKey(big), {feed: {articles: [article(`${big}#1`)], truncated: true}}],
      [feedKey(small), {feed: {articles: [article(`${small}#1`)]}}],
    ]);
    document.body.append(script);
    class Host extends ReactiveElement {
      data = new FeedController(this, {src: () => [big, small]});
    }
    customElements.define('served-feeds-host', Host);
    const host = document.createElement('served-feeds-host') as Host;
    try {
      // What the page holds shows at once, before any load: joined, with the cap's mark.
      const feed = host.data.feed!;
      expect(feed.articles.map((a) => a.url)).to.have.members([`${big}#1`, `${small}#1`]);
      expect(feed.truncated).to.equal(true);
      expect(feed.truncatedSources).to.deep.equal([big]);
    } finally {
      script.remove();
      clearFeedCache();
    }
  });
});

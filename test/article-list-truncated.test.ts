// The item cap is visible: a feed with more than 500 items is cut there, and the list's
// `news-load` event says so (`event.feed.truncated`), as does a console debug line.
import {expect} from '@open-wc/testing';
import '../src/article-list/article-list.js';
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

// The free-form date reader (src/data/dates/free-form.ts) loads only for a feed whose dates the
// fast paths cannot read (RFC 822 and ISO 8601 are most feeds' dates); parseFeed then reads that
// feed's items again. This file runs in a page of its own, so the reader starts out not loaded:
// the tests run in order.
import {expect} from '@open-wc/testing';
import {parseFeed} from '../../src/data/parse.js';
import {freeFormWanted} from '../../src/data/dates.js';
import type {Feed} from '../../src/data/article.js';

const FIXTURES = '/test/fixtures/feeds/';

async function load(name: string): Promise<Feed> {
  const res = await fetch(FIXTURES + name);
  expect(res.ok, name).to.equal(true);
  return parseFeed(await res.text(), {
    url: `https://example.vn/feeds/${name}`,
    contentType: res.headers.get('content-type') ?? undefined,
  });
}

/** How many times the page asked for the reader's module. */
const readerRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => /\/dates\/free-form\.(js|ts)(\?|$)/.test(new URL(e.name).pathname)).length;

const dates = (feed: Feed) => Object.fromEntries(feed.articles.map((a) => [a.title, a.published]));

describe('the free-form date reader, on demand', () => {
  it('is not downloaded for feeds whose dates are RFC 822 or ISO 8601', async () => {
    const rss = await load('seed.rss.xml');
    const atom = await load('seed.atom.xml');
    const json = await load('seed.json');
    for (const feed of [rss, atom, json]) {
      expect(feed.articles.length).to.be.greaterThan(1);
      for (const a of feed.articles) expect(a.published, a.title).to.match(/^2023-\d\d-\d\dT/);
    }
    expect(rss.articles.find((a) => /^MoLISA Deputy Minister/.test(a.title))?.published).to.equal(
      '2023-11-13T03:40:00.000Z'
    );
    expect(freeFormWanted()).to.equal(0);
    expect(readerRequests()).to.equal(0);
  });

  it('is downloaded once for feeds with other dates, two at once, and every date is read', async () => {
    const itemDates = {
      'Dated in Vietnamese': '2023-11-13T03:40:00.000Z', // in Vietnam's zone, which its words imply
      'Dated in French': '2023-11-13T09:40:00.000Z',
      'Dated as RFC 822': '2023-11-14T08:00:00.000Z',
    };
    const jsonFeed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON Feed',
      home_page_url: 'https://example.vn/',
      items: [
        {
          id: '1',
          url: 'https://example.vn/ja',
          title: 'Japanese',
          date_published: '2023年11月13日 10時40分',
        },
      ],
    };
    const [a, b, c] = await Promise.all([
      load('free-dates.rss.xml'),
      load('free-dates.rss.xml'),
      parseFeed(JSON.stringify(jsonFeed), {url: 'https://example.vn/feed.json'}),
    ]);
    expect(dates(a)).to.deep.equal(itemDates);
    expect(dates(b)).to.deep.equal(itemDates);
    // Bare 年月日 could be Japan or China, so it implies no zone: UTC.
    expect(dates(c)).to.deep.equal({Japanese: '2023-11-13T10:40:00.000Z'});
    expect(freeFormWanted()).to.be.greaterThan(0);
    expect(readerRequests()).to.equal(1);
  });

  it('once loaded, reads such dates at the first reading', async () => {
    const before = freeFormWanted();
    const feed = await load('free-dates.rss.xml');
    expect(dates(feed)['Dated in Vietnamese']).to.equal('2023-11-13T03:40:00.000Z');
    expect(freeFormWanted()).to.equal(before);
    expect(readerRequests()).to.equal(1);
  });
});

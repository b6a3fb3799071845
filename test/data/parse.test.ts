import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseFeed, isWordPressPostsUrl} from '../../src/data/parse.js';
import {FeedError} from '../../src/data/errors.js';
import type {Article, Feed} from '../../src/data/article.js';
import {splitCredit, extractSource, extractDateline} from '../../src/data/conventions.js';
import {feedDate, loadFreeForm} from '../../src/data/dates.js';

// `feedDate` is called directly here: with the free-form reader, which parseFeed loads on demand.
before(() => loadFreeForm());

const FIXTURES = '/test/fixtures/feeds/';

/** Fetches a fixture over HTTP from the test server and parses it with its URL and type. */
async function load(name: string, url = `https://molisa.example.vn/feeds/${name}`): Promise<Feed> {
  const res = await fetch(FIXTURES + name);
  expect(res.ok, name).to.equal(true);
  return parseFeed(await res.text(), {
    url,
    contentType: res.headers.get('content-type') ?? undefined,
  });
}

const core = (a: Article) => ({
  id: a.id,
  url: a.url,
  title: a.title,
  published: a.published,
  authors: a.authors.map((x) => x.name),
  topics: [a.section, ...a.tags].filter(Boolean).sort(),
});

async function rejects(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed', () => {
  it('normalizes the two seed articles in all six formats to the same Articles', async () => {
    const names = [
      'seed.json',
      'seed.rss.xml',
      'seed.atom.xml',
      'seed.wp.json',
      'seed.jsonld.json',
      'seed.inline.json',
    ];
    const results = await Promise.all(names.map((n) => load(n)));
    const expected = [
      {
        id: 'im-japan',
        url: 'https://molisa.example.vn/english-review/molisa-deputy-minister-received-president-of-im-japan',
        title: 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan',
        published: '2023-11-13T03:40:00.000Z',
        authors: ['Lan Anh'],
        topics: ['English Review', 'Vietnamese interns'],
      },
      {
        id: 'promote-cooperation',
        url: 'https://molisa.example.vn/news/promote-cooperation-training-vietnam-japan',
        title:
          'Promote cooperation in training high-quality human resources between Vietnam and Japan',
        published: '2023-11-02T02:15:00.000Z',
        authors: ['MOLISA'],
        topics: ['News', 'Vietnam – Japan'],
      },
    ];
    results.forEach((feed, i) => {
      expect(feed.articles.map(core), names[i]).to.deep.equal(expected);
    });
    // Where the format carries the body or featured media, the seed conventions come out the same
    // too (our inline JSON is explicit: it takes no image from the body).
    for (const feed of results.slice(0, 4)) {
      const second = feed.articles[1];
      expect(second.image?.caption).to.equal(
        'Đào tạo cho người lao động đi làm việc tại Nhật Bản.'
      );
      expect(second.image?.credit).to.equal('MOLISA');
    }
  });

  describe('JSON Feed', () => {
    it('discards items without id, resolves relative URLs and reads next_url', async () => {
      const feed = await load('seed.json');
      expect(feed.articles.map((a) => a.id)).to.deep.equal(['im-japan', 'promote-cooperation']);
      expect(feed.next).to.equal('https://molisa.example.vn/feeds/feed-2.json');
      expect(feed.title).to.equal('English Review');
    });
    it('takes the lead image, credit, source and dateline from the body (seed conventions)', async () => {
      const [a] = (await load('seed.json')).articles;
      expect(a.image).to.deep.include({
        url: 'https://molisa.example.vn/images/im-japan.jpg',
        caption: 'Thứ trưởng Nguyễn Bá Hoan tiếp Chủ tịch IM Japan.',
        credit: 'MOLISA',
        width: 800,
        height: 450,
      });
      expect(a.source).to.deep.equal({name: 'VNEconomy'});
      expect(a.dateline).to.equal('LĐXH');
      expect(a.summary).to.match(/^\(LĐXH\)- MoLISA Deputy Minister/);
      expect(a.summary).to.not.match(/</);
    });
  });

  describe('RSS', () => {
    it('reads content:encoded, dc:creator, categories, comments and entities', async () => {
      const [a] = (await load('seed.rss.xml')).articles;
      expect(a.title).to.equal(
        'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan'
      );
      expect(a.commentCount).to.equal(3);
      expect(a.commentsUrl).to.match(/#comments$/);
      expect(a.contentHtml).to.contain('<figure>');
    });
    it('reads RFC 822 dates with named zones, missing seconds and two-digit years', () => {
      expect(feedDate('Mon, 13 Nov 2023 10:40 +0700')).to.equal('2023-11-13T03:40:00.000Z');
      expect(feedDate('Mon, 13 Nov 23 03:40:00 GMT')).to.equal('2023-11-13T03:40:00.000Z');
      expect(feedDate('13 Nov 2023 00:00:00 EST')).to.equal('2023-11-13T05:00:00.000Z');
      expect(feedDate('Sun, 12 Nov 2023 20:40:00 PDT')).to.equal('2023-11-13T03:40:00.000Z');
      expect(feedDate('Mon, 32 Nov 2023 10:40 +0700')).to.equal(undefined);
      expect(feedDate('yesterday')).to.equal(undefined);
    });
  });

  describe('RSS modules and RDF', () => {
    it('reads media:content with its description and credit, source and dc:date', async () => {
      const [a] = (await load('media.rss.xml')).articles;
      expect(a.image).to.deep.equal({
        url: 'https://molisa.example.vn/images/dao-tao.jpg',
        caption: 'Đào tạo cho người lao động đi làm việc tại Nhật Bản.',
        credit: 'MOLISA',
        width: 1200,
        height: 675,
      });
      expect(a.summary).to.equal('Hợp tác đào tạo & việc làm.');
      expect(a.source).to.deep.equal({name: 'VNEconomy', url: 'https://vneconomy.example.vn/rss'});
      expect(a.published).to.equal('2023-11-02T02:15:00.000Z');
      expect(a.language).to.equal('vi');
      expect(a.url).to.equal('https://molisa.example.vn/tin-tuc/dao-tao');
    });
    it('reads RSS 1.0 (RDF) items', async () => {
      const [a] = (await load('seed.rdf.xml')).articles;
      expect(core(a)).to.deep.include({
        title: 'Over 51 million workers employed in the first 9 months',
        published: '2024-10-08T01:00:00.000Z',
        authors: ['LĐXH'],
      });
    });
  });

  describe('Atom', () => {
    it('reads xhtml titles as text, text summaries literally, entry xml:base and xml:lang, enclosures', async () => {
      const [a] = (await load('xhtml.atom.xml')).articles;
      expect(a.title).to.equal('Vietnam – Greece soon sign labour agreement');
      expect(a.summary).to.equal('<b> is text here');
      expect(a.url).to.equal('https://molisa.example.vn/en/greece');
      expect(a.image!.url).to.equal('https://molisa.example.vn/en/greece.jpg');
      expect(a.language).to.equal('en');
      expect(a.published).to.equal(undefined);
      expect(a.updated).to.equal('2024-09-12T01:00:00.000Z');
    });
    it('applies xml:base, xml:lang, category labels and rel=next', async () => {
      const feed = await load('seed.atom.xml');
      expect(feed.next).to.equal('https://molisa.example.vn/atom-2.xml');
      expect(feed.url).to.equal('https://molisa.example.vn/english-review');
      expect(feed.articles[0].language).to.equal('en');
      expect(feed.articles[0].section).to.equal('English Review');
    });
  });

  describe('WordPress REST', () => {
    it('decodes entities in title.rendered and reads wp:term and the author', async () => {
      const [a] = (
        await load('seed.wp.json', 'https://molisa.example.vn/wp-json/wp/v2/posts?_embed')
      ).articles;
      expect(a.title).to.equal(
        'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan'
      );
      expect(a.commentsUrl).to.equal(undefined);
    });
    it('reads date_gmt, else date in the site time zone, else date as a wall time', async () => {
      const text = await (await fetch(FIXTURES + 'seed.wp.json')).text();
      const posts = JSON.parse(text);
      // The instant WordPress stored wins over the site's zone today (it changed since: +08).
      posts[0].date = '2023-11-13T11:40:00';
      const stored = await parseFeed(posts, {wpSite: {timezoneString: 'Asia/Ho_Chi_Minh'}});
      expect(stored.articles[0].published).to.equal('2023-11-13T03:40:00.000Z');
      posts[0].date = '2023-11-13T10:40:00';
      posts[0].date_gmt = undefined;
      const tz = await parseFeed(posts, {wpSite: {timezoneString: 'Asia/Ho_Chi_Minh'}});
      expect(tz.articles[0].published).to.equal('2023-11-13T03:40:00.000Z');
      const off = await parseFeed(posts, {wpSite: {gmtOffset: 9}});
      expect(off.articles[0].published).to.equal('2023-11-13T01:40:00.000Z');
      // No site known: the site's wall time, read in the element's time-zone when it shows.
      const wall = await parseFeed(posts, {});
      expect(wall.articles[0].published).to.equal('2023-11-13T10:40:00');
      posts[0].date_gmt = null;
      expect((await parseFeed(posts, {})).articles[0].published).to.equal('2023-11-13T10:40:00');
    });
    it('reads a comment without date_gmt (the embed context) as the wall time it is', async () => {
      const url = 'https://molisa.example.vn/wp-json/wp/v2/comments?post=8&context=embed';
      const comment = {
        id: 3,
        post: 8,
        author_name: 'Lan',
        content: {rendered: '<p>Thank you.</p>'},
        date: '2023-11-13T10:40:00',
      };
      const feed = await parseFeed(JSON.stringify([comment]), {url});
      expect(feed.comments?.[0].published).to.equal('2023-11-13T10:40:00');
      const stored = {...comment, date_gmt: '2023-11-13T03:40:00'};
      const withGmt = await parseFeed(JSON.stringify([stored]), {url});
      expect(withGmt.comments?.[0].published).to.equal('2023-11-13T03:40:00.000Z');
    });
    it('finds the next page from X-WP-TotalPages', async () => {
      const url = 'https://molisa.example.vn/wp-json/wp/v2/posts?_embed&page=1';
      const feed = await parseFeed('[]', {url, headers: new Headers({'X-WP-TotalPages': '3'})});
      expect(feed.next).to.equal('https://molisa.example.vn/wp-json/wp/v2/posts?_embed=&page=2');
      expect(isWordPressPostsUrl(url)).to.equal(true);
    });
  });

  describe('schema.org JSON-LD', () => {
    it('reads NewsArticle from @graph and from a web page', async () => {
      const ld = await (await fetch(FIXTURES + 'seed.jsonld.json')).text();
      const page = `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body>x</body></html>`;
      const feed = await parseFeed(page, {
        url: 'https://molisa.example.vn/a',
        contentType: 'text/html',
      });
      expect(feed.articles[0].title).to.equal(
        'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan'
      );
    });
  });

  it('reads a schema.org ItemList', async () => {
    const feed = await load('itemlist.jsonld.json');
    expect(feed.articles.map((a) => [a.title, a.url])).to.deep.equal([
      [
        'Vietnam wins bronze medal at 47th WorldSkills Competition',
        'https://molisa.example.vn/worldskills',
      ],
      [
        'Vietnam - Greece soon sign labour cooperation agreement',
        'https://molisa.example.vn/greece',
      ],
    ]);
    expect(feed.articles[0].image).to.deep.equal({
      url: 'https://molisa.example.vn/worldskills.jpg',
      width: 800,
      height: 450,
    });
  });

  describe('any JSON', () => {
    it('reads items through items-path and a field map', async () => {
      const json = {
        data: {
          posts: [{headline: 'H', permalink: 'https://x.example/a', when: '2023-11-13T03:40:00Z'}],
        },
      };
      const feed = await parseFeed(json, {
        itemsPath: 'data.posts',
        fieldMap: {title: 'headline', url: 'permalink', published: 'when'},
      });
      expect(core(feed.articles[0])).to.deep.include({
        title: 'H',
        url: 'https://x.example/a',
        published: '2023-11-13T03:40:00.000Z',
      });
    });
  });

  describe('errors', () => {
    it('throws FeedError parse for invalid JSON and XML', async () => {
      expect((await rejects(parseFeed('{"items": [', {}))).kind).to.equal('parse');
      expect((await rejects(parseFeed('<rss><channel></rss>', {}))).kind).to.equal('parse');
    });
    it('throws FeedError unsupported for other XML and plain text', async () => {
      expect((await rejects(parseFeed('<svg xmlns="http://www.w3.org/2000/svg"/>'))).kind).to.equal(
        'unsupported'
      );
      expect((await rejects(parseFeed('hello'))).kind).to.equal('unsupported');
      expect((await rejects(parseFeed({foo: 1}))).kind).to.equal('unsupported');
    });
    it('throws FeedError too-large past the cap', async () => {
      expect((await rejects(parseFeed('x'.repeat(2000), {maxBytes: 1000}))).kind).to.equal(
        'too-large'
      );
    });
    it('refuses entity declarations (no expansion bomb)', async () => {
      const bomb =
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
      expect((await rejects(parseFeed(bomb))).kind).to.equal('parse');
    });
    it('does not hang on deep nesting or a 4 MB single line', async () => {
      expect((await rejects(parseFeed('['.repeat(100000) + ']'.repeat(100000)))).kind).to.equal(
        'parse'
      );
      const line = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{id: '1', title: 'x'.repeat(4_000_000)}],
      });
      const feed = await parseFeed(line);
      expect(feed.articles[0].title.length).to.equal(4_000_000);
    });
  });

  describe('properties', () => {
    const feedish = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .constantFrom(
          '<rss><channel><item><title>a</title><link>javascript:alert(1)</link></item></channel></rss>',
          '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;b&gt;x&lt;/b&gt;</title></entry></feed>'
        )
        .chain((s) => fc.nat(s.length).map((n) => s.slice(0, n) + s.slice(n + 1)))
    );
    it('throws nothing but FeedError on random and mutated input', async () => {
      await fc.assert(
        fc.asyncProperty(feedish, async (input) => {
          try {
            await parseFeed(input);
          } catch (e) {
            if (!(e instanceof FeedError)) throw e;
          }
        }),
        {numRuns: 200}
      );
    });
    it('every output URL is http(s) and no text field carries a tag from the input', async function () {
      // 100 generated feeds take 6-9 s on the shared 2-core machine under load.
      this.timeout(30000);
      const item = fc.record({
        id: fc.string({minLength: 1}),
        url: fc.oneof(
          fc.webUrl(),
          fc.constantFrom(
            'javascript:alert(1)',
            'data:text/html,x',
            '//evil.example/x',
            'vbscript:x'
          )
        ),
        title: fc.oneof(fc.string(), fc.constant('<img src=x onerror=alert(1)>Hi <b>there</b>')),
        summary: fc.constant('<script>alert(1)</script><p>Sum</p>'),
        image: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)')),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(item, {maxLength: 5}), async (items) => {
          const feed = await parseFeed(
            JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items}),
            {url: 'https://feeds.example/feed.json'}
          );
          for (const a of feed.articles) {
            for (const u of [a.url, a.image?.url]) if (u) expect(u).to.match(/^https?:\/\//);
            for (const t of [a.title, a.summary ?? ''])
              expect(t).to.not.match(/<(img|b|script|p)\b/i);
          }
        }),
        {numRuns: 100}
      );
    });
  });
});

describe('seed conventions', () => {
  it('splits a caption from its credit', () => {
    expect(
      splitCredit('Đào tạo cho người lao động đi làm việc tại Nhật Bản. Ảnh - MOLISA.')
    ).to.deep.equal({
      caption: 'Đào tạo cho người lao động đi làm việc tại Nhật Bản.',
      credit: 'MOLISA',
    });
    expect(splitCredit('Training for workers to work in Japan. Photo – MOLISA.')).to.deep.equal({
      caption: 'Training for workers to work in Japan.',
      credit: 'MOLISA',
    });
    expect(splitCredit('Lễ ký kết (Nguồn: VnExpress)')).to.deep.equal({
      caption: 'Lễ ký kết',
      credit: 'VnExpress',
    });
    expect(splitCredit('A caption without credit.')).to.deep.equal({
      caption: 'A caption without credit.',
    });
  });
  it('reads the source line and the dateline', () => {
    expect(extractSource('… engineers. (According to VNEconomy)')).to.deep.equal({
      name: 'VNEconomy',
    });
    expect(extractSource('… (Theo VNEconomy)')).to.deep.equal({name: 'VNEconomy'});
    expect(extractDateline('(LĐXH)- MoLISA Deputy Minister')).to.equal('LĐXH');
    expect(extractDateline('No dateline (here)- no')).to.equal(undefined);
  });
});

import {expect} from '@open-wc/testing';
import {normalizeArticles, normalizeFeed} from '../../src/data/formats/inline.js';

function captureWarnings<T>(fn: () => T): [T, string[]] {
  const warn = console.warn;
  const out: string[] = [];
  console.warn = (...a: unknown[]) => out.push(a.join(' '));
  try {
    return [fn(), out];
  } finally {
    console.warn = warn;
  }
}

describe('normalizeArticles', () => {
  it('accepts an array, one article, or a feed', () => {
    const a = {title: 'A', url: 'https://example.vn/a'};
    expect(normalizeArticles([a])).to.have.length(1);
    expect(normalizeArticles(a)).to.have.length(1);
    expect(normalizeArticles({title: 'Feed', articles: [a, a]})).to.have.length(2);
  });

  it('fills defaults: id from the URL, empty authors and tags', () => {
    const [a] = normalizeArticles({title: 'A', url: 'https://example.vn/a'});
    expect(a).to.deep.equal({
      id: 'https://example.vn/a',
      url: 'https://example.vn/a',
      title: 'A',
      authors: [],
      tags: [],
    });
  });

  it('drops a field of the wrong type with one warning naming it', () => {
    const [[a], warnings] = captureWarnings(() =>
      normalizeArticles({title: 'A', summary: 42n as unknown, tags: 'x', commentCount: 'many'})
    );
    expect(a.title).to.equal('A');
    expect(a.summary).to.equal(undefined);
    expect(a.tags).to.deep.equal([]);
    expect(a.commentCount).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('articles[0].summary')
      .and.contain('articles[0].tags')
      .and.contain('articles[0].commentCount');
  });

  it('skips an item with neither title nor url', () => {
    const [list] = captureWarnings(() => normalizeArticles([{summary: 'x'}, {title: 'kept'}]));
    expect(list.map((a) => a.title)).to.deep.equal(['kept']);
  });

  it('keeps only absolute http(s) URLs', () => {
    const [[a]] = captureWarnings(() =>
      normalizeArticles({
        title: 'A',
        url: '/relative',
        image: {url: 'ftp://x/y.png'},
        authors: [{name: 'N', url: 'javascript:void 0'}],
        commentsUrl: 'https://example.vn/a#comments',
      })
    );
    expect(a.url).to.equal(undefined);
    expect(a.image).to.equal(undefined);
    expect(a.authors).to.deep.equal([{name: 'N'}]);
    expect(a.commentsUrl).to.equal('https://example.vn/a#comments');
  });

  it('resolves relative URLs against a base when given', () => {
    const [a] = normalizeArticles({title: 'A', url: '/news/a'}, 'https://example.vn/feed.json');
    expect(a.url).to.equal('https://example.vn/news/a');
  });

  it('normalises dates to ISO and drops invalid ones', () => {
    const [[a]] = captureWarnings(() =>
      normalizeArticles({title: 'A', published: '2023-11-13T10:40:00+07:00', updated: 'yesterday'})
    );
    expect(a.published).to.equal('2023-11-13T03:40:00.000Z');
    expect(a.updated).to.equal(undefined);
  });

  it('never throws on any JSON value', () => {
    const values: unknown[] = [
      null,
      undefined,
      0,
      1.5,
      NaN,
      '',
      'x',
      true,
      [],
      {},
      [null, 1, 'a', [], {}],
      {articles: null},
      {articles: [{title: {}}]},
      {image: [], title: 't'},
      {title: 't', authors: [1, null, {name: 3}]},
    ];
    for (const v of values) {
      captureWarnings(() => {
        expect(() => normalizeArticles(v)).to.not.throw();
        expect(() => normalizeFeed(v)).to.not.throw();
      });
    }
  });

  it('keeps feed-level fields', () => {
    const f = normalizeFeed({
      title: 'News',
      language: 'vi-vn',
      next: 'https://example.vn/p2',
      articles: [{title: 'A'}],
    });
    expect(f.title).to.equal('News');
    expect(f.language).to.equal('vi-VN');
    expect(f.next).to.equal('https://example.vn/p2');
    expect(f.articles).to.have.length(1);
  });
});

import {expect} from '@open-wc/testing';
import {
  canonicalUrl,
  dedupeArticles,
  filterArticles,
  mergeArticles,
  sortArticles,
} from '../../src/data/merge.js';
import {make} from '../helpers/articles.js';

const a = (id: string, published?: string, over = {}) =>
  make({id, url: `https://example.vn/${id}`, title: id.toUpperCase(), published, ...over});
const ids = (xs: {id: string}[]) => xs.map((x) => x.id);

describe('data/merge', () => {
  describe('canonicalUrl', () => {
    const same: [string, string][] = [
      ['https://example.vn/a?utm_source=x&utm_medium=y', 'https://example.vn/a'],
      ['https://example.vn/a?fbclid=1&gclid=2&msclkid=3', 'https://example.vn/a'],
      ['https://example.vn/a#comments', 'https://example.vn/a'],
      ['https://example.vn/a/', 'https://example.vn/a'],
      ['https://www.example.vn/a', 'https://example.vn/a'],
      ['http://EXAMPLE.vn/a', 'https://example.vn/a'],
      ['https://example.vn/a?b=2&a=1', 'https://example.vn/a?a=1&b=2'],
      ['https://example.vn:443/a', 'https://example.vn/a'],
    ];
    for (const [x, y] of same)
      it(`treats ${x} as ${y}`, () => expect(canonicalUrl(x)).to.equal(canonicalUrl(y)));
    const different: [string, string][] = [
      ['https://example.vn/a?id=1', 'https://example.vn/a?id=2'],
      ['https://example.vn/a', 'https://example.vn/A'],
      ['https://example.vn/a', 'https://example.com/a'],
      ['https://news.example.vn/a', 'https://example.vn/a'],
    ];
    for (const [x, y] of different)
      it(`tells ${x} from ${y}`, () => expect(canonicalUrl(x)).to.not.equal(canonicalUrl(y)));
    it('keeps the root path', () =>
      expect(canonicalUrl('https://example.vn/')).to.equal('example.vn/'));
    it('returns text that is not a URL trimmed', () => expect(canonicalUrl(' x ')).to.equal('x'));
  });

  describe('sortArticles', () => {
    const list = [
      a('b', '2023-11-10T00:00:00Z'),
      a('u'),
      a('c', '2023-11-12T00:00:00+07:00'),
      a('a', '2023-11-11T00:00:00Z'),
    ];
    it('sorts newest first by default, undated last', () =>
      expect(ids(sortArticles(list))).to.deep.equal(['c', 'a', 'b', 'u']));
    it('sorts oldest first', () =>
      expect(ids(sortArticles(list, 'oldest'))).to.deep.equal(['b', 'a', 'c', 'u']));
    it('sorts by title', () =>
      expect(ids(sortArticles(list, 'title'))).to.deep.equal(['a', 'b', 'c', 'u']));
    it('keeps the order with none, and does not mutate', () => {
      expect(ids(sortArticles(list, 'none'))).to.deep.equal(['b', 'u', 'c', 'a']);
      expect(ids(list)).to.deep.equal(['b', 'u', 'c', 'a']);
    });
    it('uses updated when published is absent', () =>
      expect(
        ids(
          sortArticles([
            a('x', '2020-01-01T00:00:00Z'),
            a('y', undefined, {updated: '2021-01-01T00:00:00Z'}),
          ])
        )
      ).to.deep.equal(['y', 'x']));
  });

  describe('mergeArticles', () => {
    it('merges feeds newest first and keeps one copy per canonical URL (the newer)', () => {
      const one = [a('x', '2023-11-10T00:00:00Z'), a('y', '2023-11-12T00:00:00Z')];
      const two = [
        make({
          id: 'x2',
          url: 'https://www.example.vn/x/?utm_source=rss#top',
          title: 'X again',
          published: '2023-11-11T00:00:00Z',
        }),
        a('z', '2023-11-13T00:00:00Z'),
      ];
      expect(ids(mergeArticles([one, two]))).to.deep.equal(['z', 'y', 'x2']);
    });
    it('de-duplicates articles without URL by id', () => {
      const n = (id: string) => make({id, url: undefined});
      expect(ids(dedupeArticles([n('p'), n('q'), n('p')]))).to.deep.equal(['p', 'q']);
    });
  });

  describe('filterArticles', () => {
    const list = [
      a('one', undefined, {tags: ['Labour', 'Japan'], section: 'English Review', language: 'en'}),
      a('two', undefined, {tags: ['Vietnamese interns'], section: 'Xã hội', language: 'vi'}),
      a('three', undefined, {tags: [], section: 'english review', language: 'en-GB'}),
    ];
    it('keeps articles with any of the tags, case-insensitive', () =>
      expect(ids(filterArticles(list, {tags: ['japan', 'vietnamese INTERNS']}))).to.deep.equal([
        'one',
        'two',
      ]));
    it('filters by section, case-insensitive', () =>
      expect(ids(filterArticles(list, {section: 'English Review'}))).to.deep.equal([
        'one',
        'three',
      ]));
    it('filters by language subtag', () =>
      expect(ids(filterArticles(list, {lang: 'en'}))).to.deep.equal(['one', 'three']));
    it('excludes a URL by canonical comparison', () =>
      expect(
        ids(filterArticles(list, {exclude: ['https://www.example.vn/two/?utm_campaign=z']}))
      ).to.deep.equal(['one', 'three']));
    it('combines filters', () =>
      expect(ids(filterArticles(list, {lang: 'en', tags: ['labour']}))).to.deep.equal(['one']));
    it('keeps all with no filter', () => expect(filterArticles(list, {})).to.have.length(3));
  });
});

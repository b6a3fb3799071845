import {expect} from '@open-wc/testing';
import {relatedArticles, relatedScore} from '../../src/data/related.js';
import {make} from '../helpers/articles.js';

const a = (id: string, tags: string[], section?: string, published?: string) =>
  make({id, url: `https://example.vn/${id}`, title: id, tags, section, published});
const ids = (xs: {id: string}[]) => xs.map((x) => x.id);

describe('data/related', () => {
  const current = a('cur', ['Japan', 'Labour'], 'English Review', '2023-11-13T00:00:00Z');
  const pool = [
    a('cur-copy', ['Japan'], 'English Review'),
    a('two-tags', ['japan', 'LABOUR'], 'Other', '2023-01-01T00:00:00Z'),
    a('tag-section', ['Japan'], 'English Review', '2023-02-01T00:00:00Z'),
    a('tag-only-new', ['Labour'], 'Other', '2023-10-01T00:00:00Z'),
    a('tag-only-old', ['Labour'], 'Other', '2023-09-01T00:00:00Z'),
    a('section-only', [], 'English Review', '2023-12-01T00:00:00Z'),
    a('nothing-new', [], 'Sport', '2024-01-01T00:00:00Z'),
    a('nothing-undated', [], 'Sport'),
  ];
  pool[0] = {...pool[0], url: 'https://www.example.vn/cur/?utm_source=x#top'};

  const table: [string, number][] = [
    ['two-tags', 6],
    ['tag-section', 5],
    ['tag-only-new', 3],
    ['section-only', 2],
    ['nothing-new', 0],
  ];
  for (const [id, score] of table)
    it(`scores ${id} ${score}`, () =>
      expect(
        relatedScore(
          current,
          pool.find((x) => x.id === id)!
        )
      ).to.equal(score));

  it('ranks by score, then recency, and excludes the current article by canonical URL', () =>
    expect(ids(relatedArticles(current, pool, {limit: 10}))).to.deep.equal([
      'two-tags',
      'tag-section',
      'tag-only-new',
      'tag-only-old',
      'section-only',
      'nothing-new',
      'nothing-undated',
    ]));

  it('limits to 5 by default', () => expect(relatedArticles(current, pool)).to.have.length(5));

  it('drops duplicates and unrelated items when asked', () => {
    const dup = {...pool[1], id: 'dup', url: 'https://example.vn/two-tags/'};
    expect(
      ids(relatedArticles(current, [...pool, dup], {limit: 10, onlyRelated: true}))
    ).to.deep.equal(['two-tags', 'tag-section', 'tag-only-new', 'tag-only-old', 'section-only']);
  });

  it('is deterministic whatever the input order', () => {
    const ties = [a('b', ['Japan'], 'X'), a('a', ['Japan'], 'X'), a('c', ['Japan'], 'X')];
    const one = ids(relatedArticles(current, ties));
    expect(one).to.deep.equal(['a', 'b', 'c']);
    expect(ids(relatedArticles(current, [...ties].reverse()))).to.deep.equal(one);
  });

  it('excludes the current article by id when it has no URL', () => {
    const cur = {id: 'x', tags: ['Japan']};
    expect(
      ids(relatedArticles(cur, [make({id: 'x', url: undefined}), a('y', ['Japan'])]))
    ).to.deep.equal(['y']);
  });
});

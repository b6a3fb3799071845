// safeUrl resolves against a base that may itself be relative to the page; the base is
// remembered between calls (one feed, one base), which must never give a stale answer.
import {expect} from '@open-wc/testing';
import {safeUrl} from '../../src/data/sanitize.js';

describe('safeUrl', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('resolves against an absolute base, for each base in turn', () => {
    expect(safeUrl('a/b', 'https://one.example/x/feed')).to.equal('https://one.example/x/a/b');
    expect(safeUrl('c', 'https://one.example/x/feed')).to.equal('https://one.example/x/c');
    expect(safeUrl('c', 'https://two.example/y/')).to.equal('https://two.example/y/c');
    expect(safeUrl('c', 'https://one.example/x/feed')).to.equal('https://one.example/x/c');
  });

  it('resolves a relative base against the page address of the moment', () => {
    history.replaceState(null, '', '/first/page.html');
    expect(safeUrl('item', 'feeds/')).to.equal(`${location.origin}/first/feeds/item`);
    history.replaceState(null, '', '/second/page.html');
    expect(safeUrl('item', 'feeds/')).to.equal(`${location.origin}/second/feeds/item`);
  });

  it('keeps only http(s), and a base that does not parse leaves absolute URLs only', () => {
    expect(safeUrl('javascript:alert(1)', 'https://one.example/')).to.equal(undefined);
    expect(safeUrl('/x', 'http://[bad')).to.equal(undefined);
    expect(safeUrl('https://ok.example/x', 'http://[bad')).to.equal('https://ok.example/x');
    expect(safeUrl('/x', 'http://[bad')).to.equal(undefined);
  });
});

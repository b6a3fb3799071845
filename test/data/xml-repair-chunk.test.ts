// The XML repair (formats/xml-repair.ts) is loaded only when a feed is not well-formed: a
// well-formed feed pays neither its bytes nor its time. Its own page (file), so no other test
// has loaded the module first.
import {expect} from '@open-wc/testing';
import {parseFeed} from '../../src/data/parse.js';

const repairLoaded = () =>
  performance
    .getEntriesByType('resource')
    .some((e) => e.name.includes('/src/data/formats/xml-repair'));

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>${title}</title><link>https://example.com/a</link></item></channel></rss>`;

describe('XML repair, loaded on demand', () => {
  it('is not loaded for a well-formed feed, and is for one that needs it', async () => {
    const good = await parseFeed(rss('Fine'));
    expect(good.articles[0].title).to.equal('Fine');
    expect(repairLoaded()).to.equal(false);
    // An HTML entity XML does not know, and a blank line before the declaration.
    const bad = await parseFeed(`\n${rss('Caf&eacute; &amp; more')}`);
    expect(bad.articles[0].title).to.equal('Café & more');
    expect(repairLoaded()).to.equal(true);
  });
});

// Feeds as the world serves them: sloppy XML repaired, every spec-valid item kept, and the
// Atom and RSS details real feeds use.
import {expect} from '@open-wc/testing';
import {parseFeed} from '../../src/data/parse.js';
import {clearFeedCache, loadFeed} from '../../src/data/load.js';
import {FeedError} from '../../src/data/errors.js';

async function kind(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    return (e as FeedError).kind;
  }
  throw new Error('expected a FeedError');
}

const rss = (items: string, ns = '') =>
  `<?xml version="1.0"?><rss version="2.0"${ns}><channel><title>T</title>${items}</channel></rss>`;

describe('recover, then parse', () => {
  it('reads a feed with blank lines, a BOM or a stray line of output before <?xml', async () => {
    const body = rss('<item><title>One</title><link>https://example.org/1</link></item>');
    for (const text of [
      `\n\n  ${body}`,
      `\uFEFF\n${body}`,
      `Warning: headers sent in x.php\n${body}`,
    ]) {
      const feed = await parseFeed(text, {contentType: 'application/rss+xml'});
      expect(feed.articles.map((a) => a.title)).to.deep.equal(['One']);
    }
  });

  it('reads HTML named entities and a bare & as text, and leaves unknown names as text', async () => {
    const feed = await parseFeed(
      rss(
        '<item><title>Caf&eacute; &amp; cr&egrave;me&nbsp;&mdash; wait&hellip; Q&A &AElig;</title>' +
          '<description>Tom & Jerry &notaname; &notit; &frac12; &#0; &#x1F600;</description></item>'
      )
    );
    const a = feed.articles[0];
    // (No-break spaces fold like any space in a headline.)
    expect(a.title).to.equal('Café & crème — wait… Q&A Æ');
    // An RSS description is HTML: what is not an entity in XML is read as the HTML parser reads
    // it (`&not` is a legacy HTML entity); a reference to a character XML forbids is U+FFFD.
    expect(a.summary).to.equal('Tom & Jerry ¬aname; ¬it; ½ \uFFFD 😀');
  });

  it('does not touch CDATA, closes a truncated feed and declares prefixes a feed forgot', async () => {
    const feed = await parseFeed(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T&nbsp;</title>' +
        '<item><title>A</title><content:encoded><![CDATA[<p>a &nbsp;b & c &#0;</p>]]></content:encoded></item>' +
        '<item><title>Cut off</title><link>https://example.org/2</link>'
    );
    expect(feed.articles.map((a) => a.title)).to.deep.equal(['A', 'Cut off']);
    expect(feed.articles[0].contentHtml).to.equal('<p>a &nbsp;b & c &#0;</p>');
    expect(feed.articles[1].url).to.equal('https://example.org/2');
  });

  it('still refuses XML that no repair makes well-formed, and every entity declaration', async () => {
    expect(await kind(parseFeed('<rss><channel><title>x</channel></rss>'))).to.equal('parse');
    expect(await kind(parseFeed('<rss><channel><item><title>a</item></channel></rss>'))).to.equal(
      'parse'
    );
    const bomb =
      '\n\n<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b; &nbsp;</title></channel></rss>';
    expect(await kind(parseFeed(bomb))).to.equal('parse');
  });

  it('reads RSS and Atom served as text/html; a web page is still a web page', async () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>E</title></entry></feed>';
    expect((await parseFeed(atom, {contentType: 'text/html'})).articles[0].title).to.equal('E');
    clearFeedCache();
    const served = await loadFeed('/__news/charset/windows-1252?type=text/html');
    expect(served.articles[0].title).to.equal('Crème brûlée – “quoted” for €5');
    expect(
      await kind(parseFeed('<!doctype html><title>x</title><p>page', {contentType: 'text/html'}))
    ).to.equal('unsupported');
  });
});

describe('every item a spec calls valid is kept', () => {
  const long =
    'Just shipped a new version of the app with a redesigned timeline, faster sync, and a long list of small fixes people asked for over the summer.';

  it('heads a title-less item with the start of its text, cut at a word boundary', async () => {
    const feed = await parseFeed(
      rss(
        `<item><description>${long}</description><link>https://example.org/1</link></item>` +
          '<item><description>Short &lt;b&gt;note&lt;/b&gt;.</description></item>' +
          '<item><link>https://example.org/nothing</link></item>' +
          '<item><title>Titled</title></item>'
      )
    );
    expect(feed.articles).to.have.length(3);
    const [a, b, c] = feed.articles;
    expect(a.titleFromText).to.equal(true);
    expect(a.title.endsWith('…')).to.equal(true);
    expect(a.title.length).to.be.at.most(121);
    expect(long.startsWith(a.title.slice(0, -1))).to.equal(true);
    expect(long[a.title.length - 1]).to.match(/[\s,]/); // cut between words
    expect(a.summary).to.equal(long);
    expect(b.title).to.equal('Short note.');
    expect(b.url).to.equal(undefined);
    expect(c.title).to.equal('Titled');
    expect(c.titleFromText).to.equal(undefined);
    // No headline is ever a raw URL.
    expect(feed.articles.some((x) => /^https?:/.test(x.title))).to.equal(false);
  });

  it('keeps title-less JSON Feed items and Atom entries, cuts unspaced scripts too', async () => {
    const json = await parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {id: '1', content_text: long},
        {id: '2', content_html: '<p>越南劳动荣军与社会部'.padEnd(200, '部') + '</p>'},
        {id: '3', url: 'https://example.org/empty'},
      ],
    });
    expect(json.articles.map((a) => a.id)).to.deep.equal(['1', '2']);
    expect(json.articles[1].title).to.have.length(121);
    const atom = await parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><summary>Only a summary</summary></entry></feed>'
    );
    expect(atom.articles[0].title).to.equal('Only a summary');
  });
});

describe('Atom details', () => {
  const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));

  it('decodes base64 titles, summaries and content', async () => {
    const feed = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="base64">${b64('Tiếng Việt')}</title>` +
        `<summary type="base64">${b64('<b>Bold</b> summary')}</summary>` +
        `<content type="text/html" mode="base64">${b64('<p>Body</p>')}</content></entry></feed>`
    );
    const a = feed.articles[0];
    expect([a.title, a.summary, a.contentHtml]).to.deep.equal([
      'Tiếng Việt',
      'Bold summary',
      '<p>Body</p>',
    ]);
  });

  it("reads an entry's <source>, authors given only by uri, and a lone <entry> document", async () => {
    const feed = await parseFeed(
      '<entry xmlns="http://www.w3.org/2005/Atom"><id>1</id><title>Copied</title>' +
        '<author><uri>https://people.example.org/jane/</uri></author>' +
        '<author><email>hidden@example.org</email></author>' +
        '<source><id>s</id><title>Origin Blog</title><link rel="alternate" href="https://origin.example.org/"/></source>' +
        '</entry>',
      {url: 'https://feeds.example/entry.xml'}
    );
    const a = feed.articles[0];
    expect(a.title).to.equal('Copied');
    expect(a.source).to.deep.equal({name: 'Origin Blog', url: 'https://origin.example.org/'});
    expect(a.authors).to.deep.equal([
      {name: 'people.example.org/jane', url: 'https://people.example.org/jane/'},
    ]);
  });
});

describe('RSS details', () => {
  it('shows the name of an <author> e-mail, never the address', async () => {
    const feed = await parseFeed(
      rss(
        '<item><title>1</title><author>me@example.com (Example editor)</author></item>' +
          '<item><title>2</title><author>editor@example.com</author></item>' +
          '<item><title>3</title><dc:creator>Jane Doe &lt;jane@example.com&gt;</dc:creator></item>',
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
      )
    );
    expect(feed.articles.map((a) => a.authors.map((x) => x.name))).to.deep.equal([
      ['Example editor'],
      [],
      ['Jane Doe'],
    ]);
    expect(JSON.stringify(feed)).to.not.contain('@example.com');
  });

  it('reads dcterms:issued and dcterms:modified', async () => {
    const feed = await parseFeed(
      rss(
        '<item><title>1</title><dcterms:issued>2023-11-13T10:40:00+07:00</dcterms:issued>' +
          '<dcterms:modified>2023-11-14T08:00:00Z</dcterms:modified></item>',
        ' xmlns:dcterms="http://purl.org/dc/terms/"'
      )
    );
    expect(feed.articles[0].published).to.equal('2023-11-13T03:40:00.000Z');
    expect(feed.articles[0].updated).to.equal('2023-11-14T08:00:00.000Z');
  });

  it("lets the item's own <title> win over media:title, wherever it comes", async () => {
    const feed = await parseFeed(
      rss(
        '<item><media:title>Image title</media:title><title>Item title</title></item>',
        ' xmlns:media="http://search.yahoo.com/mrss/"'
      )
    );
    expect(feed.articles[0].title).to.equal('Item title');
  });
});

describe('the item cap', () => {
  const many = (n: number) => ({
    version: 'https://jsonfeed.org/version/1.1',
    items: Array.from({length: n}, (_, i) => ({id: String(i), title: `Item ${i}`})),
  });

  it('cuts a feed past the cap, marks it truncated and says so in the console', async () => {
    const debug = console.debug;
    const said: unknown[][] = [];
    console.debug = (...args: unknown[]) => void said.push(args);
    try {
      const feed = await parseFeed(many(501));
      expect(feed.articles).to.have.length(500);
      expect(feed.truncated).to.equal(true);
      expect(String(said[0]?.[0])).to.contain('more than 500 items');
      const small = await parseFeed(many(500));
      expect(small.articles).to.have.length(500);
      expect(small.truncated).to.equal(undefined);
      const rss = await parseFeed(
        `<rss version="2.0"><channel>${'<item><title>x</title></item>'.repeat(4)}</channel></rss>`,
        {maxItems: 3}
      );
      expect([rss.articles.length, rss.truncated]).to.deep.equal([3, true]);
    } finally {
      console.debug = debug;
    }
  });
});

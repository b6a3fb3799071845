// The dateline and source line read from simple markup's tree without a parse
// (`simpleHtmlRead` + `treeConventions`) against the DOM path (`inertFragment` +
// `bodyConventions`): whenever the simple reader answers, the text, lead image, dateline and
// source are the parser's; and whole feeds (the seed fixtures, seed-like items like the bench's,
// gofeed's translator feeds and the real-world feeds) build the same Articles either way.
import {expect} from '@open-wc/testing';
import {bodyConventions} from '../../src/data/conventions.js';
import {imageIn, nodeText, simpleHtmlRead} from '../../src/data/html.js';
import {inertFragment} from '../../src/data/inert.js';
import {setParseEveryBody, treeConventions} from '../../src/data/formats/build.js';
import {parseFeed} from '../../src/data/parse.js';
import type {Feed} from '../../src/data/article.js';

const base = 'https://feeds.example/news/';

/** Both readings of a body; `simple` is undefined when the simple reader declines. */
function read(html: string) {
  const body = inertFragment(html);
  const dom = {text: nodeText(body), image: imageIn(body, base), ...bodyConventions(body)};
  const s = simpleHtmlRead(html, {base, image: true, tree: true});
  const simple = s && {text: s.text, image: s.image, ...treeConventions(s.tree!)};
  return {dom, simple};
}

/** Checks both readings agree when the simple one answers; returns whether it answered. */
function agrees(html: string, label = html): boolean {
  const {dom, simple} = read(html);
  if (simple) expect(simple, label).to.deep.equal(dom);
  return simple !== undefined;
}

// A body as the seed feeds and the bench write it.
const seed = (i: number) =>
  `<p>(LĐXH)- Deputy Minister Nguyen Ba Hoan received the delegation of IM Japan, item ${i}.</p>` +
  `<figure><img src="https://molisa.example.vn/img/${i}.jpg" width="800" height="450" alt=""><figcaption>Training for workers. Photo – MOLISA</figcaption></figure>` +
  `<p>${'The two sides discussed the programme and its results. '.repeat(8)}</p><p>(According to VNEconomy)</p>`;

describe('datelines and source lines read from simple markup without a parse', () => {
  it('reads the seed conventions as the DOM path does', () => {
    const cases: [string, {dateline?: string; source?: string}][] = [
      [seed(1), {dateline: 'LĐXH', source: 'VNEconomy'}],
      [
        '<p>Hà Nội (TTXVN) - Text.</p><p>More text (Theo VnExpress)</p>',
        {
          dateline: 'Hà Nội (TTXVN)',
          source: 'VnExpress',
        },
      ],
      // After a lead figure, whose caption is skipped.
      [
        '<figure><img src="/a.jpg" alt=""><figcaption>(XYZ)- A caption.</figcaption></figure><p>(LĐXH)- Text.</p><p>Nguồn: TTXVN</p>',
        {dateline: 'LĐXH', source: 'TTXVN'},
      ],
      // The source line before a closing author line.
      [
        '<p>(VNA)– Text.</p><p>(Theo Báo Lao Động)</p><p>Minh Anh</p>',
        {
          dateline: 'VNA',
          source: 'Báo Lao Động',
        },
      ],
      // A dateline split across inline tags: the block's whole text is read.
      [
        '<p><strong>HÀ NỘI</strong> (<a href="/vna">VNA</a>) <em>—</em> Text.</p>',
        {
          dateline: 'HÀ NỘI (VNA)',
        },
      ],
      // Entities, a no-break space, a line break (no text of its own) in the dateline.
      ['<p>&#40;LĐXH&#41;&nbsp;&ndash; Text &amp; more.</p>', {dateline: 'LĐXH'}],
      ['<p>(LĐXH)<br>- Text.</p>', {dateline: 'LĐXH'}],
      // Nested blocks: the innermost block holding the first text; the last leaf block.
      [
        '<div><div><p>(LĐXH)- Text.</p></div><blockquote><p>(According to VNEconomy)</p></blockquote></div>',
        {
          dateline: 'LĐXH',
          source: 'VNEconomy',
        },
      ],
      // A block with text and a block inside is no source block: the inner one is.
      ['<div>Text (Theo VnExpress)<p>Last paragraph.</p></div>', {}],
      [
        '<ul><li>(LĐXH)- One</li><li>Two (Nguồn: TTXVN)</li></ul>',
        {
          dateline: 'LĐXH',
          source: 'TTXVN',
        },
      ],
      // Bidi controls and marks stay in the text, as in the DOM (an embedding before the
      // dateline is read past both ways; a mark after the source word is kept in the name both
      // ways).
      [
        '<p>\u202b(LĐXH)- نص.\u202c</p><p dir="rtl">(Theo\u200f VnExpress)</p>',
        {dateline: 'LĐXH', source: '\u200f VnExpress'},
      ],
      ['<p><bdi>(LĐXH)</bdi>- <span dir="rtl">نص</span>.</p>', {dateline: 'LĐXH'}],
      // CR LF line ends, as the parser reads them.
      [
        '<p>Hà\r\nNội (TTXVN)\r- Text.</p>\r\n<p>(According to\r\nVNEconomy)</p>',
        {
          dateline: 'Hà\nNội (TTXVN)',
          source: 'VNEconomy',
        },
      ],
    ];
    for (const [html, want] of cases) {
      const {dom, simple} = read(html);
      expect(simple, `answers: ${html}`).to.not.equal(undefined);
      expect(simple, html).to.deep.equal(dom);
      expect({dateline: dom.dateline, source: dom.source}, html).to.deep.equal({
        dateline: want.dateline,
        source: want.source,
      });
    }
  });

  it('finds no dateline where the DOM path finds none', () => {
    const none = [
      // Text outside any element comes first: no block, no dateline.
      '(LĐXH)- Text<p>(LĐXH)- Text.</p>',
      // The first text is not the dateline's.
      '<p>Text first.</p><p>(LĐXH)- Text.</p>',
      // Only in a caption.
      '<figure><figcaption>(LĐXH)- Caption</figcaption></figure>',
      // A source line in the middle, not at the end.
      '<p>(Theo VnExpress)</p><p>More text.</p>',
      '<p>Theo số liệu của bộ, năm nay tăng</p>',
      '<p>   </p><p>&nbsp;</p>',
      '<span>(LĐXH)- inline only</span> (According to VNEconomy)',
    ];
    for (const html of none) expect(agrees(html), html).to.equal(true);
    const top = read(none[0]);
    expect(top.dom.dateline).to.equal(undefined);
    expect(read(none[6]).simple?.dateline).to.equal('LĐXH');
  });

  it('declines what the parser would restructure or the reader does not know, and the DOM path reads it', () => {
    const declined: [string, {dateline?: string; source?: string}][] = [
      // A block inside a paragraph: the parser closes the paragraph.
      [
        '<p>(LĐXH)- Text<div>more</div></p><p>(Theo VnExpress)</p>',
        {
          dateline: 'LĐXH',
          source: 'VnExpress',
        },
      ],
      // A figure inside a paragraph, a table, a picture.
      ['<p>(LĐXH)- Text<figure><img src="/a.jpg"></figure></p>', {dateline: 'LĐXH'}],
      [
        '<table><tr><td>(LĐXH)- Cell</td></tr></table><p>Text (Nguồn: TTXVN)</p>',
        {
          source: 'TTXVN',
        },
      ],
      ['<picture><img src="/a.jpg"></picture><p>(LĐXH)- Text.</p>', {dateline: 'LĐXH'}],
      // Entities it does not know, a comment, unclosed or stray tags.
      ['<p>&lpar;LĐXH&rpar;- Text.</p>', {dateline: 'LĐXH'}],
      ['<!-- lead --><p>(LĐXH)- Text.</p>', {dateline: 'LĐXH'}],
      ['<p>(LĐXH)- Text.<p>(According to VNEconomy)', {dateline: 'LĐXH', source: 'VNEconomy'}],
      [
        '<p>(LĐXH)- Text.</p></div><p>(According to VNEconomy)</p>',
        {
          dateline: 'LĐXH',
          source: 'VNEconomy',
        },
      ],
      // A custom element (the seed's caption element).
      ['<photo-caption>(XYZ)- c</photo-caption><p>(LĐXH)- Text.</p>', {dateline: 'LĐXH'}],
    ];
    for (const [html, want] of declined) {
      const {dom, simple} = read(html);
      expect(simple, `declines: ${html}`).to.equal(undefined);
      expect({dateline: dom.dateline, source: dom.source}, html).to.deep.equal({
        dateline: want.dateline,
        source: want.source,
      });
    }
  });

  it('builds the same Articles from seed-like items with or without parsing their bodies', async () => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const bodies = [
      seed(1),
      '<p>Hà Nội (TTXVN) - Text.</p><p>More text (Theo VnExpress)</p>',
      '<p>(VNA)– Text.</p><p>(Theo Báo Lao Động)</p><p>Minh Anh</p>',
      '<p>(LĐXH)- Text<div>more</div></p>',
      '<p>No convention: Text (a remark) here.</p>',
    ];
    const rss =
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Seed</title><link>https://molisa.example.vn/</link>' +
      bodies
        .map(
          (b, i) =>
            `<item><title>Item ${i}</title><link>https://molisa.example.vn/news/${i}</link><dc:creator>LĐXH</dc:creator>` +
            `<description>${esc(`<p>Standfirst ${i}.</p>`)}</description><content:encoded>${esc(b)}</content:encoded></item>`
        )
        .join('') +
      '</channel></rss>';
    const {simple, parsed} = await bothWays(rss, 'application/rss+xml');
    expect(simple.articles.length).to.equal(bodies.length);
    expect(simple).to.deep.equal(parsed);
    expect(simple.articles[0]).to.include({dateline: 'LĐXH'});
    expect(simple.articles[0].source).to.deep.equal({name: 'VNEconomy'});
    // The byline that only repeats the dateline's agency is gone, both ways.
    expect(simple.articles[0].authors).to.deep.equal([]);
    expect(simple.articles[2].source).to.deep.equal({name: 'Báo Lao Động'});
    expect(simple.articles[3]).to.include({dateline: 'LĐXH'});
  });

  it('builds the same Articles from the seed fixtures with or without parsing their bodies', async () => {
    const files = [
      'seed.rss.xml',
      'seed.atom.xml',
      'seed.rdf.xml',
      'seed.json',
      'seed.wp.json',
      'seed.inline.json',
      'conventions.json',
      'media.rss.xml',
      'xhtml.atom.xml',
    ];
    let datelines = 0;
    for (const file of files) {
      const res = await fetch(`/test/fixtures/feeds/${file}`);
      expect(res.ok, file).to.equal(true);
      const {simple, parsed} = await bothWays(await res.text(), res.headers.get('content-type'));
      expect(simple, file).to.deep.equal(parsed);
      datelines += simple.articles.filter((a) => a.dateline).length;
    }
    expect(datelines).to.be.greaterThan(5);
  });

  it('builds the same Articles from every feed of the corpora with or without parsing bodies', async function () {
    this.timeout(300000);
    const dirs = await fetch('/__corpora/feeds/real-world/');
    const gofeed = await fetch('/__corpora/feeds/gofeed-translator/rss/');
    if (!dirs.ok || !gofeed.ok) {
      console.warn('skipped: ../shared/corpora is absent');
      this.skip();
    }
    const paths: string[] = [];
    for (const format of ['rss', 'atom', 'json']) {
      const files = (await (
        await fetch(`/__corpora/feeds/gofeed-translator/${format}/`)
      ).json()) as string[];
      for (const f of files) {
        if (format === 'json' ? !f.endsWith('_expected.json') : f.endsWith('.xml'))
          paths.push(`feeds/gofeed-translator/${format}/${f}`);
      }
    }
    for (const dir of ((await dirs.json()) as string[]).filter((d) => !d.includes('.'))) {
      const files = (await (await fetch(`/__corpora/feeds/real-world/${dir}/`)).json()) as string[];
      for (const f of files) paths.push(`feeds/real-world/${dir}/${f}`);
    }
    let feeds = 0;
    let items = 0;
    for (const path of paths) {
      const res = await fetch(`/__corpora/${path}`);
      const both = await outcomes(await res.text(), res.headers.get('content-type'));
      expect(both.simple, path).to.deep.equal(both.parsed);
      if (!both.simple.feed) continue;
      feeds++;
      items += both.simple.feed.articles.length;
    }
    console.log(`same Articles both ways: ${feeds} feeds, ${items} items`);
    expect(feeds).to.be.greaterThan(100);
    expect(items).to.be.greaterThan(1000);
  });
});

type Outcome = {feed: Feed; error?: undefined} | {feed?: undefined; error: string};

/**
 * A feed read with simple bodies read without a parse, and with every body parsed: its
 * Articles, or the error it was refused with.
 */
async function outcomes(
  text: string,
  contentType: string | null
): Promise<{simple: Outcome; parsed: Outcome}> {
  const options = {url: base, contentType: contentType ?? undefined, maxItems: 10000};
  const read = () =>
    parseFeed(text, options).then(
      (feed): Outcome => ({feed}),
      (e: unknown): Outcome => ({error: String(e)})
    );
  const simple = await read();
  setParseEveryBody(true);
  try {
    return {simple, parsed: await read()};
  } finally {
    setParseEveryBody(false);
  }
}

/** The same, for a feed that must parse. */
async function bothWays(
  text: string,
  contentType: string | null
): Promise<{simple: Feed; parsed: Feed}> {
  const {simple, parsed} = await outcomes(text, contentType);
  expect(simple.error).to.equal(undefined);
  expect(parsed.error).to.equal(undefined);
  return {simple: simple.feed!, parsed: parsed.feed!};
}

// The reader of simple markup without a parse (html.ts `readSimpleHtml`) against the HTML
// parser: whenever it answers, its text and lead image are the parser's, on hand-written edge
// cases, DOMPurify's XSS vectors and every summary and body of the real-world feeds.
import {expect} from '@open-wc/testing';
import {
  imageIn,
  nodeText,
  simpleHtmlText,
  simpleHtmlTextAndImage,
  htmlToText,
} from '../../src/data/html.js';
import {inertFragment} from '../../src/data/inert.js';

const base = 'https://feeds.example/news/';

/** Checks both readers agree when the simple one answers; returns whether it answered. */
function agrees(html: string, label = html): boolean {
  const text = simpleHtmlText(html);
  const both = simpleHtmlTextAndImage(html, base);
  const dom = nodeText(inertFragment(html));
  const domImage = imageIn(inertFragment(html), base);
  if (text !== undefined) expect(text, label).to.equal(dom);
  if (both) {
    expect(both.text, label).to.equal(dom);
    expect(both.image, label).to.deep.equal(domImage);
  }
  return text !== undefined || both !== undefined;
}

describe('simple markup read without a parse', () => {
  it('reads what feeds usually carry, as the parser does', () => {
    const usual = [
      '<p>On November 13, Deputy Minister <b>Nguyen Ba Hoan</b> received a delegation.</p>',
      '<p>Ng&#224; &amp; <a href="https://x.example/a?b=1">vi&#7879;c</a>&nbsp;l&#xE0;m</p><p>2026</p>',
      '<p>(LĐXH)- Text.</p><figure><img src="/img/1.jpg" width="800" height="450" alt=" Workers "><figcaption>Training. <em>Photo</em> – MOLISA</figcaption></figure><p>More</p>',
      '<ul><li>One</li><li>Two <i>2</i></li></ul><br>Tail<br/>end',
      '<div><figure><figcaption>First</figcaption><div><img data-src="a.jpg"></div></figure></div>',
      'A &amp; B & C',
      '<img src="javascript:alert(1)"><img src="/ok.jpg" srcset="/s.jpg 1x, javascript:x 2x">',
      '<h2>Head</h2><blockquote><p>Quote&hellip;</p></blockquote>',
    ];
    for (const html of usual) expect(agrees(html), html).to.equal(true);
    expect(simpleHtmlTextAndImage(usual[2], base)?.image).to.deep.equal({
      url: 'https://feeds.example/img/1.jpg',
      alt: 'Workers',
      width: 800,
      height: 450,
      caption: 'Training.',
      credit: 'MOLISA',
    });
  });

  it('leaves to the parser what it would restructure, and agrees on the rest', () => {
    const hard = [
      '<p>a<div>b</div>c</p>',
      '<ul><li>a<li>b</li>c</li>d</ul>',
      '<li>a<div><li>b</div>',
      'a</div>b',
      '<b><p>x</b>y</p>',
      '<a href="x">1<a href="y">2</a></a>',
      '<table>t<tr><td>c</td></tr></table>',
      '<p/>x',
      '<!-- c -->x',
      '<script>x()</script>y',
      "<img src='single.jpg'>",
      'AT&T &notin; &constructor; &#128; &#0; &#xD800;',
      '<p>a\0b</p>',
      '<p><img src="/a.jpg" alt="a\0b"></p>',
      'a\0',
      'a < b',
      '<h1>a<h2>b</h2></h1>',
      '<p><img src="/a.jpg" alt="a\rb"></p>',
      '<span>never closed',
    ];
    for (const html of hard) {
      agrees(html);
      expect(htmlToText(html), html).to.equal(nodeText(inertFragment(html)));
    }
    expect(simpleHtmlText('<p>a<div>b</div>c</p>')).to.equal(undefined);
    expect(simpleHtmlText('&constructor;')).to.equal(undefined);
    // The parser drops a NUL from text and replaces it in attribute values: its reading.
    expect(simpleHtmlText('a\0b')).to.equal(undefined);
    expect(simpleHtmlTextAndImage('<img src="/a.jpg" alt="a\0b">', base)).to.equal(undefined);
  });

  it("agrees with the parser on DOMPurify's XSS vectors and every item of the real-world feeds", async function () {
    this.timeout(120000);
    const vectors = await fetch('/__corpora/xss/dompurify-vectors.json');
    const dirs = await fetch('/__corpora/feeds/real-world/');
    if (!vectors.ok || !dirs.ok) {
      console.warn('skipped: ../shared/corpora is absent');
      this.skip();
    }
    const inputs: string[] = ((await vectors.json()) as {payload: string}[]).map((v) => v.payload);
    for (const dir of ((await dirs.json()) as string[]).filter((d) => !d.includes('.'))) {
      const files = (await (await fetch(`/__corpora/feeds/real-world/${dir}/`)).json()) as string[];
      for (const file of files.filter((f) => /\.(xml|rss|atom|rdf)$/.test(f))) {
        const text = await (await fetch(`/__corpora/feeds/real-world/${dir}/${file}`)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        for (const el of doc.querySelectorAll('*')) {
          if (/^(description|encoded|summary|content|title)$/.test(el.localName))
            inputs.push(el.textContent ?? '');
        }
      }
    }
    let simple = 0;
    for (const html of inputs) if (agrees(html, html.slice(0, 300))) simple++;
    // Most of it is simple enough (the speed of parseFeed depends on that), not all.
    expect(inputs.length).to.be.greaterThan(1000);
    console.log(`simple markup: ${simple} of ${inputs.length}`);
    expect(simple / inputs.length).to.be.within(0.3, 0.99);
  });
});

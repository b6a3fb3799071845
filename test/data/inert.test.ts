// stripEventHandlers: the HTML text minus its on* attributes, parsed exactly as the original
// minus those attributes (checked against the browser's own parser on generated markup), and
// the JSON-LD serializer.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {stripEventHandlers} from '../../src/data/inert.js';
import {jsonLdText, writeJsonLd} from '../../src/data/structured-data.js';

/** The body of `html` parsed, with every on* attribute removed afterwards, as markup. */
function parsedWithoutHandlers(html: string): string {
  const doc = document.implementation.createHTMLDocument('');
  const t = doc.createElement('template');
  t.innerHTML = html;
  for (const el of t.content.querySelectorAll('*'))
    for (const a of [...el.attributes]) if (/^on/i.test(a.name)) el.removeAttribute(a.name);
  return t.innerHTML;
}

function parsed(html: string): string {
  const t = document.implementation.createHTMLDocument('').createElement('template');
  t.innerHTML = html;
  return t.innerHTML;
}

const hasHandler = (html: string) => {
  const t = document.implementation.createHTMLDocument('').createElement('template');
  t.innerHTML = html;
  return [...t.content.querySelectorAll('*')].some((el) =>
    [...el.attributes].some((a) => /^on/i.test(a.name))
  );
};

describe('stripEventHandlers', () => {
  it('drops on* attributes in their spellings and keeps the rest', () => {
    const cases: [string, string][] = [
      ['<img src="a.png" onerror="x()">', '<img src="a.png">'],
      ["<p ONCLICK='y' class=c>t</p>", '<p class="c">t</p>'],
      ['<img/onerror=z src=b>', '<img src="b">'],
      ['<a href="u"onmouseover="x">l</a>', '<a href="u">l</a>'],
      ['<div on=1 one="2">on click="no"</div>', '<div>on click="no"</div>'],
      ['<!-- <img onerror=x> --><b onclick=1>b</b>', '<!-- <img onerror=x> --><b>b</b>'],
      ['<textarea><b onclick=1></textarea>', '<textarea>&lt;b onclick=1&gt;</textarea>'],
      ['a < b and c<d onclick=x>e', 'a &lt; b and c<d>e</d>'],
      // A script's text after `<!--<script>` runs past the first `</script>` (the tokenizer's
      // double-escaped state), to the `</script>` after `-->`: no tag inside it is one.
      [
        '<script><!--<script></script><a onclick=1>--></script><b onclick=1>b</b>',
        '<script><!--<script></script><a onclick=1>--></script><b>b</b>',
      ],
      [
        '<script><!--<script></script><a href="x"on',
        '<script><!--<script></script><a href="x"on</script>',
      ],
      ['<SCRIPT><!--></script><i onclick=1>i</i>', '<script><!--></script><i>i</i>'],
    ];
    for (const [input, out] of cases) {
      expect(hasHandler(stripEventHandlers(input)), input).to.equal(false);
      expect(parsed(stripEventHandlers(input)), input).to.equal(out);
    }
  });

  it('returns text without a candidate untouched (the same string)', () => {
    const s = '<p class="x">Plain <b>text</b></p>';
    expect(stripEventHandlers(s)).to.equal(s);
  });

  it('parses like the original minus its handlers, on generated markup', () => {
    const piece = fc.constantFrom(
      '<p',
      '<img',
      '<a href="x"',
      '</p>',
      '<textarea>',
      '</textarea>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '<!x>',
      '</ x>',
      ' onclick=',
      ' ONerror',
      '/onload=1',
      '"',
      "'",
      '=',
      ' ',
      '>',
      '<',
      'on',
      'text',
      ' class=c',
      '\n'
    );
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 24}), (parts) => {
        const html = parts.join('');
        const stripped = stripEventHandlers(html);
        expect(hasHandler(stripped), html).to.equal(false);
        expect(parsed(stripped), html).to.equal(parsedWithoutHandlers(html));
      }),
      {numRuns: 2000}
    );
  });
});

describe('jsonLdText', () => {
  it('escapes what could close a script or break a line, and reads back the same', () => {
    const data = {name: '</script><!-- a & b > c \u2028\u2029'};
    const text = jsonLdText(data);
    expect(text).to.not.match(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).to.deep.equal(data);
  });

  it('writeJsonLd writes the script once and rewrites only on change', () => {
    const s = writeJsonLd(undefined, {a: 1});
    expect(s.type).to.equal('application/ld+json');
    expect(JSON.parse(s.text)).to.deep.equal({a: 1});
    expect(writeJsonLd(s, {a: 2})).to.equal(s);
    expect(JSON.parse(s.text)).to.deep.equal({a: 2});
  });
});

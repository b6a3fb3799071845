// The HTML door: sanitizeHtml's allow-list, htmlToText and firstImage, on hand-written inputs.
import {expect} from '@open-wc/testing';
import {firstImage, foldSpace, htmlToText, sanitizeHtml} from '../../src/data/html.js';

const base = 'https://feeds.example/news/';

async function clean(html: string): Promise<HTMLDivElement> {
  const div = document.createElement('div');
  div.innerHTML = await sanitizeHtml(html, {baseUrl: base});
  return div;
}

describe('sanitizeHtml', () => {
  it('removes script, style, form, iframe, object and embed and keeps their harmless siblings', async () => {
    const div = await clean(
      '<p>Tin <b>mới</b></p><script>window.__bad=1</script><style>p{color:red}</style>' +
        '<form action="https://x.example"><input name="q"></form><iframe src="https://x.example"></iframe>' +
        '<object data="x.swf"></object><embed src="x.swf">'
    );
    expect(div.querySelector('p')?.textContent).to.equal('Tin mới');
    expect(div.querySelector('b')).to.exist;
    expect(div.querySelector('script,style,form,input,iframe,object,embed')).to.equal(null);
    expect((window as {__bad?: number}).__bad).to.equal(undefined);
  });

  it('drops on* and style attributes', async () => {
    const div = await clean(
      '<p style="position:fixed" onclick="alert(1)" title="t">a</p><img src="x.jpg" onerror="alert(1)" alt="">'
    );
    const p = div.querySelector('p')!;
    expect(p.getAttribute('title')).to.equal('t');
    expect(p.hasAttribute('style')).to.equal(false);
    expect(p.hasAttribute('onclick')).to.equal(false);
    expect(div.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
  });

  it('keeps http(s), mailto and relative links (resolved against the base) and drops others', async () => {
    const div = await clean(
      '<a href="https://a.example/x">1</a><a href="mailto:toa-soan@example.vn">2</a>' +
        '<a href="../bai-viet-1.html">3</a><a href="javascript:alert(1)">4</a>' +
        '<a href="data:text/html,<script>alert(1)</script>">5</a><a href=" JaVaScRiPt:alert(1)">6</a>' +
        '<img src="/img/a.jpg" srcset="a-300.jpg 300w, javascript:alert(1) 600w" alt="">'
    );
    const hrefs = [...div.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'https://a.example/x',
      'mailto:toa-soan@example.vn',
      'https://feeds.example/bai-viet-1.html',
      null,
      null,
      null,
    ]);
    const img = div.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://feeds.example/img/a.jpg');
    expect(img.getAttribute('srcset') ?? '').to.not.contain('javascript');
  });

  it('gives target=_blank links rel="noopener noreferrer" and drops other targets', async () => {
    const div = await clean(
      '<a href="https://a.example" target="_blank" rel="opener">1</a><a href="https://b.example" target="_top">2</a>'
    );
    const [a, b] = div.querySelectorAll('a');
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(b.hasAttribute('target')).to.equal(false);
  });
});

describe('htmlToText', () => {
  it('decodes entities, drops tags and script text, and folds whitespace between blocks', () => {
    expect(
      htmlToText(
        '<p>Ng&agrave;y h&#7897;i &amp; <b>vi&#7879;c l&agrave;m</b></p><p>2026</p><script>x()</script>'
      )
    ).to.equal('Ngày hội & việc làm 2026');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal(
      '<script>alert(1)</script>'
    );
    expect(htmlToText('  plain   text ')).to.equal('plain text');
    expect(htmlToText(undefined)).to.equal('');
  });

  it('does not load or run anything from the input', async () => {
    const w = window as {__ran?: number};
    htmlToText('<img src="x" onerror="window.__ran=1"><svg onload="window.__ran=1"></svg>');
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__ran).to.equal(undefined);
  });
});

describe('foldSpace', () => {
  it("folds whitespace as replace(/\\s+/g, ' ').trim() does, for every code unit", () => {
    const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [`a${ch}b`, `a ${ch}b`, `a${ch} b`, `a${ch}${ch}b`, ` ${ch}a${ch} `]) {
        if (foldSpace(t) !== fold(t)) expect(foldSpace(t), `U+${c.toString(16)}`).to.equal(fold(t));
      }
    }
    expect(foldSpace(' a \u00a0\t b\n\nc\u3000 ')).to.equal('a b c');
    expect(foldSpace('one two  three')).to.equal('one two three');
  });
});

describe('firstImage', () => {
  it('takes the first figure image with its caption and credit, resolving the URL', () => {
    const img = firstImage(
      '<p>Intro</p><figure><img src="/uploads/nhat-ban.jpg" alt="Người lao động" width="800" height="450">' +
        '<figcaption>Đào tạo cho người lao động đi làm việc tại Nhật Bản. Ảnh - MOLISA.</figcaption></figure>' +
        '<img src="/uploads/second.jpg">',
      base
    );
    expect(img).to.deep.equal({
      url: 'https://feeds.example/uploads/nhat-ban.jpg',
      alt: 'Người lao động',
      width: 800,
      height: 450,
      caption: 'Đào tạo cho người lao động đi làm việc tại Nhật Bản.',
      credit: 'MOLISA',
    });
  });

  it('skips images whose URL is not http(s) and returns undefined without images', () => {
    expect(firstImage('<img src="javascript:alert(1)"><img src="b.jpg">', base)?.url).to.equal(
      'https://feeds.example/news/b.jpg'
    );
    expect(firstImage('<p>no image</p>', base)).to.equal(undefined);
  });
});

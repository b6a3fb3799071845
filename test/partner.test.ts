// The partner page (demo/partner.html) as a partner would have it: one CDN script tag, every
// block, and aggressive global CSS. Nothing of the page's CSS may reach inside the widgets, and
// every block renders. `npm test` builds dist/ first.
import {expect} from '@open-wc/testing';

async function until<T>(fn: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('partner page with hostile global CSS', () => {
  let win: Window;
  before(async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '900px';
    frame.style.blockSize = '700px';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, {once: true});
      frame.src = '/demo/partner.html';
    });
    win = frame.contentWindow!;
  });

  const shadow = (tag: string) => win.document.querySelector(tag)!.shadowRoot!;

  it('the card renders, with its time visible and its headline at its own size', async () => {
    const time = await until(() => shadow('news-card')?.querySelector('time'), 'card time');
    // The page hides every <time> and blows headings up to 60px.
    expect(win.getComputedStyle(time).display).to.not.equal('none');
    const h2 = shadow('news-card').querySelector('h2')!;
    expect(parseFloat(win.getComputedStyle(h2).fontSize)).to.be.below(40);
  });

  it('the list is defined on first use and renders its cards and a real button', async () => {
    await until(() => win.customElements.get('article-list'), 'article-list defined');
    const items = await until(() => {
      const li = shadow('article-list')?.querySelectorAll('[part=item]');
      return li && li.length ? li : undefined;
    }, 'list items');
    expect(items.length).to.equal(4);
    const more = shadow('article-list').querySelector('[part~="load-more"]') as HTMLElement;
    // `button {all: unset}` on the page must not strip the widget's button.
    expect(win.getComputedStyle(more).cursor).to.equal('pointer');
  });

  it('the article renders its headline, body and photo caption', async () => {
    const h = await until(() => shadow('news-article')?.querySelector('h2'), 'article headline');
    expect(h.textContent!.trim().length).to.be.greaterThan(10);
    expect(parseFloat(win.getComputedStyle(h).fontSize)).to.be.below(48);
    await until(() => shadow('news-article').querySelector('photo-caption'), 'photo caption');
    // The page sets `* {font-family: 'Comic Sans MS'}` and `body {line-height: 3}`.
    const p = await until(() => shadow('news-article').querySelector('p'), 'a body paragraph');
    const style = win.getComputedStyle(p);
    expect(style.fontFamily).to.not.contain('Comic Sans');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.below(2);
  });

  it('the related box renders and leaves out the current article', async () => {
    const links = await until(() => {
      const a = shadow('related-articles')?.querySelectorAll('li a');
      return a && a.length ? a : undefined;
    }, 'related links');
    const hrefs = [...links].map((a) => a.getAttribute('href'));
    expect(hrefs).to.not.include(
      'https://molisa.example.vn/english-review/molisa-deputy-minister-nguyen-ba-hoan-received-the-president-of-im-japan'
    );
  });
});

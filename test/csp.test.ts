// A partner page with the strictest CSP we support: no inline script or style, and Trusted
// Types enforced (`require-trusted-types-for 'script'`, policies lit-html, dompurify and
// news-blocks). Every feed format and the article body must still render, with no violation.
// `npm test` builds dist/ first.
import {expect} from '@open-wc/testing';

type PageWindow = Window & {
  ready?: Promise<boolean>;
  violations?: string[];
  errors?: string[];
};

describe('a partner page with a strict CSP and Trusted Types', () => {
  let win: PageWindow;
  before(async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '600px';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, {once: true});
      frame.src = '/test/fixtures/csp/strict.html';
    });
    win = frame.contentWindow as PageWindow;
    for (let i = 0; i < 100 && !win.ready; i++) await new Promise((r) => setTimeout(r, 20));
    await win.ready;
  });

  const root = (tag: string) => win.document.querySelector(tag)!.shadowRoot!;

  it('enforces Trusted Types on that page (the test would prove nothing otherwise)', () => {
    const tt = (win as unknown as {trustedTypes?: unknown}).trustedTypes;
    if (!tt) return; // a browser without Trusted Types: nothing is enforced, nothing to check
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw();
  });

  it('renders an RSS feed in <news-card>', () => {
    expect(root('news-card').querySelector('[role=alert]')).to.equal(null);
    expect(root('news-card').querySelector('h3 a')!.textContent!.trim()).to.not.equal('');
  });

  it('renders an Atom feed in <article-list>', () => {
    expect(root('article-list').querySelector('[role=alert]')).to.equal(null);
    expect(root('article-list').querySelectorAll('li h3 a').length).to.equal(2);
  });

  it('renders a sanitized WordPress body in <news-article>', () => {
    expect(root('news-article').querySelector('[role=alert]')).to.equal(null);
    expect(root('news-article').querySelectorAll('.body p').length).to.be.greaterThan(3);
  });

  it('causes no CSP violation and no uncaught error', () => {
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});

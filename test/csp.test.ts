// A partner page with the strictest CSP we support: no inline script or style, and Trusted
// Types enforced (`require-trusted-types-for 'script'`, policies lit-html, dompurify and
// news-blocks). Every element must render, JSON-LD must be written through the policy, the zoom
// dialog must open, and a body full of on* attributes must be parsed, all with no violation
// and no report. `npm test` builds dist/ first.
import {expect} from '@open-wc/testing';

type PageWindow = Window & {
  ready?: Promise<boolean>;
  violations?: string[];
  reports?: string[];
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

  const root = (sel: string) => win.document.querySelector(sel)!.shadowRoot!;

  it('renders an RSS feed in <news-card>', () => {
    expect(root('news-card').querySelector('[role=alert]')).to.equal(null);
    expect(root('news-card').querySelector('h3 a')!.textContent!.trim()).to.not.equal('');
  });

  it('renders an Atom feed in <article-list>', () => {
    expect(root('article-list').querySelector('[role=alert]')).to.equal(null);
    expect(root('article-list').querySelectorAll('[part=item] h3 a').length).to.equal(2);
  });

  it('renders a sanitized WordPress body in <news-article>', () => {
    expect(root('news-article').querySelector('[role=alert]')).to.equal(null);
    expect(root('news-article').querySelectorAll('.body p').length).to.be.greaterThan(3);
  });

  it('renders a body full of on* attributes without them', () => {
    const body = root('#hostile').querySelector('.body')!;
    expect(body.textContent).to.contain('Handlers on a paragraph.');
    expect(
      [...body.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].map((a) => a.name).filter((n) => /^on/i.test(n))
      )
    ).to.deep.equal([]);
  });

  it('writes JSON-LD through the policy (<news-article> and <news-breadcrumbs> structured-data)', () => {
    const article = win.document.querySelector('#hostile > script[type="application/ld+json"]')!;
    expect(JSON.parse(article.textContent!)['@type']).to.equal('NewsArticle');
    const crumbs = win.document.querySelector(
      'news-breadcrumbs > script[type="application/ld+json"]'
    )!;
    const data = JSON.parse(crumbs.textContent!);
    expect(data.itemListElement.at(-1).name).to.equal('An article </script>');
    expect(crumbs.textContent).to.not.contain('<');
  });

  it('renders <related-articles>, <photo-caption>, <news-tags> and <news-time>', () => {
    expect(root('related-articles').querySelectorAll('li').length).to.be.greaterThan(0);
    expect(root('news-tags').querySelectorAll('li').length).to.equal(2);
    expect(root('news-time').querySelector('time')!.getAttribute('datetime')).to.match(
      /^2023-11-10/
    );
  });

  it('opens the zoom dialog', () => {
    expect(root('photo-caption').querySelector('dialog[open] img')).to.not.equal(null);
  });

  it('causes no CSP violation, no report and no uncaught error', () => {
    console.log(
      `strict CSP page: ${win.violations!.length} violations, ${win.reports!.length} reports, ${win.errors!.length} errors`
    );
    expect(win.violations).to.deep.equal([]);
    expect(win.reports).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  // Last: its probes are violations themselves, which the test above must not count (their
  // events arrive a task later, sooner or later under load).
  it('enforces Trusted Types on that page (the test would prove nothing otherwise)', () => {
    const tt = (win as unknown as {trustedTypes?: unknown}).trustedTypes;
    if (!tt) return; // a browser without Trusted Types: nothing is enforced, nothing to check
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw();
    expect(() => {
      win.document.createElement('script').text = '{}';
    }).to.throw();
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/news-card/news-card.js';
import {NewsCard} from '../src/news-card/news-card.component.js';
import {define} from '../src/define-element.js';
import type {Article} from '../src/data/article.js';
import {normalizeArticles} from '../src/data/formats/inline.js';
import {make, seedArticle} from './helpers/articles.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);

async function card(article: Article | undefined, attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="en" style="inline-size: 40rem"><news-card ${attrs}></news-card></div>`
  );
  const el = wrapper.querySelector('news-card')!;
  el.article = article;
  await el.updateComplete;
  return el;
}

describe('<news-card>', () => {
  it('renders the default card: section, headline link, summary, image, byline, time, source, tags', async () => {
    const el = await card(seedArticle);
    expect(q(el, '[part=section]')!.textContent).to.equal('English Review');
    const h = q(el, 'h3')!;
    const a = h.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal(seedArticle.url);
    expect(a.textContent!.trim()).to.equal(seedArticle.title);
    expect(q(el, '[part~=summary]')!.textContent).to.equal(seedArticle.summary);
    const img = q<HTMLImageElement>(el, 'img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('width')).to.equal('800');
    expect(img.getAttribute('height')).to.equal('450');
    expect(img.alt).to.equal(seedArticle.image!.alt);
    expect(q(el, '[part=byline]')!.textContent!.trim()).to.equal('By LĐXH');
    const time = q(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2023-11-13T03:40:00.000Z');
    expect(time.textContent).to.match(/2023/);
    expect(time.title).to.match(/2023/);
    expect(q(el, '[part=source]')!.textContent).to.equal('According to VNEconomy');
    expect(
      [...el.shadowRoot!.querySelectorAll('[part=tag]')].map((t) => t.textContent)
    ).to.deep.equal(['Vietnamese interns']);
    await expect(el).to.be.accessible();
  });

  it('renders nothing without an article', async () => {
    const el = await card(undefined);
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
  });

  for (const layout of ['vertical', 'horizontal', 'compact', 'hero'] as const) {
    it(`renders layout="${layout}" accessibly`, async () => {
      const el = await card(seedArticle, `layout="${layout}"`);
      expect(q(el, 'article')!.classList.contains(`card--${layout}`)).to.equal(true);
      expect(!!q(el, 'img')).to.equal(layout !== 'compact');
      await expect(el).to.be.accessible();
    });
  }

  it('lays out horizontal with the image beside the text', async () => {
    const el = await card(seedArticle, 'layout="horizontal"');
    const img = q(el, '.media')!.getBoundingClientRect();
    const body = q(el, '.body')!.getBoundingClientRect();
    expect(img.right).to.be.at.most(body.left + 1);
  });

  describe('when parts are missing', () => {
    it('has no image box without an image', async () => {
      const el = await card(make({image: undefined}));
      expect(q(el, '.media')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    for (const [what, article, attrs] of [
      ['no image in the article', make({image: undefined}), 'layout="horizontal"'],
      ['no-image', seedArticle, 'layout="horizontal" no-image'],
    ] as const)
      it(`horizontal with ${what}: the text takes the whole width`, async () => {
        const el = await card(article, attrs);
        expect(q(el, '.media')).to.equal(null);
        const cardBox = q(el, '.card')!.getBoundingClientRect();
        const body = q(el, '.body')!.getBoundingClientRect();
        expect(body.width).to.be.closeTo(cardBox.width, 1);
      });
    it('has no summary without one', async () => {
      const el = await card(make({summary: undefined}));
      expect(q(el, '[part~=summary]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    it('has no byline without authors', async () => {
      const el = await card(make({authors: []}));
      expect(q(el, '[part=byline]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    it('has no time without a date', async () => {
      const el = await card(make({published: undefined, source: undefined}));
      expect(q(el, 'time')).to.equal(null);
      expect(q(el, '[part=meta]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    it('shows no time for an invalid date', async () => {
      const el = await card(make({published: 'not a date'}));
      expect(q(el, 'time')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    it('hides parts with no-image, no-summary and no-byline', async () => {
      const el = await card(seedArticle, 'no-image no-summary no-byline');
      expect(q(el, 'img')).to.equal(null);
      expect(q(el, '[part~=summary]')).to.equal(null);
      expect(q(el, '[part=byline]')).to.equal(null);
    });
    it('renders an unlinked headline when the article has no URL', async () => {
      const el = await card(make({url: undefined}));
      expect(q(el, 'a')).to.equal(null);
      expect(q(el, 'h3')!.textContent!.trim()).to.equal(seedArticle.title);
      await expect(el).to.be.accessible();
    });
  });

  describe('the image', () => {
    it('reserves its box from width and height before it loads', async () => {
      const el = await card(
        make({image: {url: 'https://example.invalid/slow.jpg', width: 800, height: 450}})
      );
      const box = q(el, '.media')!.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.height / box.width).to.be.closeTo(450 / 800, 0.02);
    });
    it('reserves its box from image-ratio', async () => {
      const el = await card(
        make({image: {url: 'https://example.invalid/x.jpg'}}),
        'image-ratio="1/1"'
      );
      const box = q(el, '.media')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo(box.width, 1);
    });
    it('keeps a neutral box without a broken-image icon when the image fails', async () => {
      const el = await card(
        make({
          image: {url: new URL('/does-not-exist.png', location.href).href, width: 4, height: 3},
        })
      );
      const img = q<HTMLImageElement>(el, 'img')!;
      img.loading = 'eager';
      await new Promise((r) =>
        img.complete && img.naturalWidth === 0 && img.hasAttribute('data-broken')
          ? r(0)
          : img.addEventListener('error', () => r(0), {once: true})
      );
      await new Promise(requestAnimationFrame);
      expect(img.hasAttribute('data-broken')).to.equal(true);
      expect(getComputedStyle(img).visibility).to.equal('hidden');
      expect(q(el, '.media')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
    it('passes srcset and sizes through', async () => {
      const el = await card(
        make({
          image: {
            url: 'https://example.vn/a.jpg',
            srcset: 'https://example.vn/a-300.jpg 300w, https://example.vn/a-800.jpg 800w',
            width: 800,
            height: 450,
          },
        })
      );
      const img = q<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('srcset')).to.equal(
        'https://example.vn/a-300.jpg 300w, https://example.vn/a-800.jpg 800w'
      );
      expect(img.getAttribute('sizes')).to.be.a('string').and.not.empty;
    });
    it('has an empty alt when the alt only repeats the headline', async () => {
      const el = await card(
        make({image: {url: 'https://example.vn/a.jpg', alt: seedArticle.title}})
      );
      expect(q<HTMLImageElement>(el, 'img')!.getAttribute('alt')).to.equal('');
    });
    it('is loaded eagerly with high priority when priority is set', async () => {
      const el = await card(seedArticle, 'priority');
      const img = q<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('loading')).to.equal('eager');
      expect(img.getAttribute('fetchpriority')).to.equal('high');
    });
  });

  describe('text', () => {
    it('renders markup in a title or summary as text', async () => {
      const el = await card(
        make({title: '<img src=x onerror="window.__pwned=1">Hi', summary: '<b>bold</b>'})
      );
      expect(q(el, 'h3 a')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Hi');
      expect(q(el, 'h3 img')).to.equal(null);
      expect(q(el, '[part~=summary] b')).to.equal(null);
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
    });
    it('wraps a very long unbroken headline inside the card', async () => {
      const el = await card(make({title: 'Ư'.repeat(400)}));
      const link = q(el, 'h3 a')!;
      expect(link.getBoundingClientRect().width).to.be.at.most(
        el.getBoundingClientRect().width + 1
      );
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      await expect(el).to.be.accessible();
    });
    it('clamps the summary to summary-lines', async () => {
      const el = await card(make({summary: 'word '.repeat(400)}), 'summary-lines="2"');
      const p = q(el, '[part~=summary]')!;
      const lh = parseFloat(getComputedStyle(p).lineHeight);
      expect(p.getBoundingClientRect().height).to.be.at.most(lh * 2 + 2);
    });
  });

  describe('URLs', () => {
    it('never lets a javascript: URL reach an href or src', async () => {
      const el = await card({
        ...seedArticle,
        url: 'javascript:alert(1)',
        image: {url: 'javascript:alert(2)'},
      });
      const all = el.shadowRoot!.querySelectorAll('[href],[src]');
      expect(all.length).to.equal(0);
    });
    it('drops javascript: URLs from inline JSON', async () => {
      const [a] = normalizeArticles({
        title: 't',
        url: 'JaVaScRiPt:alert(1)',
        image: {url: 'data:image/png;base64,xx'},
      });
      expect(a.url).to.equal(undefined);
      expect(a.image).to.equal(undefined);
    });
    it('adds rel="noopener noreferrer" for target=_blank', async () => {
      const el = await card(seedArticle, 'target="_blank"');
      const a = q(el, 'a')!;
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    });
  });

  describe('headings', () => {
    it('uses heading-level', async () => {
      const el = await card(seedArticle, 'heading-level="2"');
      expect(q(el, 'h2')).to.not.equal(null);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(q(el, 'h5')).to.not.equal(null);
    });
    it('clamps heading-level to 2–6', async () => {
      const el = await card(seedArticle, 'heading-level="9"');
      expect(q(el, 'h6')).to.not.equal(null);
      el.headingLevel = 1;
      await el.updateComplete;
      expect(q(el, 'h2')).to.not.equal(null);
    });
  });

  describe('languages', () => {
    it('marks content in another language with lang and dir (RTL)', async () => {
      const el = await card(
        make({title: 'وزير العمل يستقبل رئيس IM Japan', summary: 'اجتماع في هانوي', language: 'ar'})
      );
      const article = q(el, 'article')!;
      expect(article.getAttribute('lang')).to.equal('ar');
      expect(article.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
    it('mirrors the horizontal layout for RTL content', async () => {
      const el = await card(make({language: 'ar'}), 'layout="horizontal"');
      const img = q(el, '.media')!.getBoundingClientRect();
      const body = q(el, '.body')!.getBoundingClientRect();
      expect(img.left).to.be.at.least(body.right - 1);
    });
    it('does not mark content in the page language', async () => {
      const el = await card(make({language: 'en-GB'}));
      expect(q(el, 'article')!.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('has exactly one tab stop per card, the headline link', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <news-card .article=${seedArticle}></news-card>
          <news-card .article=${make({id: '2', url: 'https://example.vn/2'})}></news-card>
          <button id="after">after</button>
        </div>`
      );
      const [c1, c2] = wrapper.querySelectorAll('news-card');
      await c1.updateComplete;
      await c2.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const stops: Element[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({press: 'Tab'});
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        stops.push(active!);
      }
      expect(stops[0]).to.equal(q(c1, 'a'));
      expect(stops[1]).to.equal(q(c2, 'a'));
      expect(stops[2].id).to.equal('after');
    });
    it('fires news-article-select when the link is activated, and can be cancelled', async () => {
      const el = await card(seedArticle);
      let got: Article | undefined;
      el.addEventListener('news-article-select', (e) => {
        got = e.article;
        e.preventDefault();
      });
      document.addEventListener('news-article-select', () => undefined);
      const a = q<HTMLAnchorElement>(el, 'a')!;
      a.click();
      expect(got).to.equal(seedArticle);
      got = undefined;
      // The keyboard path: focus the link and press Enter.
      a.focus();
      expect(el.shadowRoot!.activeElement).to.equal(a);
      await sendKeys({press: 'Enter'});
      expect(got).to.equal(seedArticle);
      expect(location.href).to.not.equal(seedArticle.url);
    });
    it('the whole card is the link target (overlay covers the card)', async () => {
      const el = await card(seedArticle);
      const box = el.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.bottom - 4);
      expect(hit).to.equal(q(el, 'a'));
    });
  });

  describe('inline JSON child', () => {
    it('reads one article from a <script type="application/json"> child', async () => {
      const el = await fixture<NewsCard>(
        `<news-card><script type="application/json">${JSON.stringify({title: 'Inline headline', url: 'https://example.vn/x'})}</script></news-card>`
      );
      await el.updateComplete;
      expect(q(el, 'a')!.textContent!.trim()).to.equal('Inline headline');
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('takes --news-* tokens from the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--news-card-headline-color: rgb(1, 2, 3)">
          <news-card .article=${seedArticle}></news-card>
        </div>`
      );
      const el = wrapper.querySelector('news-card')!;
      await el.updateComplete;
      expect(getComputedStyle(q(el, '.headline')!).color).to.equal('rgb(1, 2, 3)');
    });
    it('switches to dark with color-scheme="dark" and stays accessible', async () => {
      const el = await card(seedArticle, 'color-scheme="dark"');
      const dark = getComputedStyle(q(el, '.headline')!).color;
      el.colorScheme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(q(el, '.headline')!).color).to.not.equal(dark);
      el.colorScheme = 'dark';
      await el.updateComplete;
      el.style.background = '#121212';
      await expect(el).to.be.accessible();
    });
    it('exposes parts', async () => {
      const el = await card(seedArticle);
      for (const part of [
        'card',
        'headline',
        'summary',
        'image',
        'byline',
        'time',
        'section',
        'tag',
        'source',
      ]) {
        expect(el.shadowRoot!.querySelector(`[part~=${part}]`), part).to.not.equal(null);
      }
    });
  });

  describe('define', () => {
    it('leaves an existing definition alone, with a warning', async () => {
      class Other extends HTMLElement {}
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        define('news-card', Other);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get('news-card')).to.equal(NewsCard);
      expect(String(warnings[0])).to.contain('already defined');
    });
  });
});

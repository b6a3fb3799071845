import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/article-list/article-list.js';
import type {ArticleList} from '../src/article-list/article-list.component.js';
import {LOCALE_LOADERS} from '../src/i18n/locales.js';
import {articles, frames, q, qa, until} from './article-list.helpers.js';

/** Six slides in a 700 px box (wider than 40rem): three in view at a time. */
async function carousel(dir = 'ltr') {
  const wrap = await fixture(
    html`<div dir=${dir} style="inline-size: 700px">
      <button id="before">before</button>
      <article-list layout="carousel" .articles=${articles(6)}></article-list>
      <button id="after">after</button>
    </div>`
  );
  const el = wrap.querySelector('article-list') as ArticleList;
  await el.updateComplete;
  const [prev, next] = qa(el, '.carousel-button');
  const scroller = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
  const slides = qa(el, '.item');
  const inert = () => slides.map((s) => s.inert);
  await until(() => inert().join() === 'false,false,false,true,true,true', 'slides 4–6 inert');
  return {el, prev, next, scroller, slides, inert, wrap};
}

/**
 * Emulates `prefers-reduced-motion`. Only Chromium can (over CDP); elsewhere this returns false
 * and the page keeps the browser's own setting.
 */
async function reducedMotion(value: 'reduce' | 'no-preference'): Promise<boolean> {
  try {
    await emulateMedia({reducedMotion: value});
    return true;
  } catch {
    return false;
  }
}

describe('<article-list>', () => {
  afterEach(() => reducedMotion('no-preference'));

  describe('when layout="carousel"', () => {
    it('scrolls smoothly by default: the Next button starts an animation', async function () {
      if (!(await reducedMotion('no-preference'))) this.skip(); // needs media emulation (CDP)
      const {next, scroller, inert} = await carousel();
      expect(getComputedStyle(scroller).scrollBehavior).to.equal('smooth');
      next.click();
      expect(scroller.scrollLeft, 'not there yet: the scroll is animated').to.be.below(300);
      await until(() => scroller.scrollLeft > 550, 'arrives');
      await until(() => inert().join() === 'true,true,true,false,false,false', 'slides 4–6 shown');
    });

    it('with prefers-reduced-motion: reduce, the buttons jump without smooth scrolling', async function () {
      if (!(await reducedMotion('reduce'))) this.skip(); // needs media emulation (CDP)
      const {prev, next, scroller, inert} = await carousel();
      expect(getComputedStyle(scroller).scrollBehavior).to.equal('auto');
      next.click();
      expect(scroller.scrollLeft, 'there at once').to.be.above(550);
      await until(() => inert().join() === 'true,true,true,false,false,false', 'slides 4–6 shown');
      prev.click();
      expect(scroller.scrollLeft, 'back at once').to.equal(0);
    });

    it('says Previous can do nothing at the start and Next at the end (aria-disabled)', async () => {
      await reducedMotion('reduce');
      const {prev, next, inert} = await carousel();
      const ends = () => [prev.getAttribute('aria-disabled'), next.getAttribute('aria-disabled')];
      await until(() => ends().join() === 'true,false', 'at the start');
      prev.click();
      next.click();
      await until(() => inert().join() === 'true,true,true,false,false,false', 'slides 4–6 shown');
      await until(() => ends().join() === 'false,true', 'at the end');
      next.click(); // nothing happens: still the last slides
      await until(() => inert().join() === 'true,true,true,false,false,false', 'still 4–6');
      await expect(prev.closest('div')).to.be.accessible();
    });

    it('keeps off-screen slides inert: Tab visits only the slides in view', async () => {
      await reducedMotion('reduce');
      const {el, next, slides} = await carousel();
      next.focus();
      const visited: number[] = [];
      for (let i = 0; i < 30 && document.activeElement?.id !== 'after'; i++) {
        await sendKeys({press: 'Tab'});
        const item = el.shadowRoot!.activeElement?.closest<HTMLElement>('.item');
        if (item) visited.push(slides.indexOf(item));
      }
      expect(document.activeElement?.id, 'Tab leaves the carousel').to.equal('after');
      expect([...new Set(visited)]).to.deep.equal([0, 1, 2]);
      await expect(el).to.be.accessible();
    });

    it('moves the slides with the keyboard: Space and Enter on Next and Previous', async () => {
      await reducedMotion('reduce');
      const {prev, next, inert} = await carousel();
      next.focus();
      await sendKeys({press: ' '});
      await until(() => inert().join() === 'true,true,true,false,false,false', 'Space: next');
      prev.focus();
      await sendKeys({press: 'Enter'});
      await until(() => inert().join() === 'false,false,false,true,true,true', 'Enter: back');
      next.focus();
      await sendKeys({press: 'Enter'});
      await until(() => inert().join() === 'true,true,true,false,false,false', 'Enter: next');
      prev.focus();
      await sendKeys({press: ' '});
      await until(() => inert().join() === 'false,false,false,true,true,true', 'Space: back');
    });

    it('in a right-to-left page, Next still shows the following slides', async () => {
      await reducedMotion('reduce');
      const {next, scroller, inert} = await carousel('rtl');
      next.click();
      // Instant where reduced motion can be emulated, smooth elsewhere: wait for it either way.
      await until(
        () => scroller.scrollLeft < -550,
        'scrolls towards the inline end (negative in RTL)'
      );
      await until(() => inert().join() === 'true,true,true,false,false,false', 'slides 4–6 shown');
    });
  });
  describe('when layout="carousel", per the WAI-ARIA APG carousel', () => {
    it('is a group described as a "carousel", its slides groups described as "slide" and named "N of M"', async () => {
      const {el, slides} = await carousel();
      const group = q(el, '[part=group]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(group.getAttribute('aria-label')).to.equal('Articles');
      expect(slides.map((s) => s.getAttribute('role'))).to.deep.equal(Array(6).fill('group'));
      expect(slides.map((s) => s.getAttribute('aria-roledescription'))).to.deep.equal(
        Array(6).fill('slide')
      );
      expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal(
        [1, 2, 3, 4, 5, 6].map((n) => `${n} of 6`)
      );
      // Not a list any more (a listitem cannot be a group): the slides are the list's children.
      expect(q(el, '[part=list]')!.hasAttribute('role')).to.equal(false);
      expect(q(el, '.item')!.getAttribute('role')).to.equal('group');
      await expect(el).to.be.accessible();
      // Other layouts keep their list and no role description.
      el.layout = 'grid';
      await el.updateComplete;
      expect(group.hasAttribute('aria-roledescription')).to.equal(false);
      expect(q(el, '[part=list]')!.getAttribute('role')).to.equal('list');
      expect(q(el, '.item')!.getAttribute('role')).to.equal('listitem');
      expect(q(el, '.item')!.hasAttribute('aria-roledescription')).to.equal(false);
    });

    const translations = fetch('/scripts/translations/article-list.json').then(
      (r) => r.json() as Promise<Record<string, Record<string, string>>>
    );
    for (const lang of Object.keys(LOCALE_LOADERS)) {
      it(`names the slides "N of M" and the roles in ${lang}`, async () => {
        const t = await translations;
        const wrap = await fixture(
          html`<div lang=${lang}>
            <article-list layout="carousel" .articles=${articles(3)}></article-list>
          </div>`
        );
        const el = wrap.querySelector('article-list') as ArticleList;
        await until(
          () =>
            q(el, '[part=group]')?.getAttribute('aria-roledescription') ===
            t['article-list.carousel.role'][lang],
          `${lang} loaded`
        );
        const fill = (s: string, ...v: number[]) => s.replace(/\{(\d)\}/g, (_, i) => `${v[+i]}`);
        expect(q(el, '[part=group]')!.getAttribute('aria-roledescription')).to.equal(
          t['article-list.carousel.role'][lang]
        );
        expect(qa(el, '.item').map((s) => s.getAttribute('aria-label'))).to.deep.equal(
          [1, 2, 3].map((n) => fill(t['article-list.carousel.slide-label'][lang], n, 3))
        );
        expect(q(el, '.item')!.getAttribute('aria-roledescription')).to.equal(
          t['article-list.carousel.slide'][lang]
        );
      });
    }

    it('speaks the slides shown after Next and Previous (polite), and not after a scroll', async () => {
      await reducedMotion('reduce');
      const {el, prev, next, scroller, inert} = await carousel();
      const status = q(el, '[part=carousel-status]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.getAttribute('aria-atomic')).to.equal('true');
      expect(status.textContent, 'silent at first').to.equal('');
      next.click();
      await until(
        () => status.textContent === 'Articles 4 to 6 of 6',
        'Next: "Articles 4 to 6 of 6"'
      );
      expect(inert().join()).to.equal('true,true,true,false,false,false');
      prev.click();
      await until(() => status.textContent === 'Articles 1 to 3 of 6', 'Previous: "1 to 3"');
      // The reader scrolls (a swipe, a scroll bar): seen, not spoken.
      scroller.scrollLeft = scroller.scrollWidth;
      await until(() => inert().join() === 'true,true,true,false,false,false', 'scrolled on');
      await frames(10);
      expect(status.textContent, 'the region did not speak for the scroll').to.equal(
        'Articles 1 to 3 of 6'
      );
      await expect(el).to.be.accessible();
    });

    it('speaks one slide as "Article 2 of 6" when one slide fills the view', async () => {
      await reducedMotion('reduce');
      const wrap = await fixture(
        html`<div style="inline-size: 300px">
          <article-list
            layout="carousel"
            style="--news-list-slide-width: 100%"
            .articles=${articles(6)}
          ></article-list>
        </div>`
      );
      const el = wrap.querySelector('article-list') as ArticleList;
      await el.updateComplete;
      const [, next] = qa(el, '.carousel-button');
      const status = q(el, '[part=carousel-status]')!;
      await until(() => next.getAttribute('aria-disabled') === 'false', 'Next can move');
      next.click();
      await until(() => status.textContent === 'Article 2 of 6', '"Article 2 of 6"');
    });

    it("sizes its slides by its own width, not the viewport's: 80 % in a narrow column", async () => {
      const slideWidths = async (width: number) => {
        const wrap = await fixture(
          html`<div style=${`inline-size: ${width}px`}>
            <article-list layout="carousel" .articles=${articles(6)}></article-list>
          </div>`
        );
        const el = wrap.querySelector('article-list') as ArticleList;
        await el.updateComplete;
        const scroller = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
        const s = getComputedStyle(scroller);
        const inner =
          scroller.clientWidth - parseFloat(s.paddingInlineStart) - parseFloat(s.paddingInlineEnd);
        const slide = qa(el, '.item')[0].getBoundingClientRect().width;
        return {inner, slide, gap: parseFloat(s.columnGap)};
      };
      // The test page is wider than 40rem: a viewport media query gave this column three slides.
      expect(innerWidth).to.be.above(640);
      const narrow = await slideWidths(360);
      expect(narrow.slide, 'one slide of 80 % at 360 px').to.be.closeTo(narrow.inner * 0.8, 1);
      const wide = await slideWidths(700);
      expect(wide.slide, 'three across at 700 px').to.be.closeTo(
        (wide.inner - 2 * wide.gap) / 3,
        1
      );
    });

    it('never moves or speaks by itself (no autoplay)', async () => {
      const {el, scroller, inert} = await carousel();
      const status = q(el, '[part=carousel-status]')!;
      await frames(60);
      expect(scroller.scrollLeft).to.equal(0);
      expect(inert().join()).to.equal('false,false,false,true,true,true');
      expect(status.textContent).to.equal('');
      expect(el.shadowRoot!.querySelector('[aria-live=off]'), 'no rotation to pause').to.equal(
        null
      );
    });
  });
});

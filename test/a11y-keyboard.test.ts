/**
 * The keyboard alone, as a reader presses it (`sendKeys`: real key events, the browser's own
 * sequential focus navigation), in Chromium and in Firefox (`npm run test:firefox`):
 * WCAG 2.1.1 Keyboard, 2.1.2 No keyboard trap, 2.4.1 Bypass blocks, 2.4.3 Focus order.
 * Where focus lands is not enough: each jump is followed by Tab and Shift+Tab.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import type {ArticleList} from '../src/article-list/article-list.component.js';
import {imJapan, trainingJapanImage} from '../stories/sample.js';
import {active, articles, oneEvent, q, qa, uid, until} from './article-list.helpers.js';

const IMG = '/demo/sample/images/training-japan.svg';
const COMMENTS = '/__news/wpc/wp-json/wp/v2/comments?post=8';

/** The focused element, through every open shadow root. */
function deepActive(): HTMLElement | null {
  let a = document.activeElement as HTMLElement | null;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement as HTMLElement;
  return a;
}

const tab = () => sendKeys({press: 'Tab'});
async function shiftTab() {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
}
async function ctrl(key: string) {
  await sendKeys({down: 'Control'});
  await sendKeys({press: key});
  await sendKeys({up: 'Control'});
}

/** `<button id=before>`, the element, `<a id=after>`: where Tab comes from and goes to. */
async function between<T extends HTMLElement>(inner: ReturnType<typeof html>, tag: string) {
  const wrap = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">before</button>
      ${inner}
      <a id="after" href="#after">after</a>
    </div>`
  );
  const el = wrap.querySelector(tag) as T & {updateComplete?: Promise<unknown>};
  await el.updateComplete;
  return {wrap, el, before: wrap.querySelector('#before')!, after: wrap.querySelector('#after')!};
}

describe('keyboard (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3)', () => {
  describe('bypass blocks (2.4.1)', () => {
    it('"Skip past this list" lands after the list: the next Tab reaches the element after it, Shift+Tab the last card', async () => {
      const {el, before, after} = await between<ArticleList>(
        html`<article-list limit="0" .articles=${articles(11)}></article-list>`,
        'article-list'
      );
      (before as HTMLElement).focus();
      await tab();
      const skip = q(el, '[part=skip-link]')!;
      expect(deepActive(), 'Tab reaches the skip link first').to.equal(skip);
      await sendKeys({press: 'Enter'});
      const end = q(el, '[part=end]')!;
      expect(deepActive(), 'Enter: focus on the end of the list').to.equal(end);
      expect(end.getBoundingClientRect().width, 'the end is shown while focused').to.be.above(20);
      await tab();
      expect(document.activeElement, 'the next Tab: the element after the list').to.equal(after);
      await shiftTab();
      const last = qa(el, '.item').at(-1)!;
      expect(deepActive(), 'Shift+Tab: back into the list, on its last card').to.equal(
        last.querySelector('.headline-link')
      );
      await tab();
      expect(document.activeElement, 'the end left the tab order').to.equal(after);
      expect(end.tabIndex).to.equal(-1);
      // From the end itself, Shift+Tab goes back to the last card too.
      skip.focus();
      await sendKeys({press: 'Enter'});
      await shiftTab();
      expect(deepActive()).to.equal(last.querySelector('.headline-link'));
    });

    it('Ctrl+End in mode="feed" leaves the feed: the next Tab reaches the element after it; Ctrl+Home the element before it', async () => {
      const {el, before, after} = await between<ArticleList>(
        html`<article-list mode="feed" .articles=${articles(3)}></article-list>`,
        'article-list'
      );
      const items = qa(el, '[role=article]');
      items[0].focus();
      await ctrl('End');
      expect(active(el)!.getAttribute('part'), 'Ctrl+End: the end of the feed').to.equal('end');
      await tab();
      expect(document.activeElement, 'the next Tab: the element after the feed').to.equal(after);
      await shiftTab();
      expect(deepActive(), 'Shift+Tab: back on the last article’s link').to.equal(
        items[2].querySelector('.headline-link')
      );
      items[1].focus();
      await ctrl('Home');
      expect(active(el)!.getAttribute('part'), 'Ctrl+Home: the feed’s group').to.equal('group');
      await shiftTab();
      expect(document.activeElement, 'Shift+Tab: the element before the feed').to.equal(before);
      items[1].focus();
      await ctrl('Home');
      await tab();
      expect(deepActive(), 'Tab from the group: the first article').to.equal(items[0]);
    });
  });

  describe('no keyboard trap (2.1.2)', () => {
    it('Tab goes from before to after every element and layout, and Shift+Tab back, visiting each control once', async function () {
      this.timeout(60000);
      const wrap = await fixture<HTMLDivElement>(html`
        <div>
          <button id="before">before</button>
          <article-list limit="3" skip-threshold="2" .articles=${articles(3)}></article-list>
          <article-list layout="grid" limit="3" .articles=${articles(3)}></article-list>
          <article-list layout="carousel" .articles=${articles(6)}></article-list>
          <article-list mode="feed" limit="2" .articles=${articles(3)}></article-list>
          <article-list
            layout="compact"
            limit="2"
            load-more
            .articles=${articles(3)}
          ></article-list>
          <news-card .article=${imJapan}></news-card>
          <related-articles .articles=${articles(3)}></related-articles>
          <photo-caption src=${IMG} alt=${trainingJapanImage.alt} zoomable></photo-caption>
          <news-tags .tags=${['Labour', 'Training']} href-template="/tag/{slug}"></news-tags>
          <news-breadcrumbs .items=${[{name: 'Home', url: '/'}, {name: 'Here'}]}></news-breadcrumbs>
          <news-article no-breadcrumbs .article=${imJapan}></news-article>
          <news-comments src=${COMMENTS}></news-comments>
          <a id="after" href="#after">after</a>
        </div>
      `);
      await until(
        () => !!wrap.querySelector('news-comments')!.shadowRoot!.querySelector('[part=heading]'),
        'the comments'
      );
      const forward: HTMLElement[] = [];
      (wrap.querySelector('#before') as HTMLElement).focus();
      for (let i = 0; i < 200 && deepActive()?.id !== 'after'; i++) {
        await tab();
        forward.push(deepActive()!);
      }
      expect(deepActive()?.id, 'Tab reaches the element after every block').to.equal('after');
      expect(new Set(forward).size, 'no control visited twice (no cycle)').to.equal(forward.length);
      const hosts = new Set(
        forward.map((e) => ((e.getRootNode() as ShadowRoot).host ?? e).localName)
      );
      for (const tag of [
        'article-list',
        'news-card',
        'related-articles',
        'photo-caption',
        'news-tags',
        'news-breadcrumbs',
        'news-article',
        'news-comments',
      ])
        expect([...hosts], `Tab visits ${tag}`).to.include(tag);
      const backward: HTMLElement[] = [];
      for (let i = 0; i < 200 && deepActive()?.id !== 'before'; i++) {
        await shiftTab();
        backward.push(deepActive()!);
      }
      expect(deepActive()?.id, 'Shift+Tab goes back to the element before').to.equal('before');
      // The same stops in reverse. The feed (mode="feed") may show its third article once its end
      // has come into view (in WebKit, as Shift+Tab came back up to it): that article's stops are
      // the only ones the walk back may add.
      const back = backward.slice(0, -1).reverse();
      const feed = wrap.querySelector('article-list[mode=feed]')!;
      const added = back.filter((e) => !forward.includes(e));
      expect(
        added.filter((e) => (e.getRootNode() as ShadowRoot).host !== feed),
        'stops only the walk back saw, outside the feed'
      ).to.deep.equal([]);
      // Its one article more: the item and its link.
      expect(added.length, 'stops the feed added').to.be.at.most(2);
      expect(
        back.filter((e) => forward.includes(e)),
        'the same stops in reverse'
      ).to.deep.equal(forward.slice(0, -1));
    });

    it('the full-size photo is a modal dialog that Escape leaves, focus back on "Enlarge image"', async () => {
      const {el} = await between<HTMLElement>(
        html`<photo-caption src=${IMG} alt="Workers" zoomable></photo-caption>`,
        'photo-caption'
      );
      const zoom = el.shadowRoot!.querySelector<HTMLElement>('[part=zoom]')!;
      zoom.focus();
      await sendKeys({press: 'Enter'});
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      await until(() => dialog.open, 'the dialog opens');
      const close = el.shadowRoot!.querySelector('[part=close]');
      expect(deepActive(), 'focus on Close').to.equal(close);
      await sendKeys({press: 'Escape'});
      await until(() => !dialog.open, 'Escape closes it');
      expect(deepActive(), 'focus back on Enlarge image').to.equal(zoom);
      await tab();
      expect(document.activeElement?.id, 'and Tab goes on').to.equal('after');
    });
  });

  describe('focus order (2.4.3)', () => {
    it('visits the cards in reading order, top to bottom and by rows in a grid, mirrored in RTL', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const {el, before} = await between<ArticleList>(
          html`<article-list
            dir=${dir}
            layout="grid"
            column-width="10rem"
            style="inline-size: 40rem"
            .articles=${articles(4)}
          ></article-list>`,
          'article-list'
        );
        (before as HTMLElement).focus();
        const seen: HTMLElement[] = [];
        for (let i = 0; i < 4; i++) {
          await tab();
          seen.push(deepActive()!);
        }
        expect(seen.map((s) => s.textContent!.trim())).to.deep.equal([
          'Article 1',
          'Article 2',
          'Article 3',
          'Article 4',
        ]);
        const boxes = seen.map((s) => s.closest('.item')!.getBoundingClientRect());
        // The first row, read in the page's direction.
        const [a, b] = boxes;
        expect(Math.abs(a.top - b.top)).to.be.below(1);
        if (dir === 'ltr') expect(a.left).to.be.below(b.left);
        else expect(a.left).to.be.above(b.left);
        void el;
      }
    });

    it('in a carousel: Previous, Next, then the slides in view in order', async () => {
      const {el, before} = await between<ArticleList>(
        html`<article-list
          layout="carousel"
          style="inline-size: 700px"
          .articles=${articles(6)}
        ></article-list>`,
        'article-list'
      );
      await until(() => qa(el, '.item').filter((s) => s.inert).length === 3, 'three in view');
      (before as HTMLElement).focus();
      const seen: string[] = [];
      for (let i = 0; i < 7 && deepActive()?.id !== 'after'; i++) {
        await tab();
        const a = deepActive()!;
        seen.push(
          a.getAttribute('part') === 'headline'
            ? a.textContent!.trim()
            : (a.getAttribute('part') ?? a.id)
        );
      }
      // Firefox also stops on the scroller itself (a scrollable region), after the buttons.
      if (seen.includes('list')) expect(seen.indexOf('list')).to.equal(2);
      expect(seen.filter((s) => s !== 'list')).to.deep.equal([
        'carousel-previous',
        'carousel-next',
        'Article 1',
        'Article 2',
        'Article 3',
        'after',
      ]);
    });

    it('after Load more, focus moves to the first new article and Tab goes on from there', async () => {
      const {el} = await between<ArticleList>(
        html`<article-list limit="2" load-more .articles=${articles(5)}></article-list>`,
        'article-list'
      );
      q(el, '[part=load-more]')!.focus();
      await sendKeys({press: 'Enter'});
      await until(() => active(el)?.dataset.index === '2', 'focus on the first new article');
      await tab();
      expect(deepActive()!.textContent!.trim()).to.equal('Article 3');
      await tab();
      expect(deepActive()!.textContent!.trim()).to.equal('Article 4');
    });
  });

  describe('keyboard (2.1.1)', () => {
    it('works every control of a list with the keyboard: card links, Load more, Retry', async () => {
      const selected: string[] = [];
      const onSelect = (e: Event) => {
        e.preventDefault();
        selected.push((e as CustomEvent & {article: {title: string}}).article.title);
      };
      document.addEventListener('news-article-select', onSelect);
      try {
        const {el} = await between<ArticleList>(
          html`<article-list limit="2" load-more .articles=${articles(3)}></article-list>`,
          'article-list'
        );
        qa(el, '.headline-link')[1].focus();
        await sendKeys({press: 'Enter'});
        expect(selected, 'Enter on a card link').to.deep.equal(['Article 2']);
        q(el, '[part=load-more]')!.focus();
        await sendKeys({press: ' '});
        await until(() => qa(el, '.item').length === 3, 'Space on Load more shows more');

        const src = `/__news/status/404?keyboard=${uid()}`;
        const failed = await between<ArticleList>(
          html`<article-list src=${src}></article-list>`,
          'article-list'
        );
        await until(() => !!q(failed.el, '[part=retry]'), 'the error state');
        const again = oneEvent(failed.el, 'news-error');
        q(failed.el, '[part=retry]')!.focus();
        await sendKeys({press: 'Enter'});
        expect((await again).type, 'Enter on Retry loads again (and fails again)').to.equal(
          'news-error'
        );
      } finally {
        document.removeEventListener('news-article-select', onSelect);
      }
    });
  });
});

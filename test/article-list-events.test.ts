// The list listens for its cards' clicks and image errors once, on its shadow root (no listener
// per card): the events must behave exactly as a standalone <news-card>'s.
import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/article-list/article-list.js';
import type {NewsArticleSelectEvent} from '../src/events/news-article-select.js';
import {articles, list, oneEvent, qa, until} from './article-list.helpers.js';

/** What the page saw of the last click: was it already cancelled when it reached `window`? */
let lastClickPrevented: boolean | undefined;
const record = (e: Event) => {
  lastClickPrevented = e.defaultPrevented;
  // The test page must never navigate to a card's link.
  e.preventDefault();
};

describe('<article-list>', () => {
  beforeEach(() => {
    lastClickPrevented = undefined;
    window.addEventListener('click', record);
  });
  afterEach(() => window.removeEventListener('click', record));

  describe('when a card is activated', () => {
    it('fires news-article-select from that card link, with its article; cancel stops navigation', async () => {
      const el = await list(html`<article-list .articles=${articles(3)}></article-list>`);
      const links = qa(el, 'a[part=headline]');
      expect(links.length).to.equal(3);
      // Cancel it, as a single-page app that routes itself would.
      el.addEventListener('news-article-select', (e) => e.preventDefault(), {once: true});
      // Read where it came from while it is dispatched (after dispatch both are cleared).
      let seen: {target: EventTarget | null; origin: EventTarget | undefined} | undefined;
      document.addEventListener(
        'news-article-select',
        (e) => (seen = {target: e.target, origin: e.composedPath()[0]}),
        {once: true}
      );
      const fired = oneEvent(document, 'news-article-select');
      links[1].focus();
      await sendKeys({press: 'Enter'});
      const e = (await fired) as NewsArticleSelectEvent;
      // Composed and bubbling: heard by the page, retargeted to the list.
      expect(seen!.target === el, 'retargeted to the list').to.equal(true);
      expect(seen!.origin === links[1], 'dispatched from the link').to.equal(true);
      expect(e.article.title).to.equal('Article 2');
      expect(e.cancelable).to.equal(true);
      await until(() => lastClickPrevented === true, 'the link click was cancelled');
    });

    it('does not cancel the click when nobody cancels the event', async () => {
      const el = await list(html`<article-list .articles=${articles(2)}></article-list>`);
      const link = qa(el, 'a[part=headline]')[0];
      const fired = oneEvent(el, 'news-article-select');
      link.click();
      expect(((await fired) as NewsArticleSelectEvent).article.title).to.equal('Article 1');
      expect(lastClickPrevented).to.equal(false);
    });
  });

  describe('when an image fails to load', () => {
    it('marks it broken, so the neutral box shows instead of the broken-image icon', async () => {
      const el = await list(
        html`<article-list
          .articles=${articles(2, (i) => ({
            image: {url: `${location.origin}/__news/status/404?img=${i}`, width: 800, height: 450},
          }))}
        ></article-list>`
      );
      const imgs = qa(el, 'img[part=image]');
      expect(imgs.length).to.equal(2);
      imgs.forEach((img) => img.setAttribute('loading', 'eager'));
      await until(() => imgs.every((img) => img.hasAttribute('data-broken')), 'both marked broken');
    });
  });
});

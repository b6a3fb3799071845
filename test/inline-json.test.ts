/**
 * One inline-JSON reader (InlineJsonController) for every element that takes a
 * `<script type="application/json">` child, always with the document's base URL: a relative
 * `"url": "/a"` was a link in <related-articles> and dropped in <news-card> and <article-list>.
 */
import {expect, fixture} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/article-list/article-list.js';
import '../src/news-card/news-card.js';
import '../src/related-articles/related-articles.js';

const JSON_CHILD = JSON.stringify([
  {id: 'a', title: 'Relative', url: '/a', image: {url: '/images/a.png', alt: 'A photo'}},
]);

const headline = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=headline]');

describe('inline JSON children', () => {
  for (const tag of ['news-card', 'article-list', 'related-articles']) {
    it(`<${tag}>: a relative "url": "/a" becomes a link on this site, its image too`, async () => {
      const t = unsafeStatic(tag);
      const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(
        staticHtml`<${t}><script type="application/json">${JSON_CHILD}</script></${t}>`
      );
      await el.updateComplete;
      const link = headline(el);
      expect(link, 'the headline is a link').to.not.equal(null);
      expect(link!.getAttribute('href')).to.equal(new URL('/a', document.baseURI).href);
      expect(link!.textContent!.trim()).to.equal('Relative');
      const img = el.shadowRoot!.querySelector('img[part=image]');
      if (tag !== 'related-articles')
        expect(img!.getAttribute('src')).to.equal(new URL('/images/a.png', document.baseURI).href);
    });
  }

  it('an absolute URL that is not http(s) is still dropped (control)', async () => {
    const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(
      staticHtml`<news-card><script type="application/json">${JSON.stringify([
        {id: 'x', title: 'Bad', url: 'javascript:alert(1)'},
      ])}</script></news-card>`
    );
    await el.updateComplete;
    expect(headline(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=headline]')!.textContent!.trim()).to.equal('Bad');
  });
});

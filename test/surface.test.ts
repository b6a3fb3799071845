/**
 * The public surface: the package's index and every `.component.ts` module define no tag;
 * an element registers the children it renders (`dependencies`) when first constructed, also
 * under another tag name; nested elements forward their parts (`exportparts`).
 */
import {expect, fixture} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import * as api from '../src/index.js';
import {make} from './helpers/articles.js';

const TAGS = [
  'news-card',
  'article-list',
  'news-source',
  'news-time',
  'related-articles',
  'photo-caption',
  'news-tags',
  'news-breadcrumbs',
  'news-article',
];

describe('the public surface', () => {
  it('importing the index (every .component module behind it) defines no tag', () => {
    expect(api.NewsArticle).to.be.a('function');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('an element defines its dependencies when first constructed, also when re-tagged', async () => {
    expect(api.NewsArticle.dependencies).to.have.keys(
      'news-breadcrumbs',
      'news-tags',
      'photo-caption'
    );
    api.define('x-surface-article', api.NewsArticle);
    expect(customElements.get('news-tags')).to.equal(undefined);
    document.createElement('x-surface-article');
    expect(customElements.get('news-tags')).to.equal(api.NewsTags);
    expect(customElements.get('news-breadcrumbs')).to.equal(api.NewsBreadcrumbs);
    expect(customElements.get('photo-caption')).to.equal(api.PhotoCaption);
    expect(customElements.get('news-card')).to.equal(undefined);
    // <news-comments> only once an article lists its comments (its chunk is loaded on demand).
    expect(customElements.get('news-comments')).to.equal(undefined);
    const t = unsafeStatic('x-surface-article');
    const article = make({commentsFeed: '/__news/wpc/wp-json/wp/v2/comments?post=8'});
    const el = await fixture(staticHtml`<${t} comments .article=${article}></${t}>`);
    await customElements.whenDefined('news-comments');
    expect(customElements.get('news-comments')).to.equal(api.NewsComments);
    const list = el.shadowRoot!.querySelector('news-comments')!;
    expect(list).to.be.instanceOf(api.NewsComments);
  });

  it('news-article forwards the parts of its nested elements, so the page can style them', async () => {
    api.define('x-surface-article', api.NewsArticle);
    const style = document.createElement('style');
    style.textContent = `
      x-surface-article::part(tags-tag) { outline: 3px solid rgb(1, 2, 3); }
      x-surface-article::part(breadcrumbs-link) { outline: 3px solid rgb(4, 5, 6); }
      x-surface-article::part(lead-photo-image) { outline: 3px solid rgb(7, 8, 9); }`;
    document.head.append(style);
    try {
      const t = unsafeStatic('x-surface-article');
      const article = make({
        url: 'https://example.vn/news/a',
        section: 'News',
        tags: ['Labour'],
        image: {url: 'https://example.vn/a.png', alt: 'A photo', width: 800, height: 450},
      });
      const el = await fixture<InstanceType<typeof api.NewsArticle>>(
        staticHtml`<${t} tag-href-template="/tags/{slug}" .article=${article}></${t}>`
      );
      await el.updateComplete;
      const inner = (tag: string, sel: string) => {
        const host = el.shadowRoot!.querySelector(tag) as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        return host.updateComplete.then(() => host.shadowRoot!.querySelector<HTMLElement>(sel)!);
      };
      const tag = await inner('news-tags', '[part~=tag]');
      const link = await inner('news-breadcrumbs', '[part~=link]');
      const img = await inner('photo-caption', '[part~=image]');
      expect(getComputedStyle(tag).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(link).outlineColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(img).outlineColor).to.equal('rgb(7, 8, 9)');
    } finally {
      style.remove();
    }
  });

  it("exports exactly what the README's API section lists (every runtime export is named there)", async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## Feeds\n'));
    const documented = new Set([...section.matchAll(/`(\w+)`/g)].map((m) => m[1]));
    expect(documented.size).to.be.greaterThan(30);
    const undocumented = Object.keys(api).filter((name) => !documented.has(name));
    expect(undocumented).to.deep.equal([]);
  });
});

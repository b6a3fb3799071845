/**
 * Articles a script gives an element as a property, as a developer without types writes them:
 * plain objects from an API (`{title, url}`, a string author, a string image, a number date), and
 * hostile ones. Each element renders what is usable, warns once in the console naming what it
 * dropped, and never throws; a well-formed Article stays the same object.
 */
import {expect, fixture} from '@open-wc/testing';
import '../src/news-card/news-card.js';
import '../src/article-list/article-list.js';
import '../src/related-articles/related-articles.js';
import '../src/news-article/news-article.js';
import type {NewsCard} from '../src/news-card/news-card.component.js';
import type {ArticleList} from '../src/article-list/article-list.component.js';
import type {RelatedArticles} from '../src/related-articles/related-articles.component.js';
import type {NewsArticle} from '../src/news-article/news-article.component.js';
import type {Article} from '../src/data/article.js';
import {NewsArticleSelectEvent} from '../src/events/news-article-select.js';
import {make} from './helpers/articles.js';

const loose = [
  {title: 'Plain object from an API', url: 'https://news.example/a/1'},
  {
    title: 'A string author, a string image, a number date',
    url: 'https://news.example/a/2',
    authors: 'Lan Anh',
    image: 'https://news.example/a.jpg',
    published: 1699846800000,
    tags: 'Labour',
  },
  {title: 'Hostile link', url: 'javascript:alert(1)', authors: [{name: 'X', url: 'data:x'}]},
] as unknown as Article[];

/** Runs `fn`, collecting console warnings and uncaught errors meanwhile. */
async function watch(fn: () => Promise<void>) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  const onError = (e: ErrorEvent) => void errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => void errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return {warnings, errors};
}

const shadow = (el: Element) => el.shadowRoot!;
const headlines = (el: Element) =>
  [...shadow(el).querySelectorAll('[part=headline]')].map((h) => h.textContent!.trim());

describe('articles given as properties by a script without types', () => {
  it('<news-card> renders a plain object and warns about the fields it dropped', async () => {
    let el!: NewsCard;
    const {warnings, errors} = await watch(async () => {
      el = await fixture<NewsCard>('<news-card lang="en"></news-card>');
      el.article = loose[1];
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(headlines(el)).to.deep.equal([loose[1].title]);
    expect(shadow(el).querySelector('[part=byline]')!.textContent).to.contain('Lan Anh');
    expect(shadow(el).querySelector('time')!.getAttribute('datetime')).to.equal(
      '2023-11-13T03:40:00.000Z'
    );
    expect(shadow(el).querySelector('img')!.getAttribute('src')).to.equal(
      'https://news.example/a.jpg'
    );
    // A string where a list of tags belongs is dropped, and named.
    expect(warnings).to.deep.equal([
      'news-blocks: dropped fields of the wrong type: articles[0].tags',
    ]);
  });

  it('<news-card> never puts a javascript: or data: URL in an href', async () => {
    let el!: NewsCard;
    const {errors} = await watch(async () => {
      el = await fixture<NewsCard>('<news-card lang="en"></news-card>');
      el.article = loose[2];
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(headlines(el)).to.deep.equal(['Hostile link']);
    const hrefs = [...shadow(el).querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((h) => !/^https?:/.test(h!))).to.deep.equal([]);
  });

  it('<article-list> renders every usable object, the same list on every update', async () => {
    let el!: ArticleList;
    const given = [...loose, 42, null, {summary: 'neither title nor url'}] as unknown as Article[];
    const {warnings, errors} = await watch(async () => {
      el = await fixture<ArticleList>('<article-list lang="en" sort="none"></article-list>');
      el.articles = given;
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(headlines(el)).to.deep.equal(loose.map((a) => a.title));
    expect(warnings.length).to.equal(1);
    // Checked once: another update keeps the cards' nodes.
    const first = shadow(el).querySelector('.item');
    el.heading = 'News';
    await el.updateComplete;
    expect(shadow(el).querySelector('.item')).to.equal(first);
  });

  it('a well-formed Article stays the same object (news-article-select carries it)', async () => {
    const article = make({id: 'kept', title: 'Kept as given'});
    const el = await fixture<ArticleList>('<article-list lang="en"></article-list>');
    el.articles = [article];
    await el.updateComplete;
    let selected: Article | undefined;
    el.addEventListener(NewsArticleSelectEvent.eventName, (e) => {
      e.preventDefault();
      selected = (e as NewsArticleSelectEvent).article;
    });
    shadow(el).querySelector<HTMLElement>('a[part=headline]')!.click();
    expect(selected).to.equal(article);
  });

  it('<related-articles> and <news-article> render plain objects without throwing', async () => {
    let related!: RelatedArticles;
    let article!: NewsArticle;
    const {errors} = await watch(async () => {
      related = await fixture<RelatedArticles>(
        '<related-articles lang="en" article-url="https://news.example/other"></related-articles>'
      );
      related.articles = loose;
      article = await fixture<NewsArticle>('<news-article lang="en"></news-article>');
      article.article = {
        title: 'An article from an API',
        url: 'https://news.example/a/9',
        authors: ['Minh'],
        tags: ['Labour', 7],
        contentHtml: '<p>Body <img src=x onerror=alert(1)></p>',
      } as unknown as Article;
      await related.updateComplete;
      await article.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(headlines(related).length).to.be.greaterThan(0);
    expect(shadow(article).querySelector('h1')!.textContent!.trim()).to.equal(
      'An article from an API'
    );
  });
});

describe('other data given as properties by a script without types', () => {
  it('<news-tags>, <news-breadcrumbs> and <photo-caption> render loose values without throwing', async () => {
    await import('../src/news-tags/news-tags.js');
    await import('../src/news-breadcrumbs/news-breadcrumbs.js');
    await import('../src/photo-caption/photo-caption.js');
    const cases: [string, string, unknown][] = [
      ['news-tags', 'tags', 'Labour, Japan'],
      ['news-tags', 'tags', ['Labour', 7, null, {name: 'x'}]],
      ['news-breadcrumbs', 'items', [{name: 'Home', url: 'https://x.example/'}, 'News', null, 5]],
      ['news-breadcrumbs', 'items', 'Home'],
      ['photo-caption', 'image', 'https://news.example/a.jpg'],
      ['photo-caption', 'image', {url: 42, caption: ['x']}],
    ];
    for (const [tag, prop, value] of cases) {
      let el!: HTMLElement & {updateComplete: Promise<boolean>};
      const {errors} = await watch(async () => {
        el = await fixture(`<${tag} lang="en"></${tag}>`);
        (el as unknown as Record<string, unknown>)[prop] = value;
        await el.updateComplete;
      });
      expect(errors, `${tag}.${prop} = ${JSON.stringify(value)}`).to.deep.equal([]);
      expect(el.shadowRoot, tag).to.not.equal(null);
    }
  });
});

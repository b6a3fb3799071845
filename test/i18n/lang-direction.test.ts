import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/news-card/news-card.js';
import '../../src/article-list/article-list.js';
import '../../src/news-breadcrumbs/news-breadcrumbs.js';
import '../../src/news-time/news-time.js';
import {make} from '../helpers/articles.js';
import {articles} from '../article-list.helpers.js';
import type {NewsCard} from '../../src/news-card/news-card.component.js';
import type {ArticleList} from '../../src/article-list/article-list.component.js';
import type {NewsBreadcrumbs} from '../../src/news-breadcrumbs/news-breadcrumbs.component.js';

const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const source = (el: Element) => q(el, '[part=source]').textContent;
const rect = (el: Element, sel: string) => q(el, sel).getBoundingClientRect();

const SOURCE: Record<string, string> = {
  en: 'According to VNEconomy',
  vi: 'Theo VNEconomy',
  ja: '出典：VNEconomy',
  ar: 'المصدر: VNEconomy',
};

describe('lang: every element follows its own and its ancestors’ lang', () => {
  it('switches one widget among en, vi, ja, ar while its neighbour stays put', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <news-card lang="en" .article=${make({language: undefined})}></news-card>
        <news-card lang="en" .article=${make({language: undefined})}></news-card>
      </div>`
    );
    const [el, neighbour] = wrap.querySelectorAll<NewsCard>('news-card');
    await el.updateComplete;
    for (const lang of ['vi', 'ja', 'ar', 'en', 'vi']) {
      el.setAttribute('lang', lang);
      await waitUntil(() => source(el) === SOURCE[lang], `the card speaks ${lang}`);
      expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(source(neighbour)).to.equal(SOURCE.en);
      expect(neighbour.getAttribute('dir')).to.equal('ltr');
    }
  });

  it('follows a change on any ancestor, not only <html>', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<section lang="en">
        <div class="switch" lang="en">
          <news-card .article=${make({language: undefined})}></news-card>
        </div>
        <news-card .article=${make({language: undefined})}></news-card>
      </section>`
    );
    const [inner, outer] = wrap.querySelectorAll<NewsCard>('news-card');
    await inner.updateComplete;
    wrap.querySelector('.switch')!.setAttribute('lang', 'ja');
    await waitUntil(() => source(inner) === SOURCE.ja, 'the inner card speaks Japanese');
    expect(source(outer)).to.equal(SOURCE.en);
    // Removing the wrapper's lang: the section's English applies again.
    wrap.querySelector('.switch')!.removeAttribute('lang');
    await waitUntil(() => source(inner) === SOURCE.en, 'back to English');
  });

  it('follows a lang change inside a shadow root (a framework component around it)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({mode: 'open'});
    const box = document.createElement('div');
    box.lang = 'en';
    const card = document.createElement('news-card') as NewsCard;
    card.article = make({language: undefined});
    box.append(card);
    root.append(box);
    await card.updateComplete;
    expect(source(card)).to.equal(SOURCE.en);
    box.lang = 'vi';
    await waitUntil(() => source(card) === SOURCE.vi, 'the card in the shadow root speaks vi');
    box.lang = 'ar';
    await waitUntil(() => source(card) === SOURCE.ar, 'then ar');
    expect(card.getAttribute('dir')).to.equal('rtl');
  });

  it('regional tags format dates in their region and strings in the nearest locale', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <news-time
          lang="en-GB"
          format="absolute"
          time-zone="UTC"
          datetime="2023-11-13T03:40:00Z"
        ></news-time>
        <news-time
          lang="zh-TW"
          format="absolute"
          time-zone="UTC"
          datetime="2023-11-13T03:40:00Z"
        ></news-time>
      </div>`
    );
    const [gb, tw] = wrap.querySelectorAll('news-time');
    await gb.updateComplete;
    await tw.updateComplete;
    expect(q(gb, 'time').textContent!.trim()).to.equal('13 Nov 2023');
    expect(q(tw, 'time').textContent!.trim()).to.equal('2023年11月13日');
    gb.setAttribute('lang', 'en-US');
    await waitUntil(() => q(gb, 'time').textContent!.trim() === 'Nov 13, 2023', 'en-US now');
  });
});

describe('dir: the UI direction follows the UI locale (geometry)', () => {
  async function carousel(pageDir: string, pageLang: string, lang: string) {
    const wrap = await fixture<HTMLDivElement>(
      html`<div dir=${pageDir} lang=${pageLang} style="inline-size: 600px">
        <article-list lang=${lang} layout="carousel" .articles=${articles(6)}></article-list>
      </div>`
    );
    const el = wrap.querySelector<ArticleList>('article-list')!;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.carousel-button').length === 2);
    return el;
  }

  it('an ar list on an LTR page mirrors: dir="rtl", Previous on the right, heading at the right', async () => {
    const el = await carousel('ltr', 'en', 'ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    const [prev, next] = el.shadowRoot!.querySelectorAll('.carousel-button');
    expect(prev.getBoundingClientRect().left).to.be.greaterThan(next.getBoundingClientRect().left);
    // The first slide starts at the right edge.
    const first = el.shadowRoot!.querySelector('.item')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(box.right - first.right).to.be.lessThan(box.width / 4);
  });

  it('an en list on an RTL page stays LTR: Previous on the left, first slide at the left', async () => {
    const el = await carousel('rtl', 'ar', 'en');
    expect(el.getAttribute('dir')).to.equal('ltr');
    const [prev, next] = el.shadowRoot!.querySelectorAll('.carousel-button');
    expect(prev.getBoundingClientRect().left).to.be.lessThan(next.getBoundingClientRect().left);
    const first = el.shadowRoot!.querySelector('.item')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(first.left - box.left).to.be.lessThan(box.width / 4);
  });

  it('horizontal cards put the image on the inline start of their UI locale, either way', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar" style="inline-size: 40rem">
        <news-card
          lang="en"
          layout="horizontal"
          .article=${make({language: undefined})}
        ></news-card>
        <news-card layout="horizontal" .article=${make({language: undefined})}></news-card>
      </div>`
    );
    const [en, ar] = wrap.querySelectorAll<NewsCard>('news-card');
    await en.updateComplete;
    await ar.updateComplete;
    expect(en.getAttribute('dir')).to.equal('ltr');
    expect(rect(en, '.media').right).to.be.at.most(rect(en, '.body').left + 1);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(rect(ar, '.media').left).to.be.at.least(rect(ar, '.body').right - 1);
  });

  it('breadcrumbs of an ar widget on an LTR page run right to left', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div dir="ltr" lang="en">
        <news-breadcrumbs
          lang="ar"
          .items=${[{name: 'Home', url: 'https://example.com/'}, {name: 'News'}]}
        ></news-breadcrumbs>
      </div>`
    );
    const el = wrap.querySelector<NewsBreadcrumbs>('news-breadcrumbs')!;
    await el.updateComplete;
    const [home, news] = el.shadowRoot!.querySelectorAll('li');
    expect(home.getBoundingClientRect().left).to.be.greaterThan(news.getBoundingClientRect().left);
  });

  it('keeps a dir the page set on the element', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card dir="ltr" lang="ar" .article=${make({language: undefined})}></news-card>`
    );
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    el.setAttribute('lang', 'vi');
    await waitUntil(() => source(el) === SOURCE.vi);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });
});

describe('bidi: names and dates isolated in a widget of the other direction', () => {
  it('an ar article widget isolates the byline name, the source name, the dateline and the date', async () => {
    const {make: makeArticle} = await import('../helpers/articles.js');
    await import('../../src/news-article/news-article.js');
    const el = await fixture<HTMLElement>(
      html`<div dir="ltr" lang="en">
        <news-article
          lang="ar"
          time-zone="UTC"
          .article=${makeArticle({authors: [{name: 'Lan Anh'}], dateline: 'LĐXH'})}
        ></news-article>
      </div>`
    );
    const article = el.querySelector('news-article')!;
    await waitUntil(() => article.shadowRoot?.querySelector('[part=byline] bdi'), 'the byline');
    const root = article.shadowRoot!;
    expect(article.getAttribute('dir')).to.equal('rtl');
    expect(root.querySelector('[part=byline] bdi')!.textContent).to.equal('Lan Anh');
    expect(root.querySelector('[part=source] bdi')!.textContent).to.equal('VNEconomy');
    expect(root.querySelector('bdi[part=dateline]')!.textContent).to.equal('LĐXH');
    const time = root.querySelector<HTMLElement>('[part=published]')!;
    expect(getComputedStyle(time).unicodeBidi).to.equal('isolate');
    // The sentence itself is unchanged: no invisible marks in the text.
    expect(root.querySelector('[part=source]')!.textContent!.trim()).to.equal('المصدر: VNEconomy');
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news-card/news-card.js';
import '../../src/article-list/article-list.js';
import {LOCALE_LOADERS, SUPPORTED_LOCALES} from '../../src/i18n/locales.js';
import {matchLocale} from '../../src/i18n/resolve.js';
import {seedArticle, make} from '../helpers/articles.js';
import type {NewsCard} from '../../src/news-card/news-card.component.js';
import type {ArticleList} from '../../src/article-list/article-list.component.js';

const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const LOCALES = ['vi', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'th', 'id', 'fr', 'de', 'es', 'ar'];

/** Every id in the English source, read from one XLIFF file served by the test server. */
async function sourceIds(): Promise<string[]> {
  const xml = new DOMParser().parseFromString(
    await (await fetch('/xliff/vi.xlf')).text(),
    'application/xml'
  );
  return [...xml.getElementsByTagName('trans-unit')].map((u) => u.getAttribute('id')!);
}

describe('localization', () => {
  it('speaks at least the 11 required locales besides English', () => {
    for (const l of LOCALES) expect(SUPPORTED_LOCALES, l).to.include(l);
  });

  it('every locale has a translation for every string (XLIFF and generated module)', async () => {
    const ids = await sourceIds();
    expect(ids.length).to.be.greaterThan(10);
    for (const l of LOCALES) {
      const xml = new DOMParser().parseFromString(
        await (await fetch(`/xliff/${l}.xlf`)).text(),
        'application/xml'
      );
      for (const unit of xml.getElementsByTagName('trans-unit')) {
        const target = unit.getElementsByTagName('target')[0];
        expect(
          target?.textContent?.trim() || target?.childNodes.length,
          `${l}: ${unit.getAttribute('id')}`
        ).to.be.ok;
      }
      const {templates} = await LOCALE_LOADERS[l]();
      expect(Object.keys(templates).sort(), l).to.deep.equal([...ids].sort());
    }
  });

  it('matches BCP 47 tags with fallback', () => {
    expect(matchLocale('vi-VN')).to.equal('vi');
    expect(matchLocale('zh-TW')).to.equal('zh-Hant');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('pt-BR')).to.equal(undefined);
  });

  it('two widgets with different UI languages on one page both render right', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <news-card lang="en" .article=${seedArticle}></news-card>
        <news-card lang="vi" .article=${seedArticle}></news-card>
      </div>`
    );
    const [en, vi] = wrap.querySelectorAll('news-card');
    await en.updateComplete;
    await vi.updateComplete;
    expect(q(en, '[part=source]').textContent).to.equal('According to VNEconomy');
    expect(q(vi, '[part=source]').textContent).to.equal('Theo VNEconomy');
    expect(q(en, '[part=tags]').getAttribute('aria-label')).to.equal('Tags');
    expect(q(vi, '[part=tags]').getAttribute('aria-label')).to.equal('Thẻ');
    // Dates come from Intl in each widget's locale.
    expect(q(vi, 'time').textContent).to.not.equal(q(en, 'time').textContent);
    // The article is English: in the Vietnamese widget its content is marked as English.
    expect(q(vi, 'article').getAttribute('lang')).to.equal('en');
  });

  it('takes the locale from the nearest ancestor lang, and follows <html lang> changes', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="ja-JP"><news-card .article=${make({language: undefined})}></news-card></div>`
    );
    const el = wrap.querySelector('news-card')!;
    await el.updateComplete;
    expect(q(el, '[part=source]').textContent).to.equal('出典：VNEconomy');
    const before = document.documentElement.lang;
    const card = document.createElement('news-card');
    card.article = make({language: undefined});
    document.body.append(card);
    try {
      document.documentElement.lang = 'de';
      await new Promise((r) => setTimeout(r, 50));
      await card.updateComplete;
      expect(q(card, '[part=source]').textContent).to.equal('Quelle: VNEconomy');
    } finally {
      document.documentElement.lang = before;
      card.remove();
    }
  });

  for (const l of LOCALES) {
    it(`renders every part in ${l} with no English fallback`, async () => {
      const el = await fixture<NewsCard>(
        html`<news-card lang=${l} .article=${make({language: undefined})}></news-card>`
      );
      await el.updateComplete;
      const {templates} = (await LOCALE_LOADERS[l]()) as {templates: Record<string, unknown>};
      expect(q(el, '[part=source]').textContent).to.not.equal('According to VNEconomy');
      expect(q(el, '[part=tags]').getAttribute('aria-label')).to.equal(templates['tags.label']);
      if (['vi', 'ja', 'ar'].includes(l)) await expect(el).to.be.accessible();
    });
  }

  const many = Array.from({length: 8}, (_, i) =>
    make({id: `a${i}`, url: `https://example.com/a${i}`, language: undefined})
  );
  for (const l of LOCALES) {
    it(`renders <article-list> in ${l} with no English fallback`, async () => {
      const el = await fixture<ArticleList>(
        html`<article-list
          lang=${l}
          limit="4"
          load-more
          skip-threshold="2"
          .articles=${many}
        ></article-list>`
      );
      await el.updateComplete;
      const {templates} = (await LOCALE_LOADERS[l]()) as {templates: Record<string, unknown>};
      const text = (part: string) => q(el, `[part=${part}]`).textContent!.trim();
      expect(q(el, '[part=group]').getAttribute('aria-label')).to.equal(
        templates['article-list.label']
      );
      expect(text('load-more')).to.equal(templates['article-list.load-more']);
      expect(text('skip-link')).to.equal(templates['article-list.skip']);
      expect(text('end')).to.equal(templates['article-list.end']);
      expect(text('load-more')).to.not.equal('Load more');
      if (['vi', 'ja', 'ar'].includes(l)) await expect(el).to.be.accessible();
    });
  }

  it('renders the error state in Vietnamese', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card lang="vi" src="/__news/status/404"></news-card>`
    );
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[role=alert]'); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(q(el, '[role=alert]').textContent).to.contain('Máy chủ nguồn tin báo lỗi (404).');
    expect(q(el, 'button.retry').textContent!.trim()).to.equal('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('mirrors the layout for an Arabic widget (geometry) and sets dir="rtl"', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en" style="inline-size: 40rem">
        <news-card
          lang="ar"
          layout="horizontal"
          .article=${make({language: undefined})}
        ></news-card>
        <news-card
          lang="en"
          layout="horizontal"
          .article=${make({language: undefined})}
        ></news-card>
      </div>`
    );
    const [ar, en] = wrap.querySelectorAll('news-card');
    await ar.updateComplete;
    expect(q(ar, 'article').getAttribute('dir')).to.equal('rtl');
    const arImg = q(ar, '.media').getBoundingClientRect();
    const arBody = q(ar, '.body').getBoundingClientRect();
    expect(arImg.left).to.be.at.least(arBody.right - 1);
    const enImg = q(en, '.media').getBoundingClientRect();
    const enBody = q(en, '.body').getBoundingClientRect();
    expect(enImg.right).to.be.at.most(enBody.left + 1);
    await expect(ar).to.be.accessible();
  });

  it('importing the package does not configure @lit/localize (a host app keeps its own)', async () => {
    await import('../../src/index.js');
    const {configureLocalization} = await import('@lit/localize');
    // Throws if something already called it: only one configuration is allowed per page.
    let host: ReturnType<typeof configureLocalization> | undefined;
    expect(() => {
      host = configureLocalization({
        sourceLocale: 'en',
        targetLocales: [],
        loadLocale: () => Promise.reject(new Error('none')),
      });
    }).to.not.throw();
    // The host's locale is its own: our Vietnamese and Arabic widgets above did not move it.
    expect(host!.getLocale()).to.equal('en');
  });

  it('re-renders widgets when a host app reports lit-localize-status ready', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card .article=${make({language: undefined})}></news-card>`
    );
    await el.updateComplete;
    const before = document.documentElement.lang;
    let rendered = 0;
    const orig = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof orig>) => {
      rendered++;
      return orig(...args);
    };
    try {
      window.dispatchEvent(
        new CustomEvent('lit-localize-status', {detail: {status: 'loading', loadingLocale: 'fr'}})
      );
      expect(rendered).to.equal(0);
      window.dispatchEvent(
        new CustomEvent('lit-localize-status', {detail: {status: 'ready', readyLocale: 'fr'}})
      );
      expect(rendered).to.equal(1);
    } finally {
      document.documentElement.lang = before;
    }
  });
});

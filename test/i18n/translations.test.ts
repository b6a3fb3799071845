import {expect} from '@open-wc/testing';
import {LOCALE_LOADERS} from '../../src/i18n/locales.js';

/**
 * The review list every locale file passes: no English left, no space before a counter in
 * Japanese and Chinese, and each language's news register for the strings the issue named.
 */
const LOCALES = Object.keys(LOCALE_LOADERS);
// Targets that are the same word as the English source, and right in that language.
// German "Name"; Vietnamese and Indonesian WordPress say "Email" in their own comment forms.
const SAME_AS_ENGLISH = new Set([
  'fr:article-list.label',
  'de:news-comments.reply.name',
  'vi:news-comments.reply.email',
  'id:news-comments.reply.email',
]);

type Unit = {id: string; source: string; target: string};

async function units(locale: string): Promise<Unit[]> {
  const xml = new DOMParser().parseFromString(
    await (await fetch(`/xliff/${locale}.xlf`)).text(),
    'application/xml'
  );
  // Placeholders as {0}, {1} …: the text a translator reviews.
  const text = (el: Element | undefined) => {
    if (!el) return '';
    let out = '';
    for (const n of el.childNodes)
      out +=
        n.nodeType === Node.ELEMENT_NODE ? `{${(n as Element).getAttribute('id')}}` : n.textContent;
    return out;
  };
  return [...xml.getElementsByTagName('trans-unit')].map((u) => ({
    id: u.getAttribute('id')!,
    source: text(u.getElementsByTagName('source')[0]),
    target: text(u.getElementsByTagName('target')[0]),
  }));
}

describe('translations: the review list', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every string translated, none left in English`, async () => {
      const list = await units(locale);
      expect(list.length).to.be.greaterThan(30);
      for (const u of list) {
        expect(u.target.trim(), `${locale}:${u.id}`).to.not.equal('');
        if (!SAME_AS_ENGLISH.has(`${locale}:${u.id}`))
          expect(u.target, `${locale}:${u.id} is the English source`).to.not.equal(u.source);
        // Every placeholder of the source is used.
        for (const h of u.source.match(/\{\d\}/g) ?? [])
          expect(u.target, `${locale}:${u.id} keeps ${h}`).to.contain(h);
      }
    });
  }

  for (const locale of ['ja', 'zh-Hans', 'zh-Hant']) {
    it(`${locale}: no space between a number and its counter or the words around it`, async () => {
      for (const u of await units(locale)) {
        // "新着記事 3 件", "第 1 至 10 篇", "コメント 3 件", "{0} の…": none.
        expect(u.target, `${locale}:${u.id}`).to.not.match(
          /[\u3040-\u30ff\u3400-\u9fff]\s+\{\d\}|\{\d\}\s+[\u3040-\u30ff\u3400-\u9fff]/u
        );
      }
    });
  }

  it('says what Japanese and Vietnamese news say (the strings the issue named)', async () => {
    const ja = Object.fromEntries((await units('ja')).map((u) => [u.id, u.target]));
    expect(ja['time.updated']).to.equal('{0}に更新');
    expect(ja['states.retry']).to.equal('再試行');
    expect(ja['article-list.new-many']).to.equal('新着記事{0}件');
    const vi = Object.fromEntries((await units('vi')).map((u) => [u.id, u.target]));
    // "Đường dẫn" also means a URL; "tiêu đề" is a title, not an HTTP header.
    expect(vi['news-breadcrumbs.label']).to.not.contain('Đường dẫn');
    expect(vi['states.error.network']).to.not.contain('tiêu đề');
    expect(vi['states.error.network']).to.contain('header HTTP Access-Control-Allow-Origin');
  });
});

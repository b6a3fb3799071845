// Cards in a page of the other direction: names, source names and dates are bidi-isolated
// (`isolatedRuns`, the one reader behind `<bdi>` in cards and `<news-article>`), so a list of an
// Arabic and a Latin name, or a date, never scrambles. Checked by text order and by geometry.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news-card/news-card.js';
import {make} from '../helpers/articles.js';
import type {NewsCard} from '../../src/news-card/news-card.component.js';

const ARABIC = 'محمد علي';
const LATIN = 'Lan Anh';

async function card(pageDir: string, pageLang: string, lang: string, names: string[]) {
  const wrap = await fixture<HTMLDivElement>(
    html`<div dir=${pageDir} lang=${pageLang} style="inline-size: 40rem">
      <news-card
        lang=${lang}
        time-zone="UTC"
        .article=${make({
          language: undefined,
          dateline: undefined,
          authors: names.map((name) => ({name})),
          published: '2023-11-13T10:40:00Z',
          source: {name: 'الجزيرة 24'},
        })}
      ></news-card>
    </div>`
  );
  const el = wrap.querySelector<NewsCard>('news-card')!;
  await el.updateComplete;
  return el.shadowRoot!;
}

/** The box of the first occurrence of `needle` in `root`'s text (a Range over its characters). */
function textRect(root: Element, needle: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const at = t.nodeValue!.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + needle.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`no text "${needle}"`);
}

const isolated = (el: Element) => getComputedStyle(el).unicodeBidi === 'isolate';

describe('bidi: cards isolate names, sources and dates', () => {
  it('an en card in an RTL page: "By محمد علي and Lan Anh" reads left to right, name by name', async () => {
    const root = await card('rtl', 'ar', 'en', [ARABIC, LATIN]);
    const byline = root.querySelector<HTMLElement>('[part=byline]')!;
    expect(byline.textContent).to.equal(`By ${ARABIC} and ${LATIN}`);
    const names = [...byline.querySelectorAll('bdi')];
    expect(names.map((b) => b.textContent)).to.deep.equal([ARABIC, LATIN]);
    expect(names.every(isolated)).to.equal(true);
    // Geometry: "By", the Arabic name, "and", the Latin name, from left to right. With the list
    // isolated as one run in the first name's direction, "and Lan Anh" came before the Arabic name.
    const by = textRect(byline, 'By');
    const ar = names[0].getBoundingClientRect();
    const and = textRect(byline, 'and');
    const lat = names[1].getBoundingClientRect();
    expect(by.right).to.be.at.most(ar.left + 1);
    expect(ar.right).to.be.at.most(and.left + 1);
    expect(and.right).to.be.at.most(lat.left + 1);

    const time = root.querySelector<HTMLElement>('time[part=time]')!;
    expect(time.getAttribute('dir')).to.equal('ltr');
    expect(isolated(time)).to.equal(true);
    expect(textRect(time, 'Nov').left).to.be.lessThan(textRect(time, '2023').left);

    const source = root.querySelector<HTMLElement>('[part=source]')!;
    expect(source.textContent).to.equal('According to الجزيرة 24');
    const bdi = source.querySelector('bdi')!;
    expect(bdi.textContent).to.equal('الجزيرة 24');
    // The sentence's own words stay at its start (the left), the isolated name after them.
    expect(textRect(source, 'According').right).to.be.at.most(bdi.getBoundingClientRect().left + 1);
  });

  it('an ar card in an LTR page: "بقلم Lan Anh و محمد علي" reads right to left, name by name', async () => {
    const root = await card('ltr', 'en', 'ar', [LATIN, ARABIC]);
    const byline = root.querySelector<HTMLElement>('[part=byline]')!;
    const names = [...byline.querySelectorAll('bdi')];
    expect(names.map((b) => b.textContent)).to.deep.equal([LATIN, ARABIC]);
    expect(names.every(isolated)).to.equal(true);
    // Logical order is the sentence's: the Arabic "By" first, then the names in list order.
    const text = byline.textContent!;
    expect(text.startsWith('بقلم ')).to.equal(true);
    expect(text.indexOf(LATIN)).to.be.lessThan(text.indexOf(ARABIC));
    // Right to left on screen: "بقلم", the Latin name, then the Arabic name at the far left.
    const by = textRect(byline, 'بقلم');
    const lat = names[0].getBoundingClientRect();
    const ar = names[1].getBoundingClientRect();
    expect(lat.right).to.be.at.most(by.left + 1);
    expect(ar.right).to.be.at.most(lat.left + 1);

    const time = root.querySelector<HTMLElement>('time[part=time]')!;
    expect(time.getAttribute('dir')).to.equal('rtl');
    expect(isolated(time)).to.equal(true);
    expect(getComputedStyle(time).direction).to.equal('rtl');

    const source = root.querySelector<HTMLElement>('[part=source]')!;
    expect(source.textContent).to.equal('المصدر: الجزيرة 24');
    expect(source.querySelector('bdi')!.textContent).to.equal('الجزيرة 24');
  });

  it('a card without authors or source renders no empty isolate', async () => {
    const root = await card('ltr', 'en', 'en', []);
    expect(root.querySelector('[part=byline]')).to.equal(null);
    expect(root.querySelectorAll('[part=meta] bdi')).to.have.length(1);
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/news-tags/news-tags.js';
import {tagHref, type NewsTags} from '../src/news-tags/news-tags.component.js';

const TAGS = ['Vietnam – Japan', 'Vocational training', 'Lao động'];

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const all = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

async function tags(inner: ReturnType<typeof html>, lang = 'en'): Promise<NewsTags> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>${inner}</div>`);
  const el = wrap.querySelector('news-tags')!;
  await el.updateComplete;
  return el;
}

describe('<news-tags>', () => {
  it('renders a labelled list of tags as text', async () => {
    const el = await tags(html`<news-tags .tags=${TAGS}></news-tags>`);
    const ul = q(el, 'ul')!;
    expect(ul.getAttribute('role')).to.equal('list');
    expect(getComputedStyle(ul).listStyleType).to.equal('none');
    const label = q(el, '[part=label]')!;
    expect(label.textContent).to.equal('Tags');
    expect(ul.getAttribute('aria-labelledby')).to.equal(label.id);
    expect(all(el, '[part=tag]').map((t) => t.textContent!.trim())).to.deep.equal(TAGS);
    expect(q(el, 'a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws the label suffix with CSS, not text, and themes the "TAG:" look by tokens', async () => {
    const el = await tags(
      html`<news-tags
        .tags=${TAGS}
        style="--news-tags-label-transform: uppercase; --news-tags-label-suffix: ' »'"
      ></news-tags>`
    );
    const label = q(el, '[part=label]')!;
    expect(label.textContent).to.equal('Tags');
    expect(getComputedStyle(label).textTransform).to.equal('uppercase');
    expect(getComputedStyle(label, '::after').content).to.contain('»');
  });

  it('renders nothing without tags', async () => {
    const el = await tags(html`<news-tags></news-tags>`);
    expect(q(el, 'ul')).to.equal(null);
  });

  it('reads a JSON child, and follows its changes', async () => {
    const el = await tags(
      html`<news-tags
        ><script type="application/json">
          ["KOSEN", "", 42, {"name": "Human resources"}, "KOSEN"]
        </script></news-tags
      >`
    );
    expect(all(el, '[part=tag]').map((t) => t.textContent!.trim())).to.deep.equal([
      'KOSEN',
      'Human resources',
    ]);
    el.querySelector('script')!.textContent = '["Changed"]';
    for (let i = 0; i < 50 && q(el, '[part=tag]')!.textContent!.trim() !== 'Changed'; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(all(el, '[part=tag]').map((t) => t.textContent!.trim())).to.deep.equal(['Changed']);
    await expect(el).to.be.accessible();
  });

  it('survives an invalid JSON child', async () => {
    const el = await tags(
      html`<news-tags
        ><script type="application/json">
          [oops
        </script></news-tags
      >`
    );
    expect(q(el, 'ul')).to.equal(null);
  });

  describe('when href-template is set', () => {
    it('links each tag with {slug}, resolved against the document base', async () => {
      const el = await tags(
        html`<news-tags .tags=${TAGS} href-template="/tag/{slug}"></news-tags>`
      );
      const links = all(el, 'a[part=link]') as HTMLAnchorElement[];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
        ['vietnam-japan', 'vocational-training', 'lao-dong'].map(
          (s) => new URL(`/tag/${s}`, document.baseURI).href
        )
      );
      expect(links.map((a) => a.textContent)).to.deep.equal(TAGS);
      await expect(el).to.be.accessible();
    });

    it('encodes {tag}', async () => {
      const el = await tags(
        html`<news-tags
          .tags=${['C&C / R?', 'Lao động']}
          href-template="https://news.example/search?q={tag}"
        ></news-tags>`
      );
      const hrefs = all(el, 'a').map((a) => a.getAttribute('href'));
      expect(hrefs[0]).to.equal('https://news.example/search?q=C%26C%20%2F%20R%3F');
      expect(new URL(hrefs[1]!).searchParams.get('q')).to.equal('Lao động');
    });

    it('is reachable by keyboard', async () => {
      const el = await tags(
        html`<news-tags .tags=${TAGS} href-template="/tag/{slug}"></news-tags>`
      );
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(q(el, 'a'));
    });

    it('never links to a javascript: or data: URL', async () => {
      for (const template of [
        'javascript:alert("{tag}")',
        ' JavaScript:alert(1)//{slug}',
        'data:text/html,{tag}',
        'java\tscript:alert(1)',
      ]) {
        const el = await tags(
          html`<news-tags .tags=${TAGS} href-template=${template}></news-tags>`
        );
        expect(q(el, 'a'), template).to.equal(null);
        expect(el.shadowRoot!.innerHTML).to.not.match(/javascript:|data:/i);
        expect(all(el, '[part=tag]')).to.have.length(3);
      }
      expect(tagHref('/t/{tag}', '"><script>', 'https://x.example/')).to.equal(
        'https://x.example/t/%22%3E%3Cscript%3E'
      );
      expect(tagHref('/t/{slug}', '!!!', 'https://x.example/')).to.equal(undefined);
    });
  });

  describe('when localized', () => {
    it('says "Thẻ" in Vietnamese', async () => {
      const el = await tags(html`<news-tags .tags=${TAGS}></news-tags>`, 'vi');
      expect(q(el, '[part=label]')!.textContent).to.equal('Thẻ');
      await expect(el).to.be.accessible();
    });

    it('takes `label` over the localized text', async () => {
      const el = await tags(html`<news-tags .tags=${TAGS} label="Topics"></news-tags>`, 'vi');
      expect(q(el, '[part=label]')!.textContent).to.equal('Topics');
    });

    it('hides the label visually with no-label, keeping the list named', async () => {
      const el = await tags(html`<news-tags .tags=${TAGS} no-label></news-tags>`);
      const label = q(el, '[part=label]')!;
      expect(label.classList.contains('visually-hidden')).to.equal(true);
      expect(label.getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();
    });
  });

  it('renders hostile tag text as text', async () => {
    const el = await tags(html`<news-tags .tags=${['<img src=x onerror=alert(1)>']}></news-tags>`);
    expect(q(el, 'img')).to.equal(null);
    expect(q(el, '[part=tag]')!.textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import '../src/news-breadcrumbs/news-breadcrumbs.js';
import type {
  BreadcrumbItem,
  NewsBreadcrumbs,
} from '../src/news-breadcrumbs/news-breadcrumbs.component.js';

const ITEMS: BreadcrumbItem[] = [
  {name: 'Home', url: 'https://molisa.example.vn/'},
  {name: 'News', url: '/news'},
  {name: 'Promote cooperation in training high-quality human resources'},
];

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const all = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

async function crumbs(
  inner: ReturnType<typeof html>,
  attrs: {lang?: string; dir?: string} = {}
): Promise<NewsBreadcrumbs> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${attrs.lang ?? 'en'} dir=${attrs.dir ?? 'ltr'}>${inner}</div>`
  );
  const el = wrap.querySelector('news-breadcrumbs')!;
  await el.updateComplete;
  return el;
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('<news-breadcrumbs>', () => {
  it('renders a named nav with an ordered list, the last item aria-current="page"', async () => {
    const el = await crumbs(html`<news-breadcrumbs .items=${ITEMS}></news-breadcrumbs>`);
    const nav = q(el, 'nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Breadcrumb');
    expect(q(el, 'nav > ol[role=list]')).to.not.equal(null);
    const li = all(el, 'li');
    expect(li.map((x) => x.textContent!.trim())).to.deep.equal(ITEMS.map((i) => i.name));
    const links = all(el, 'a') as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://molisa.example.vn/',
      new URL('/news', document.baseURI).href,
    ]);
    const current = el.shadowRoot!.querySelectorAll('[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0].getAttribute('aria-current')).to.equal('page');
    expect(li[2].contains(current[0])).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps a link on the current page when it has a URL', async () => {
    const el = await crumbs(
      html`<news-breadcrumbs .items=${[ITEMS[0], {name: 'News', url: '/news'}]}></news-breadcrumbs>`
    );
    const last = all(el, 'a').at(-1)!;
    expect(last.getAttribute('aria-current')).to.equal('page');
    await expect(el).to.be.accessible();
  });

  it('draws separators with CSS, not text', async () => {
    const el = await crumbs(html`<news-breadcrumbs .items=${ITEMS}></news-breadcrumbs>`);
    const [first, second] = all(el, 'li');
    expect(el.shadowRoot!.querySelector('ol')!.textContent).to.not.match(/[/›>»|]/);
    expect(getComputedStyle(first, '::before').content).to.equal('none');
    const sep = getComputedStyle(second, '::before');
    expect(sep.content).to.equal('""');
    expect(parseFloat(sep.borderRightWidth)).to.be.greaterThan(0);
  });

  it('mirrors the separator in right-to-left pages', async () => {
    const ltr = await crumbs(html`<news-breadcrumbs .items=${ITEMS}></news-breadcrumbs>`);
    const rtl = await crumbs(html`<news-breadcrumbs .items=${ITEMS}></news-breadcrumbs>`, {
      lang: 'ar',
      dir: 'rtl',
    });
    const a = getComputedStyle(all(ltr, 'li')[1], '::before');
    const b = getComputedStyle(all(rtl, 'li')[1], '::before');
    // LTR: top + right borders turned 45° point right; RTL: top + left borders turned −45° point left.
    expect(parseFloat(a.borderRightWidth)).to.be.greaterThan(0);
    expect(parseFloat(a.borderLeftWidth)).to.equal(0);
    expect(parseFloat(b.borderLeftWidth)).to.be.greaterThan(0);
    expect(parseFloat(b.borderRightWidth)).to.equal(0);
    const angle = (m: string) => {
      const [c, s] = m
        .match(/matrix\(([^)]+)\)/)![1]
        .split(',')
        .map(Number);
      return Math.round((Math.atan2(s, c) * 180) / Math.PI);
    };
    expect(angle(a.transform)).to.equal(45);
    expect(angle(b.transform)).to.equal(-45);
    // In RTL the trail runs right to left.
    const [home, news] = all(rtl, 'li').map((l) => l.getBoundingClientRect());
    expect(news.right).to.be.at.most(home.left + 1);
    await expect(rtl).to.be.accessible();
  });

  it('renders nothing without items', async () => {
    const el = await crumbs(html`<news-breadcrumbs></news-breadcrumbs>`);
    expect(q(el, 'nav')).to.equal(null);
  });

  describe('when the trail is in the light DOM', () => {
    it('reads slotted links and the last text as the current page', async () => {
      const el = await crumbs(
        html`<news-breadcrumbs
          ><a href="/">Home</a><a href="/news">News</a><span>This article</span></news-breadcrumbs
        >`
      );
      expect(all(el, 'li').map((l) => l.textContent!.trim())).to.deep.equal([
        'Home',
        'News',
        'This article',
      ]);
      expect(all(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([
        new URL('/', document.baseURI).href,
        new URL('/news', document.baseURI).href,
      ]);
      expect(q(el, '[aria-current=page]')!.textContent).to.equal('This article');
      await expect(el).to.be.accessible();
    });

    it('reads an <ol> of links and follows changes', async () => {
      const el = await crumbs(
        html`<news-breadcrumbs
          ><ol>
            <li><a href="/">Home</a></li>
            <li>Here</li>
          </ol></news-breadcrumbs
        >`
      );
      expect(all(el, 'li')).to.have.length(2);
      el.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li>Deeper</li>');
      await until(() => all(el, 'li').length === 3);
      expect(q(el, '[aria-current=page]')!.textContent).to.equal('Deeper');
    });

    it('reads a JSON child', async () => {
      const el = await crumbs(
        html`<news-breadcrumbs
          ><script type="application/json">
            [{"name": "Home", "url": "/"}, {"name": ""}, {"name": "Tin tức"}]
          </script></news-breadcrumbs
        >`
      );
      expect(all(el, 'li').map((l) => l.textContent!.trim())).to.deep.equal(['Home', 'Tin tức']);
      await expect(el).to.be.accessible();
    });
  });

  describe('when structured-data is set', () => {
    it('writes BreadcrumbList JSON-LD into the light DOM', async () => {
      const el = await crumbs(
        html`<news-breadcrumbs .items=${ITEMS} structured-data></news-breadcrumbs>`
      );
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0].textContent!)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          {'@type': 'ListItem', position: 1, name: 'Home', item: 'https://molisa.example.vn/'},
          {
            '@type': 'ListItem',
            position: 2,
            name: 'News',
            item: new URL('/news', document.baseURI).href,
          },
          {'@type': 'ListItem', position: 3, name: ITEMS[2].name},
        ],
      });
      // The light DOM script does not become a breadcrumb itself.
      expect(all(el, 'li')).to.have.length(3);
    });

    it('escapes "<" so a name cannot close the script', async () => {
      const el = await crumbs(
        html`<news-breadcrumbs
          .items=${[{name: '</script><img src=x onerror=alert(1)>&'}]}
          structured-data
        ></news-breadcrumbs>`
      );
      const script = el.querySelector('script[type="application/ld+json"]')!;
      // The same escaping as <news-article>'s JSON-LD (one writer): < > & U+2028 U+2029.
      for (const raw of ['<', '>', '&']) expect(script.textContent).to.not.contain(raw);
      expect(script.textContent).to.contain('\\u003c/script\\u003e');
      expect(JSON.parse(script.textContent!).itemListElement[0].name).to.equal(
        '</script><img src=x onerror=alert(1)>&'
      );
      expect(document.querySelector('img[src=x]')).to.equal(null);
    });

    it('updates the JSON-LD with the items and removes it when turned off', async () => {
      const el = await crumbs(
        html`<news-breadcrumbs .items=${ITEMS} structured-data></news-breadcrumbs>`
      );
      el.items = [{name: 'Only', url: '/only'}];
      await el.updateComplete;
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(JSON.parse(script.textContent!).itemListElement).to.have.length(1);
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });

    it('writes no JSON-LD without the attribute', async () => {
      const el = await crumbs(html`<news-breadcrumbs .items=${ITEMS}></news-breadcrumbs>`);
      expect(el.querySelector('script')).to.equal(null);
    });
  });

  describe('when the input is hostile', () => {
    it('never puts a javascript: URL into an href or the JSON-LD', async () => {
      const el = await crumbs(
        html`<news-breadcrumbs
          .items=${[
            {name: 'A', url: 'javascript:alert(1)'},
            {name: 'B', url: ' JAVASCRIPT:alert(1)'},
            {name: 'C', url: 'data:text/html,x'},
          ]}
          structured-data
        ></news-breadcrumbs>`
      );
      expect(q(el, 'a')).to.equal(null);
      expect(el.shadowRoot!.innerHTML).to.not.match(/javascript:|data:/i);
      expect(el.querySelector('script')!.textContent).to.not.match(/javascript:|data:/i);
      expect(all(el, 'li')).to.have.length(3);
    });

    it('drops javascript: links written as children', async () => {
      const bad = 'javascript:alert(1)';
      const el = await crumbs(
        html`<news-breadcrumbs><a href=${bad}>Bad</a><span>Here</span></news-breadcrumbs>`
      );
      expect(q(el, 'a')).to.equal(null);
      expect(all(el, 'li').map((l) => l.textContent!.trim())).to.deep.equal(['Bad', 'Here']);
    });
  });

  describe('when localized', () => {
    it('names the nav in Vietnamese', async () => {
      const el = await crumbs(html`<news-breadcrumbs .items=${ITEMS}></news-breadcrumbs>`, {
        lang: 'vi',
      });
      expect(q(el, 'nav')!.getAttribute('aria-label')).to.equal('Điều hướng phân cấp');
      await expect(el).to.be.accessible();
    });

    it('takes `label` over the localized name', async () => {
      const el = await crumbs(
        html`<news-breadcrumbs .items=${ITEMS} label="You are here"></news-breadcrumbs>`,
        {lang: 'vi'}
      );
      expect(q(el, 'nav')!.getAttribute('aria-label')).to.equal('You are here');
    });
  });
});

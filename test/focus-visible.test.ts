/**
 * Visible focus (WCAG 2.2 2.4.7, 2.4.11 and the 2.4.13 measure): a page with every element and
 * every layout of `<article-list>` is tabbed through; each control is photographed focused, then
 * the same clip unfocused, and the pixels that changed are measured. A control passes when at
 * least the area of a 2 CSS px line around its box changed with a contrast of 3:1 or more between
 * its focused and unfocused colour (the ring against what is actually behind it: the card, the
 * photo, the backdrop). In light, dark and forced colours. Screenshots come from Chromium's
 * DevTools protocol (test/server/screenshot-plugin.mjs); elsewhere the test says it is skipped.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys,
  setViewport,
} from '@web/test-runner-commands';
import '../src/define.js';
import type {Article} from '../src/data/article.js';
import {imJapan, trainingJapanImage} from '../stories/sample.js';
import {articles, frames, until} from './article-list.helpers.js';

type Scheme = 'light' | 'dark' | 'forced';

interface Shot {
  supported: boolean;
  data?: string;
  reason?: string;
}

interface Stop {
  label: string;
  clip: {x: number; y: number; width: number; height: number};
  /** The box whose perimeter the indicator must at least equal (2 CSS px thick). */
  box: DOMRect;
  focused: ImageData;
}

// Clips are in document coordinates (puppeteer's, for Page.captureScreenshot).
const IMG = '/demo/sample/images/training-japan.svg';
const COMMENTS = '/__news/wpc/wp-json/wp/v2/comments?post=8';

/** The focused element, through every open shadow root. */
function deepActive(): HTMLElement | null {
  let a = document.activeElement as HTMLElement | null;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement as HTMLElement;
  return a;
}

/** Every element matching `sel` in the document and its shadow roots. */
function deepAll<T extends Element>(sel: string, root: ParentNode = document): T[] {
  const out = [...root.querySelectorAll<T>(sel)];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) out.push(...deepAll<T>(sel, el.shadowRoot));
  return out;
}

/** How a stop is named in a failure: its host element, its part or tag, its text. */
function describe_(el: HTMLElement): string {
  const host = (el.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  const where = host
    ? `${host.localName}${host.getAttribute('layout') ? `[layout=${host.getAttribute('layout')}]` : ''}${host.getAttribute('mode') ? `[mode=${host.getAttribute('mode')}]` : ''}`
    : 'page';
  const what = el.getAttribute('part') ?? el.localName;
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24);
  return `${where} ${what} "${text}"`;
}

/** The box the ring is drawn around: a card's headline link draws it around the whole card. */
function ringBox(el: HTMLElement): DOMRect {
  const card = el.matches('.headline-link') ? el.closest('.card') : null;
  return (card ?? el).getBoundingClientRect();
}

/** A PNG of `clip` (document coordinates), scrolled into view first, as pixels. */
async function shoot(clip: Stop['clip']): Promise<ImageData | undefined> {
  if (clip.y < scrollY || clip.y + clip.height > scrollY + innerHeight) {
    window.scrollTo(0, clip.y - 40);
    await frames(3); // content-visibility: auto paints what comes into view a frame later
  }
  const shot = await executeServerCommand<Shot, Stop['clip']>('news-screenshot', clip);
  if (!shot.supported || !shot.data) return undefined;
  const img = new Image();
  img.src = `data:image/png;base64,${shot.data}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', {willReadFrequently: true})!;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (d: Uint8ClampedArray, i: number) =>
  0.2126 * channel(d[i]) + 0.7152 * channel(d[i + 1]) + 0.0722 * channel(d[i + 2]);
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * Pixels that changed between the two states, and those of them whose focused colour has 3:1 or
 * more against the unfocused colour at the same place (in device pixels).
 */
function measure(focused: ImageData, unfocused: ImageData) {
  const a = focused.data;
  const b = unfocused.data;
  let changed = 0;
  let strong = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) < 12)
      continue;
    changed++;
    if (contrast(luminance(a, i), luminance(b, i)) >= 3) strong++;
  }
  return {changed, strong};
}

const withImage = (n: number): Article[] =>
  articles(n, (i) => ({
    image: {...imJapan.image!, alt: `Photo ${i}`},
    summary: `Summary of article ${i}, long enough to wrap onto a second line in a narrow card.`,
    section: 'News',
    tags: ['Labour'],
  }));

const articleWithTable: Article = {
  ...imJapan,
  id: 'table',
  contentHtml:
    '<p>Body with <a href="https://example.vn/link">a link</a>.</p>' +
    `<table><thead><tr>${Array.from({length: 14}, (_, i) => `<th>Column ${i + 1}</th>`).join('')}</tr></thead>` +
    `<tbody><tr>${Array.from({length: 14}, (_, i) => `<td>${i * 1000}</td>`).join('')}</tr></tbody></table>`,
};

async function page(scheme: Scheme) {
  const three = withImage(3);
  const wrap = await fixture<HTMLDivElement>(html`
    <div
      id="page"
      style="display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; gap: 32px; padding: 16px; inline-size: 1200px; box-sizing: border-box; color-scheme: ${scheme === 'dark' ? 'dark' : 'light'}; background: Canvas; color: CanvasText"
    >
      <button id="start">start</button>
      <span></span>
      <article-list heading="List" limit="3" skip-threshold="2" .articles=${three}></article-list>
      <article-list layout="grid" limit="3" column-width="10rem" .articles=${three}></article-list>
      <article-list layout="compact" limit="3" .articles=${three}></article-list>
      <article-list layout="hero" limit="3" column-width="10rem" .articles=${three}></article-list>
      <article-list layout="carousel" limit="6" .articles=${withImage(6)}></article-list>
      <article-list mode="feed" layout="compact" limit="3" .articles=${three}></article-list>
      <article-list limit="2" load-more layout="compact" .articles=${three}></article-list>
      <article-list limit="1" src="/__news/status/404?focus-visible"></article-list>
      <news-card .article=${three[0]}></news-card>
      <related-articles layout="grid" .articles=${three}></related-articles>
      <photo-caption src=${IMG} alt=${trainingJapanImage.alt} caption="Training." zoomable>
      </photo-caption>
      <div>
        <news-tags .tags=${['Vietnam – Japan', 'Vocational training']} href-template="/tag/{slug}">
        </news-tags>
        <news-breadcrumbs
          .items=${[{name: 'Home', url: 'https://example.vn/'}, {name: 'News', url: '/news'}, {name: 'Here'}]}
        ></news-breadcrumbs>
      </div>
      <news-article
        style="grid-column: 1 / -1"
        no-breadcrumbs
        .article=${articleWithTable}
      ></news-article>
      <news-comments style="grid-column: 1 / -1" src=${COMMENTS}></news-comments>
      <button id="stop">stop</button>
    </div>
  `);
  await until(() => !!deepAll('[part=retry]', wrap).length, 'the error state of the 404 list');
  await until(
    () =>
      !!deepAll('news-comments', wrap)[0]?.shadowRoot?.querySelector(
        '[part=heading], [part=error]'
      ),
    'the comments'
  );
  await setViewport({width: 1232, height: 900});
  // Every image loaded before the first photograph (a lazy one would arrive between the two).
  for (const img of deepAll<HTMLImageElement>('img', wrap)) img.loading = 'eager';
  await until(
    () => deepAll<HTMLImageElement>('img', wrap).every((i) => i.complete),
    'the images loaded'
  );
  await frames(3);
  return wrap;
}

/** Tabs from #start to #stop; on the zoom button, opens the dialog and measures its Close too. */
async function tabThrough(): Promise<{
  stops: Stop[];
  dialog: {stop: Stop; unfocused: ImageData}[];
}> {
  const stops: Stop[] = [];
  const dialog: {stop: Stop; unfocused: ImageData}[] = [];
  const record = async (el: HTMLElement): Promise<Stop | undefined> => {
    await frames(2);
    let box = ringBox(el);
    const m = 10;
    // Into view first, then measured: the lists scrolled out of view give back their reserved
    // space meanwhile (fit-controller.ts), which moves what is below them in the page (not in
    // the view: scrolling is anchored).
    if (box.top - m < 0 || box.bottom + m > innerHeight) {
      window.scrollTo(0, box.top + scrollY - m - 40);
      await frames(3);
      box = ringBox(el);
    }
    const clip = {
      x: Math.max(0, Math.floor(box.left + scrollX - m)),
      y: Math.max(0, Math.floor(box.top + scrollY - m)),
      width: Math.ceil(box.width + 2 * m),
      height: Math.ceil(box.height + 2 * m),
    };
    const focused = await shoot(clip);

    return focused && {label: describe_(el), clip, box, focused};
  };
  document.getElementById('start')!.focus();
  for (let i = 0; i < 200; i++) {
    await sendKeys({press: 'Tab'});
    const el = deepActive();
    if (!el || el.id === 'stop') break;
    expect(el.matches(':focus-visible'), `${describe_(el)} matches :focus-visible`).to.equal(true);
    // A focused button keeps its full colours: no disabled look (opacity) on the ring.
    expect(getComputedStyle(el).opacity, `${describe_(el)} opacity`).to.equal('1');
    const stop = await record(el);
    if (!stop) return {stops, dialog};
    stops.push(stop);
    if (el.matches('.zoom')) {
      await sendKeys({press: 'Enter'});
      const host = (el.getRootNode() as ShadowRoot).host;
      const d = host.shadowRoot!.querySelector('dialog')!;
      await until(() => d.open && deepActive()?.matches('.close') === true, 'Close has focus');
      await frames(12); // the dialog fades in over 0.15 s, unless reduced motion
      const close = deepActive()!;
      const inDialog = (await record(close))!;
      close.blur();
      await frames(2);
      dialog.push({stop: inDialog, unfocused: (await shoot(inDialog.clip))!});
      await sendKeys({press: 'Escape'});
      if (d.open) d.close();
      await until(() => !d.open && deepActive() === el, 'focus back on Enlarge image');
    }
  }
  return {stops, dialog};
}

function verdicts(pairs: {stop: Stop; unfocused: ImageData}[]) {
  const dpr2 = devicePixelRatio ** 2;
  return pairs.map(({stop, unfocused}, i) => {
    const {changed, strong} = measure(stop.focused, unfocused);
    const required = Math.round(2 * 2 * (stop.box.width + stop.box.height) * dpr2 * 0.9);
    return {
      label: `#${i} ${stop.label} at ${stop.clip.x},${stop.clip.y} ${stop.clip.width}×${stop.clip.height}`,
      changed,
      strong,
      required,
      ok: strong >= required,
    };
  });
}

describe('visible focus (screenshots of every focus state)', function () {
  this.timeout(120000);

  before(async () => {
    await resetMouse();
    try {
      await emulateMedia({reducedMotion: 'reduce'});
    } catch {
      // Not Chromium: the dialog's fade-in is waited for instead.
    }
  });

  afterEach(async () => {
    await executeServerCommand('news-forced-colors', {active: false});
    await setViewport({width: 800, height: 600});
  });

  for (const scheme of ['light', 'dark', 'forced'] as Scheme[]) {
    it(`every focusable control shows a ring of 3:1 against what is behind it, ${scheme}`, async function () {
      if (scheme === 'forced') {
        const r = await executeServerCommand<Shot, {active: boolean}>('news-forced-colors', {
          active: true,
        });
        if (!r.supported) this.skip(); // forced colours are emulated over Chromium's protocol
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      }
      await page(scheme);
      const {stops, dialog} = await tabThrough();
      if (!stops.length) this.skip(); // no screenshots outside Chromium
      (deepActive() ?? document.body).blur();
      await frames(2);
      const pairs: {stop: Stop; unfocused: ImageData}[] = [];
      for (const stop of stops) pairs.push({stop, unfocused: (await shoot(stop.clip))!});
      const results = verdicts([...pairs, ...dialog]);
      const labels = results.map((r) => r.label).join('\n');
      // Every element and layout was reached, the dialog's Close included.
      for (const must of [
        'article-list[layout=list][mode=list] skip-link',
        'article-list[layout=list][mode=list] headline',
        'article-list[layout=grid][mode=list] headline',
        'article-list[layout=compact][mode=list] headline',
        'article-list[layout=hero][mode=list] headline',
        'article-list[layout=carousel][mode=list] carousel-previous',
        'article-list[layout=carousel][mode=list] carousel-next',
        'article-list[layout=carousel][mode=list] headline',
        'article-list[layout=compact][mode=feed] item',
        'article-list[layout=compact][mode=list] load-more',
        'article-list[layout=list][mode=list] retry',
        'news-card[layout=vertical] headline',
        'related-articles[layout=grid] headline',
        'photo-caption zoom',
        'photo-caption close',
        'news-tags link',
        'news-breadcrumbs link',
        'news-article a',
        'news-article table-scroll',
        'news-comments',
      ])
        expect(labels, must).to.include(must);
      const failed = results.filter((r) => !r.ok);
      const worst = Math.min(...results.map((r) => r.strong / r.required));
      console.log(
        `focus-visible ${scheme}: ${results.length} stops, the weakest at ${worst.toFixed(2)}× the 2 px perimeter at ≥3:1`
      );
      expect(
        failed.map(
          (r) => `${r.label}: ${r.strong} px at ≥3:1 of ${r.required} needed (${r.changed} changed)`
        ),
        `${scheme}: controls without a visible 3:1 ring`
      ).to.deep.equal([]);
    });
  }
});

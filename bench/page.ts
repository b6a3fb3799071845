/**
 * The benchmark page (scripts/bench.mjs drives it): renders N cards with `<article-list limit=0>`
 * or with a hand-written vanilla DOM baseline that builds the same markup (same elements, classes,
 * parts and attributes, in a shadow root with the same stylesheets), and measures:
 * - first: time until the first frame that shows cards has been painted,
 * - all: time until the frame that shows every card has been painted,
 * - longtask: the longest `longtask` entry (only tasks over 50 ms are reported: 0 means none),
 * - frame: the longest gap between two animation frames meanwhile (a stand-in for the longest
 *   task when it is under 50 ms).
 */
import {ArticleList} from '../src/article-list/article-list.js';
import {CHUNK} from '../src/article-list/article-list.component.js';
import type {Article} from '../src/data/article.js';

type Kind = 'element' | 'vanilla' | 'template' | 'yielding';

export interface Sample {
  first: number;
  all: number;
  longtask: number;
  frame: number;
  /** [ms since start, cards in the DOM] at each animation frame (for diagnosis). */
  timeline: [number, number][];
}

const IMAGE = new URL('./card.svg', import.meta.url).href;
const SECTIONS = ['English Review', 'News', 'Labour', 'Social Affairs'];

export function makeArticles(n: number): Article[] {
  return Array.from({length: n}, (_, k) => ({
    id: `bench-${k}`,
    url: `https://example.vn/news/${k}`,
    title: `Ministry meets partners on vocational training and overseas employment, item ${k + 1}`,
    summary:
      'Deputy Minister received the delegation on November 10 to discuss the programme for technical interns and the next steps of cooperation.',
    image: {url: IMAGE, alt: '', width: 800, height: 450},
    authors: [{name: 'LĐXH'}],
    published: new Date(Date.UTC(2023, 10, 20) - k * 3600e3).toISOString(),
    section: SECTIONS[k % SECTIONS.length],
    tags: ['Vietnamese interns', 'Japan'],
  }));
}

/* ------------------------------------------------------------------------------------------ */
/* The vanilla baseline: what a careful hand-written renderer does (formatters made once).     */

const dateMedium = new Intl.DateTimeFormat('en', {dateStyle: 'medium'});
const dateFull = new Intl.DateTimeFormat('en', {dateStyle: 'full', timeStyle: 'long'});
const names = new Intl.ListFormat('en', {style: 'long', type: 'conjunction'});
const httpUrl = (u: string | undefined) => (u && /^https?:\/\//i.test(u) ? u : undefined);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  e.append(...children);
  return e;
}

/** The names of the byline as the element writes them: each in a `<bdi>`, joined in English. */
function bylineRuns(a: Article): (Node | string)[] {
  return names
    .formatToParts(a.authors.map((x) => x.name))
    .map((p) => (p.type === 'element' ? el('bdi', {}, p.value) : p.value));
}

function onSelect(this: HTMLAnchorElement, e: Event) {
  const ev = new Event('news-article-select', {bubbles: true, composed: true, cancelable: true});
  this.dispatchEvent(ev);
  if (ev.defaultPrevented) e.preventDefault();
}

function vanillaCard(a: Article, index: number): HTMLElement {
  const href = httpUrl(a.url);
  const body = el('div', {class: 'body', part: 'body'});
  if (a.section) body.append(el('p', {part: 'section', class: 'section'}, a.section));
  const link = href
    ? el('a', {part: 'headline', class: 'headline-link', href}, a.title)
    : el('span', {part: 'headline'}, a.title);
  if (href) link.addEventListener('click', onSelect);
  body.append(el('h3', {part: 'heading', class: 'headline'}, link));
  if (a.summary) body.append(el('p', {part: 'summary', class: 'summary clamp clamp-3'}, a.summary));
  if (a.authors.length)
    body.append(el('p', {part: 'byline', class: 'byline'}, 'By ', ...bylineRuns(a)));
  if (a.published) {
    const d = new Date(a.published);
    body.append(
      el(
        'p',
        {part: 'meta', class: 'meta'},
        el(
          'time',
          {part: 'time', dir: 'ltr', datetime: d.toISOString(), title: dateFull.format(d)},
          dateMedium.format(d)
        )
      )
    );
  }
  if (a.tags.length)
    body.append(
      el(
        'ul',
        {part: 'tags', class: 'tags', 'aria-label': 'Tags'},
        ...a.tags.map((t) => el('li', {part: 'tag', class: 'tag'}, t))
      )
    );
  const card = el(
    'article',
    {part: 'card', class: `card card--horizontal${href ? ' card--linked' : ''}`, dir: 'ltr'},
    body
  );
  const src = httpUrl(a.image?.url);
  if (a.image && src) {
    // `loading` before `src`: an eager image whose URL the page has loads at once.
    const attrs: Record<string, string> = {part: 'image', loading: 'lazy', decoding: 'async'};
    attrs.src = src;
    attrs.alt = a.image.alt ?? '';
    if (a.image.width && a.image.height) {
      attrs.width = String(a.image.width);
      attrs.height = String(a.image.height);
    }
    card.append(el('div', {class: 'media', part: 'image-box'}, el('img', attrs)));
  }
  return el(
    'div',
    {part: 'item', class: 'item', role: 'listitem', 'data-index': String(index), tabindex: '-1'},
    card
  );
}

/**
 * Items in the element's boxes of `CHUNK` (`.chunk`, no role; from the second on with their item
 * count as `--_n`, which sizes them while the browser skips them off screen).
 */
function inChunks(items: HTMLElement[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (let c = 0; c < items.length; c += CHUNK) {
    const box = el('div', {class: 'chunk', role: 'none'});
    const part = items.slice(c, c + CHUNK);
    if (c) box.style.setProperty('--_n', String(part.length));
    box.append(...part);
    out.append(box);
  }
  return out;
}

/** The same shadow tree as `<article-list limit=0>` (list layout), built in one go. */
function renderVanilla(host: HTMLElement, articles: Article[]): HTMLElement {
  const root = document.createElement('div');
  root.className = 'vanilla-list';
  host.append(root);
  const shadow = root.attachShadow({mode: 'open'});
  shadow.adoptedStyleSheets = ArticleList.elementStyles.map((s) =>
    s instanceof CSSStyleSheet ? s : s.styleSheet!
  );
  const ul = el('div', {
    part: 'list',
    class: 'list layout-list',
    role: 'list',
    'aria-busy': 'false',
  });
  ul.append(inChunks(articles.map(vanillaCard)));
  const group = el(
    'div',
    {
      part: 'group',
      class: 'group',
      role: 'group',
      tabindex: '-1',
      'aria-label': 'Articles',
      'aria-busy': 'false',
    },
    el('div', {part: 'updates', class: 'updates', role: 'status'}),
    ul,
    el('p', {part: 'status', class: 'status', role: 'status'}),
    el('span', {part: 'end', class: 'end', id: 'end', tabindex: '-1'}, 'End of the list')
  );
  if (articles.length > 10)
    group.prepend(
      el('button', {part: 'skip-link', class: 'skip-link', type: 'button'}, 'Skip past this list')
    );
  shadow.append(group);
  return root;
}

/* ------------------------------------------------------------------------------------------ */
/* The template-clone baseline: the fastest way a hand-written renderer builds the same DOM — one */
/* `<template>` of the whole item parsed once, cloned per card, its text and attributes set     */
/* through node references found once per clone (the js-framework-benchmark "vanillajs" way). */
/* Headline clicks are heard once on the list, as the element does.                           */

const itemTemplate = document.createElement('template');
itemTemplate.innerHTML =
  '<div part="item" class="item" role="listitem" tabindex="-1"><article part="card" class="card card--horizontal card--linked" dir="ltr">' +
  '<div class="body" part="body"><p part="section" class="section"> </p><h3 part="heading" class="headline">' +
  '<a part="headline" class="headline-link"> </a></h3><p part="summary" class="summary clamp clamp-3"> </p>' +
  '<p part="byline" class="byline">By <bdi> </bdi></p><p part="meta" class="meta"><time part="time" dir="ltr"> </time></p>' +
  '<ul part="tags" class="tags" aria-label="Tags"></ul></div><div class="media" part="image-box">' +
  '<img part="image" loading="lazy" decoding="async"></div></article></div>';
const tagTemplate = document.createElement('template');
tagTemplate.innerHTML = '<li part="tag" class="tag"> </li>';

/** One item from the template; parts the article lacks are removed (the bench's all have them). */
function templateCard(a: Article, index: number): HTMLElement {
  const li = itemTemplate.content.firstChild!.cloneNode(true) as HTMLElement;
  li.setAttribute('data-index', String(index));
  const article = li.firstChild as HTMLElement;
  const body = article.firstChild as HTMLElement;
  const [section, heading, summary, byline, meta, tags] = body.children as unknown as HTMLElement[];
  const link = heading.firstChild as HTMLAnchorElement;
  const href = httpUrl(a.url);
  if (href) link.setAttribute('href', href);
  (link.firstChild as Text).data = a.title;
  if (a.section) (section.firstChild as Text).data = a.section;
  else section.remove();
  if (a.summary) (summary.firstChild as Text).data = a.summary;
  else summary.remove();
  if (a.authors.length === 1)
    ((byline.lastChild as Element).firstChild as Text).data = a.authors[0].name;
  else if (a.authors.length) byline.replaceChildren('By ', ...bylineRuns(a));
  else byline.remove();
  if (a.published) {
    const d = new Date(a.published);
    const time = meta.firstChild as HTMLTimeElement;
    time.setAttribute('datetime', d.toISOString());
    time.setAttribute('title', dateFull.format(d));
    (time.firstChild as Text).data = dateMedium.format(d);
  } else meta.remove();
  if (a.tags.length)
    for (const t of a.tags) {
      const tag = tagTemplate.content.firstChild!.cloneNode(true) as HTMLLIElement;
      (tag.firstChild as Text).data = t;
      tags.append(tag);
    }
  else tags.remove();
  const media = article.lastChild as HTMLElement;
  const src = httpUrl(a.image?.url);
  if (a.image && src) {
    const img = media.firstChild as HTMLImageElement;
    img.setAttribute('src', src);
    img.setAttribute('alt', a.image.alt ?? '');
    if (a.image.width && a.image.height) {
      img.setAttribute('width', String(a.image.width));
      img.setAttribute('height', String(a.image.height));
    }
  } else media.remove();
  return li;
}

function onListClick(e: Event) {
  const link = (e.target as Element).closest?.('a.headline-link');
  if (link) onSelect.call(link as HTMLAnchorElement, e);
}

/** The same shadow tree again, cards cloned from one template (the first `count` of them). */
function renderTemplate(
  host: HTMLElement,
  articles: Article[],
  count = articles.length
): HTMLElement {
  const root = renderVanilla(host, []);
  const shadow = root.shadowRoot!;
  shadow.querySelector('.list')!.append(inChunks(articles.slice(0, count).map(templateCard)));
  shadow.addEventListener('click', onListClick);
  if (articles.length > 10)
    shadow
      .querySelector('.group')!
      .prepend(
        el('button', {part: 'skip-link', class: 'skip-link', type: 'button'}, 'Skip past this list')
      );
  return root;
}

/*
 * The template-clone baseline in tasks: the same cards, but held to the rule the element keeps
 * (no task over 50 ms), the way a hand-written renderer would: the first `CHUNK` cards in the
 * first task, then one chunk box of `CHUNK` cards cloned and appended per task (a message on one
 * channel, as the element's chunk tasks), the browser painting between tasks when a frame is due.
 * What the one-task baselines do not pay: tasks, and frames that style and lay out part of a list.
 */
function renderYielding(host: HTMLElement, articles: Article[]): HTMLElement {
  const root = renderTemplate(host, articles, CHUNK);
  const list = root.shadowRoot!.querySelector('.list')!;
  const channel = new MessageChannel();
  let from = CHUNK;
  channel.port1.onmessage = () => {
    const box = el('div', {class: 'chunk', role: 'none'});
    const to = Math.min(articles.length, from + CHUNK);
    box.style.setProperty('--_n', String(to - from));
    for (let i = from; i < to; i++) box.append(templateCard(articles[i], i));
    list.append(box);
    from = to;
    if (from < articles.length) channel.port2.postMessage(null);
    else channel.port1.close();
  };
  if (from < articles.length) channel.port2.postMessage(null);
  return root;
}

function renderElement(host: HTMLElement, articles: Article[]): HTMLElement {
  const list = document.createElement('article-list');
  list.limit = 0;
  list.articles = articles;
  host.append(list);
  return list;
}

/* ------------------------------------------------------------------------------------------ */

const afterPaint = (cb: () => void) => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => cb();
  ch.port2.postMessage(0);
};
const frames = (n: number) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
    step(n);
  });

const stage = () => document.getElementById('stage')!;
const cache = new Map<number, Article[]>();

/** Empties the stage and collects garbage, outside the measured run. */
async function clear(): Promise<void> {
  stage().replaceChildren();
  (window as unknown as {gc?: () => void}).gc?.();
  await frames(3);
}

async function run(kind: Kind, n: number): Promise<Sample> {
  let articles = cache.get(n);
  if (!articles) cache.set(n, (articles = makeArticles(n)));
  const longtasks: number[] = [];
  const po = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) longtasks.push(e.duration);
  });
  po.observe({type: 'longtask'});
  // Start in a task of its own, so the observer sees the rendering task whole.
  await frames(1);
  const ref: {root?: HTMLElement} = {};
  // Cards in the DOM, read from the last item's index: O(1) per frame (childElementCount walks
  // every child, which cost the chunked element 2-3 ms a frame at 5,000 cards and the one-frame
  // baselines nothing).
  const count = () => {
    const list = ref.root?.shadowRoot?.querySelector('.list');
    // The last item of the last chunk box.
    const last = list?.lastElementChild?.lastElementChild as HTMLElement | null | undefined;
    return last ? Number(last.dataset.index) + 1 : 0;
  };
  const sample: Sample = {first: NaN, all: NaN, longtask: 0, frame: 0, timeline: []};
  const t0 = performance.now();
  let last = t0;
  const done = new Promise<void>((resolve) => {
    const frame = () => {
      const now = performance.now();
      sample.frame = Math.max(sample.frame, now - last);
      last = now;
      const c = count();
      sample.timeline.push([Math.round(now - t0), c]);
      if (c > 0 && Number.isNaN(sample.first)) {
        sample.first = -1;
        afterPaint(() => (sample.first = performance.now() - t0));
      }
      if (c >= n) {
        afterPaint(() => {
          sample.all = performance.now() - t0;
          resolve();
        });
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const renderers = {
    element: renderElement,
    template: renderTemplate,
    yielding: renderYielding,
    vanilla: renderVanilla,
  };
  ref.root = renderers[kind](stage(), articles);
  await done;
  await frames(2);
  for (const e of po.takeRecords()) longtasks.push(e.duration);
  po.disconnect();
  sample.longtask = Math.max(0, ...longtasks);
  return sample;
}

/** Both renderers' first card, as a canonical string (attributes sorted, comments dropped). */
async function markup(): Promise<Record<Kind, string>> {
  const canon = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent!.replace(/\s+/g, ' ').trim();
    if (n.nodeType !== Node.ELEMENT_NODE) return '';
    const e = n as Element;
    const attrs = [...e.attributes]
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ');
    const kids = [...e.childNodes].map(canon).filter(Boolean).join('');
    return `<${e.localName} ${attrs}>${kids}</${e.localName}>`;
  };
  const out = {element: '', vanilla: '', template: '', yielding: ''};
  for (const kind of ['element', 'vanilla', 'template', 'yielding'] as Kind[]) {
    await clear();
    // More than one chunk: the element builds the items after the first chunk another way.
    await run(kind, 150);
    const root = stage().firstElementChild!;
    out[kind] = canon(root.shadowRoot!.querySelector('.group')!);
  }
  stage().replaceChildren();
  return out;
}

/** DOM nodes (elements, text, comments) per card in the list rendered now. */
function nodesPerCard(): number {
  const list = stage().firstElementChild?.shadowRoot?.querySelector('.list');
  const cards = list?.querySelectorAll(':scope > .chunk > .item').length;
  if (!list || !cards) return 0;
  const walker = document.createTreeWalker(list, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n / cards;
}

Object.assign(window, {bench: {clear, run, markup, nodesPerCard, ready: true}});

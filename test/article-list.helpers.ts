/** Helpers shared by the test/article-list*.test.ts files (not a test file itself). */
import {expect, fixture, oneEvent as anyEvent, type html} from '@open-wc/testing';
import type {ArticleList} from '../src/article-list/article-list.component.js';
import type {Article} from '../src/data/article.js';
import {make} from './helpers/articles.js';

export const oneEvent = <K extends keyof GlobalEventHandlersEventMap>(el: EventTarget, name: K) =>
  anyEvent(el, name) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
export const uid = () => Math.random().toString(36).slice(2);
export const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
export const qa = (el: Element, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
/** Polls `fn` every 20 ms for up to 6 s, then asserts it. */
export const until = async (fn: () => boolean, what: string) => {
  for (let i = 0; i < 300 && !fn(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(fn(), what).to.equal(true);
};
export const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
export const titles = (el: Element) =>
  qa(el, '.item [part=headline]').map((h) => h.textContent!.trim());
export const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : resolve());
    step(n);
  });

export const articles = (
  n: number,
  over: (i: number) => Partial<Article> = () => ({})
): Article[] =>
  Array.from({length: n}, (_, k) =>
    make({
      id: `a-${k + 1}`,
      url: `https://example.vn/a/${k + 1}`,
      title: `Article ${k + 1}`,
      published: new Date(Date.UTC(2023, 10, 20) - k * 3600e3).toISOString(),
      ...over(k + 1),
    })
  );

export async function list(
  tpl: ReturnType<typeof html>,
  setup?: (el: ArticleList) => void
): Promise<ArticleList> {
  const el = await fixture<ArticleList>(tpl);
  setup?.(el);
  await el.updateComplete;
  return el;
}

/** How many requests the test server's `/__news/count/KEY` route has answered. */
export const count = async (key: string) =>
  (await (await fetch(`/__news/count/${key}?read`)).json()).count as number;

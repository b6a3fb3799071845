import {fixture, html, oneEvent} from '@open-wc/testing';

/** An element that loads its feed from `src` and fires `news-error` and `news-load`. */
type FeedElement = HTMLElement & {src?: string; updateComplete: Promise<boolean>};

/**
 * Mounts a new `<tag>` whose feed fails once with HTTP 404 and loads on the next request
 * (`/__news/flaky/<key>` in test/server/middleware.mjs), and waits until it shows that error.
 * `loaded` resolves at its next `news-load`; `key` also names `/__news/count/flaky-<key>`.
 */
export async function mountFailingOnce<T extends FeedElement>(
  tag: string
): Promise<{el: T; key: string; loaded: Promise<Event>}> {
  const key = Math.random().toString(36).slice(2);
  const el = document.createElement(tag) as T;
  const failed = oneEvent(el, 'news-error');
  el.src = `/__news/flaky/${key}?fail=1&status=404`;
  await fixture(html`<div>${el}</div>`);
  await failed;
  await el.updateComplete;
  return {el, key, loaded: oneEvent(el, 'news-load')};
}

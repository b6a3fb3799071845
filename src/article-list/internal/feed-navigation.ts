/**
 * The keyboard of the WAI-ARIA feed pattern (`<article-list mode="feed">`): Page Down / Page Up
 * move between articles (Page Down on the last one loads more and moves there), Ctrl+End leaves
 * the feed forward and Ctrl+Home backward. Items are `.item` elements with `data-index`. When
 * the end of the feed scrolls into view, more load (`FeedEndController`).
 */
import type {ReactiveControllerHost} from 'lit';
import {IntersectionController} from '../../internal/controllers/intersection-controller.js';

export interface FeedNavigation {
  /** The focusable articles, in order. */
  items: () => HTMLElement[];
  /** More articles can be shown (loaded or from the next page). */
  hasMore: () => boolean;
  /** Shows more and focuses the article at `index` once it is rendered. */
  more: (index: number) => void;
  /** Moves focus past the feed (Ctrl+End). */
  after: () => void;
  /** Moves focus before the feed (Ctrl+Home). */
  before: () => void;
}

/** Handles one keydown inside the feed; other keys pass through. */
export function onFeedKey(e: KeyboardEvent, nav: FeedNavigation): void {
  const items = nav.items();
  const current = (e.target as HTMLElement).closest<HTMLElement>('.item');
  const i = current ? items.indexOf(current) : -1;
  if (e.key === 'PageDown' && !e.ctrlKey) {
    e.preventDefault();
    if (i + 1 < items.length) items[i + 1].focus();
    else if (nav.hasMore()) nav.more(items.length);
  } else if (e.key === 'PageUp' && !e.ctrlKey) {
    e.preventDefault();
    if (i > 0) items[i - 1].focus();
  } else if (e.key === 'End' && e.ctrlKey) {
    e.preventDefault();
    nav.after();
  } else if (e.key === 'Home' && e.ctrlKey) {
    e.preventDefault();
    nav.before();
  }
}

/** Focuses the item at `index` under `root`; false when it is not rendered. */
export function focusItem(root: ParentNode, index: number): boolean {
  const item = root.querySelector<HTMLElement>(`.item[data-index="${index}"]`);
  item?.focus();
  return !!item;
}

/** Calls `onEnd` whenever the feed's end (a sentinel element after the last article) is in view. */
export class FeedEndController {
  private readonly end: IntersectionController;

  constructor(host: ReactiveControllerHost & HTMLElement, onEnd: () => void) {
    this.end = new IntersectionController(host, {
      target: null,
      callback: (entries) => {
        if (entries.some((x) => x.isIntersecting)) onEnd();
      },
    });
  }

  /** Watches this sentinel (after each render), or nothing (`null`: not a feed). */
  watch(sentinel: Element | null): void {
    this.end.disconnect();
    if (sentinel) this.end.observe(sentinel);
  }
}

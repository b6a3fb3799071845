/**
 * The keyboard of the WAI-ARIA feed pattern (`<article-list mode="feed">`): Page Down / Page Up
 * move between articles (Page Down on the last one loads more and moves there), Ctrl+End leaves
 * the feed forward and Ctrl+Home backward. Items are `.item` elements with `data-index`. When
 * the end of the feed scrolls into view, more load (`FeedEndController`). `focusInPlace` is how
 * the skip link and Ctrl+End / Ctrl+Home move focus so that the next Tab goes on from there.
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

/**
 * Focuses a marker (a `tabindex=-1` element in the shadow root: the list's end, or its group) so
 * that the next Tab goes on from it: past the host after the end, into the list after the group,
 * and Shift+Tab the other way. Chromium sends Tab from a `tabindex=-1` element in a shadow root
 * back to the root's first tabbable element (the skip link, then every card again); from an
 * element in the tab order it goes on in document order, as Firefox always does. So the marker
 * is in the tab order (`tabindex=0`) while it has focus, and leaves it on blur.
 */
export function focusInPlace(marker: HTMLElement | null | undefined): void {
  if (!marker) return;
  marker.tabIndex = 0;
  marker.focus();
  const root = marker.getRootNode() as Document | ShadowRoot;
  if (root.activeElement !== marker) {
    marker.tabIndex = -1;
    return;
  }
  marker.addEventListener('blur', () => (marker.tabIndex = -1), {once: true});
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

/**
 * The pages of `<article-list>`: how many articles show (`shown`, a page at a time), where each
 * page added by Load more or polling starts (`starts`, for the "Articles 11 to 20" labels), and
 * which article takes focus once it is rendered (the first of a new page).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ChunkController} from './chunk-controller.js';
import {focusItem} from './feed-navigation.js';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode};

export class PagesController implements ReactiveController {
  /** How many of the filtered articles show. */
  shown = 0;
  /** The index where each added page starts. */
  starts: number[] = [];
  private focus?: number;

  constructor(
    private readonly host: Host,
    private readonly chunks: ChunkController
  ) {
    host.addController(this);
  }

  /** Back to the first page of `size` articles. */
  reset(size: number): void {
    this.shown = size;
    this.starts = [];
    this.chunks.reset();
  }

  /** Shows up to `shown` articles; when that adds any (from `start` to `end`), a new page. */
  show(shown: number, start: number, end: number, moveFocus: boolean): void {
    this.shown = shown;
    if (end > start) {
      this.starts = [...this.starts, start];
      this.chunks.atLeast(end);
      if (moveFocus) this.focus = start;
    }
    this.host.requestUpdate();
  }

  /** `count` articles were inserted at `at`: at the top (0), or as a new page at the end. */
  insert(at: number, count: number): void {
    this.shown += count;
    this.chunks.grow(count);
    this.starts = at ? [...this.starts, at] : this.starts.map((p) => p + count);
    this.focus = at;
    this.host.requestUpdate();
  }

  /** Focuses the article at `index` once it is rendered. */
  focusLater(index: number): void {
    this.focus = index;
  }

  hostUpdated(): void {
    if (this.focus === undefined || this.focus >= this.chunks.rendered) return;
    focusItem(this.host.renderRoot, this.focus);
    this.focus = undefined;
  }
}

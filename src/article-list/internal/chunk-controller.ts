/**
 * Chunked rendering of a long list: the first `CHUNK` items render in the first task, so the
 * first screen paints at once; each later task renders as many as the last one's speed says fit
 * in `CHUNK_BUDGET` milliseconds. The host renders `items.slice(0, chunks.rendered)`.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Items rendered in the first task; also the size of the groups of cards that `guard()` skips
 * when the list re-renders.
 */
export const CHUNK = 100;
/**
 * Milliseconds of rendering per later task: the next task takes as many cards as the last
 * one's speed says fit. Every chunk costs a frame whose style, layout and intersection checks
 * cover the list so far, so fewer, larger chunks finish sooner; with style, layout and the
 * young-generation garbage collections the allocations trigger, 20 ms keeps tasks under 50 ms
 * (measured by `npm run bench` at 5,000 cards, with one template per card; 1,000 cards took
 * 1.33x the vanilla time with 12 ms, 1.15-1.18x with 20 ms).
 */
export const CHUNK_BUDGET = 20;

export class ChunkController implements ReactiveController {
  /** How many items the host renders now. */
  rendered = CHUNK;
  private token = 0;
  private size = CHUNK;
  private start = 0;
  private counted = 0;

  /** `total` is the number of items the host would render without chunks. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & {hasUpdated: boolean},
    private readonly total: () => number
  ) {
    host.addController(this);
  }

  /** Back to the first chunk (new items). */
  reset(): void {
    this.rendered = CHUNK;
  }

  /** Renders at least `count` items in the next update (a page was added). */
  atLeast(count: number): void {
    this.rendered = Math.max(this.rendered, count);
  }

  /** `count` more items in the next update (items were inserted). */
  grow(count: number): void {
    this.rendered += count;
  }

  hostConnected(): void {
    if (this.host.hasUpdated && this.rendered < this.total()) this.next();
  }

  hostDisconnected(): void {
    this.token++;
  }

  hostUpdate(): void {
    this.start = performance.now();
  }

  hostUpdated(): void {
    const total = this.total();
    const count = Math.min(this.rendered, total);
    const added = count - this.counted;
    this.counted = count;
    if (added >= 20) {
      const perItem = (performance.now() - this.start) / added;
      this.size = Math.max(20, Math.min(1000, Math.round(CHUNK_BUDGET / perItem)));
    }
    if (this.rendered < total) this.next(added === count);
  }

  /**
   * Renders the next items in a new task (a message, not setTimeout, so there is no 4 ms clamp).
   * After the first chunk, the message waits for the next frame, so the first screen is painted
   * before more items are built (a hidden page gets no frames: a timeout stands in).
   */
  private next(afterFrame = false) {
    const token = ++this.token;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (token !== this.token || !this.host.isConnected) return;
      // A small remainder joins this chunk rather than costing a frame of its own.
      const left = this.total() - this.rendered;
      this.rendered += left <= this.size * 1.25 ? left : this.size;
      this.host.requestUpdate();
    };
    if (!afterFrame) {
      channel.port2.postMessage(null);
      return;
    }
    let posted = false;
    const post = () => {
      if (!posted) channel.port2.postMessage(null);
      posted = true;
    };
    requestAnimationFrame(post);
    setTimeout(post, 100);
  }
}

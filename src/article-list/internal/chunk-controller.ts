/**
 * Chunked rendering of a long list. The first `CHUNK` items render in the first task, so the
 * first screen paints at once; each later task builds as many items as the last one's speed says
 * fit in `CHUNK_BUDGET` milliseconds. The host renders `items.slice(0, chunks.rendered)`.
 *
 * Items built by a later task stay hidden (`data-pending`: `display: none`) until as many are
 * waiting as are shown, or the list is complete; then they are shown together. A frame in which
 * the list grows costs style, layout and `content-visibility` checks over every item shown so
 * far, so showing items once per chunk made the cost per card rise with the list's length
 * (118 style passes at 5,000 cards); hidden items cost a frame nothing, and showing them in
 * doubling batches keeps those frames to about log2(items / CHUNK), whatever the machine's speed.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Items rendered in the first task; also the size of the groups of cards that `guard()` skips
 * when the list re-renders.
 */
export const CHUNK = 100;
/**
 * Milliseconds of building per later task: the next task takes as many cards as the last one's
 * speed says fit. With the young-generation garbage collections the allocations trigger, 20 ms
 * keeps tasks under 50 ms (`npm run bench`).
 */
export const CHUNK_BUDGET = 20;
/** The attribute that keeps a built item hidden until its batch is shown. */
export const PENDING = 'data-pending';

type Host = ReactiveControllerHost & HTMLElement & {hasUpdated: boolean};

export class ChunkController implements ReactiveController {
  /** How many items the host renders now. */
  rendered = CHUNK;
  /** How many items are shown (the rest, up to `rendered`, are built and hidden). */
  shown = 0;
  /** How many times built items were shown (the first chunk included): for tests. */
  batches = 0;
  private token = 0;
  private size = CHUNK;
  private start = 0;
  private counted = 0;
  /** The update was asked for by `next()` (building ahead); any other one shows all items. */
  private building = false;

  /**
   * `total` is the number of items the host would render without chunks; `items` the host's
   * rendered items, in order (the list's element children).
   */
  constructor(
    private readonly host: Host,
    private readonly total: () => number,
    private readonly items: () => HTMLCollection | undefined
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
    const before = this.counted;
    const added = count - before;
    this.counted = count;
    if (added >= 20) {
      const perItem = (performance.now() - this.start) / added;
      this.size = Math.max(20, Math.min(1000, Math.round(CHUNK_BUDGET / perItem)));
    }
    const building = this.building;
    this.building = false;
    const items = this.items();
    if (building && count < total && count - this.shown < this.shown) {
      // Built ahead: hidden until its batch is shown.
      for (let i = Math.max(before, this.shown); i < count; i++)
        items?.[i]?.setAttribute(PENDING, '');
    } else {
      // Items keep their element where they are re-rendered: those marked are shown.
      for (let i = this.shown; i < Math.min(before, count); i++)
        items?.[i]?.removeAttribute(PENDING);
      if (count > this.shown) this.batches++;
      this.shown = count;
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
      // A small remainder joins this chunk rather than costing a task of its own.
      const left = this.total() - this.rendered;
      this.rendered += left <= this.size * 1.25 ? left : this.size;
      this.building = true;
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

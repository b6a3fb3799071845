/**
 * Chunked rendering of a long list: the first `CHUNK` items render in the first task, so the
 * first screen paints at once. Later items are built ahead, out of the document, one chunk per
 * task (`BuiltChunks`), and moved into the list `ATTACH` at a time. The
 * host renders `items.slice(0, chunks.rendered)`; `buildAhead(from, to)` builds chunks before
 * they are rendered.
 */
import {
  isServer,
  noChange,
  render,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';

/**
 * Items rendered in the first task; also the size of the groups of cards that are built, boxed
 * (`chunkBox`), and skipped when the list re-renders, together. 50, not 100, since the boxes: the
 * first task no longer needs items enough for a tall screen to save later frames' costs (those
 * are small now), and half of them paints the first screen sooner. In `npm run bench` run after
 * run on the same machine (7 rounds each): first chunk painted 23 ms against 31, all painted at
 * 1,000 cards 135 ms against 153 (1.57x template-clone against 2.12x), the same at 5,000.
 */
export const CHUNK = 50;
/**
 * Items moved into the list at once (whole chunks; the last attach takes up to a chunk more).
 * Before the chunk boxes, every frame that changed the list cost time in proportion to the whole
 * list, not only to what it added: the list's layout, the `content-visibility: auto` intersection
 * checks of every item, pre-paint and paint (a CDP trace at 5,000 cards: 25 ms a frame at the end
 * when each chunk of 100 went in by itself, and 100 items cost about as much as 400). So the items
 * built ahead go in a few hundred at a time: about 12 such frames at 5,000 cards instead of 50,
 * each under 50 ms. (Sizing each attach from the last frame's measured time was tried: a frame's
 * cost hardly follows its item count, so a slow frame shrank the batches and added frames: 28
 * style passes and 2.2x template-clone under load.)
 */
export const ATTACH = 400;

/**
 * The document chunks are built in: one without a browsing context (a `<template>`'s contents
 * document), where Lit's clone and its attribute values cost no image or link processing; the
 * built chunk is then adopted into the page's document in one step, in the same building task
 * (so the frame that inserts ATTACH cards does not pay for it), which starts each image as a
 * page image, `loading="lazy"` included. Built in the page's own document, every card's `src`
 * ran the image steps one attribute at a time: a CPU profile at 1,000 cards spent 120 ms of
 * self time in importNode + setAttribute + insertBefore, 89 ms now with adoptNode (the
 * template-clone baseline, which clones in its template's document: 78 ms with its append).
 */
let inert: Document | undefined;
const inertDocument = () => (inert ??= document.createElement('template').content.ownerDocument);

/**
 * Chunks of items (from the second on) as Lit roots of their own, each in its own box (a
 * `.chunk`, see `chunkBox`), built in a fragment out of the document and moved into the list when
 * the host renders them: Lit renders the fragment as a node, and a chunk that changed later is
 * rendered again in place (the same diff `guard()` gives the first chunk). A chunk whose box the
 * list removed is built again when it is rendered again.
 */
export class BuiltChunks {
  private readonly roots = new Map<
    number,
    {key: readonly unknown[]; frag: DocumentFragment; box: HTMLElement}
  >();
  /** The keys of chunks a server wrote, whose nodes stay as they are while the key holds. */
  private readonly served = new Map<number, readonly unknown[]>();

  /**
   * The fragment of chunk `c` (empty once in the list), rendered from `build()` when `key`
   * changed; `count` is its number of items. `server`: the host's first update hydrates the
   * chunk a server wrote (its HTML without markers, `serverChunks`): those nodes stay
   * (`noChange`) until the key changes, when the chunk is built and replaces them.
   */
  node(
    c: number,
    key: readonly unknown[],
    count: number,
    build: () => unknown,
    server = false
  ): DocumentFragment | typeof noChange {
    if (server && !this.roots.has(c)) this.served.set(c, this.served.get(c) ?? key);
    const served = this.served.get(c);
    if (served)
      if (served.length === key.length && served.every((k, i) => k === key[i])) return noChange;
      else this.served.delete(c);
    let r = this.roots.get(c);
    if (!r?.box.parentNode) {
      const doc = inertDocument();
      const frag = doc.createDocumentFragment();
      r = {key: [], frag, box: frag.appendChild(chunkBox(doc))};
      this.roots.set(c, r);
    }
    const old = r.key;
    if (old.length !== key.length || key.some((k, i) => k !== old[i])) {
      // Its items' count sizes the box while it is skipped (article-list.styles.ts); set through
      // the CSSOM, which a strict `style-src` allows.
      r.box.style.setProperty('--_n', String(count));
      render(build(), r.box, {creationScope: inertDocument()});
      // Built ahead (not yet in the list): into the page's document now, in this task.
      if (r.box.parentNode === r.frag) document.adoptNode(r.frag);
      r.key = key;
    }
    return r.frag;
  }

  /** Forgets the chunks a server wrote (their nodes are gone): they are built when rendered. */
  forgetServed(): void {
    this.served.clear();
  }

  /** Forgets chunks from `count` on that are not built ahead or in the list. */
  prune(count: number): void {
    for (const [c, r] of this.roots)
      if (c >= count && r.box.parentNode !== r.frag) this.roots.delete(c);
    for (const c of this.served.keys()) if (c >= count) this.served.delete(c);
  }
}

/**
 * The box of one chunk of items. From the second on it is `content-visibility: auto`
 * (article-list.styles.ts), so while it is off screen the browser skips its items whole: a frame
 * that adds items no longer styles them, lays out every item of the list again, nor checks each
 * item's own `content-visibility` against the viewport. Measured before the change (CDP traces
 * of `bench/profile-render.mjs` at 5,000 cards): the frames that added 400 items grew with the
 * list to 35–45 ms (style 10, layout 8, intersection checks 14), 97 ms of intersection checks in
 * all; with the boxes none of those frames reaches 25 ms and a style pass touches 4 elements, not
 * 400. A hand-built page of the same 5,000 items, 400 a frame: 5–20 ms a frame with a box per
 * item, 2–5 ms with a box per chunk too. All painted, under that tracing harness, 5,000 cards:
 * median 1,139 ms of 5 runs against 1,376 of 8 (the bench's baselines, given the same boxes,
 * gained as much). No role of its own: the list's items stay its children in the accessibility
 * tree. The first chunk's box is the same markup, written in templates.ts's `itemsTemplate` (a
 * Lit template there, which the server renders and the browser hydrates).
 */
function chunkBox(doc: Document): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'chunk';
  box.setAttribute('role', 'none');
  return box;
}

const queue: (() => void)[] = [];
let port: MessagePort | undefined;

/**
 * Runs `fn` in a task of its own, by a message on one channel for the page, one message per
 * call, in order. A new MessageChannel per task (a pair of entangled ports each) was 7 ms of
 * self time at 1,000 cards in a CPU profile of `bench/profile-render.mjs`, about 5% of the list's
 * main-thread time.
 */
function inNewTask(fn: () => void): void {
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
    port = channel.port2;
  }
  queue.push(fn);
  port.postMessage(null);
}

/**
 * Items in the first render: on a server every item, since its HTML is what readers without
 * JavaScript and crawlers get (the browser then hydrates them all, `hydrate`).
 */
const FIRST = isServer ? Infinity : CHUNK;

export class ChunkController implements ReactiveController {
  /** How many items the host renders now. */
  rendered = FIRST;
  /**
   * In the update that hydrates a server's HTML: its number of items. Their chunks after the
   * first keep the server's nodes (`BuiltChunks.node`) until their items change.
   */
  hydrated = 0;
  /** Items built ahead (from `rendered` to `built`), waiting to be rendered. */
  private built = FIRST;
  private token = 0;

  /**
   * `total` is the number of items the host would render without chunks; `buildAhead` builds
   * the chunks of items `from`..`to` ahead of rendering them.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & {hasUpdated: boolean},
    private readonly total: () => number,
    private readonly buildAhead: (from: number, to: number) => void
  ) {
    host.addController(this);
  }

  /** Back to the first chunk (new items). */
  reset(): void {
    this.rendered = this.built = FIRST;
  }

  /**
   * The host's first update hydrates a server's HTML of `count` items: it renders them all at
   * once, as the server did (hydration walks the nodes that are there; it creates none).
   */
  hydrate(count: number): void {
    this.rendered = this.built = this.hydrated = Math.max(this.rendered, count);
  }

  /** Renders at least `count` items in the next update (a page was added). */
  atLeast(count: number): void {
    this.rendered = Math.max(this.rendered, count);
    this.built = Math.max(this.built, this.rendered);
  }

  /** `count` more items in the next update (items were inserted). */
  grow(count: number): void {
    this.rendered += count;
    this.built = Math.max(this.built, this.rendered);
  }

  hostConnected(): void {
    if (this.host.hasUpdated && this.rendered < this.total()) this.next();
  }

  hostDisconnected(): void {
    this.token++;
  }

  /** The focused element in an item before an update: its item's index and its `part`. */
  private focused?: {el: Element; index?: string; part: string | null};

  /**
   * Notes the focused element in an item, which the update may replace: a chunk a server wrote
   * is built anew when its items change (`BuiltChunks.node`).
   */
  hostUpdate(): void {
    const el = this.host.shadowRoot?.activeElement;
    const item = el?.closest<HTMLElement>('.item');
    this.focused = item
      ? {el: el!, index: item.dataset.index, part: el!.getAttribute('part')}
      : undefined;
  }

  hostUpdated(): void {
    // Focus that the update took away (its node left the list) goes to the same place in the
    // same item: the item itself, else its element of the same part (the headline link).
    const f = this.focused;
    this.focused = undefined;
    if (f && !f.el.isConnected) {
      const item = this.host.shadowRoot?.querySelector<HTMLElement>(
        `.item[data-index="${f.index}"]`
      );
      const part = f.part && item?.querySelector<HTMLElement>(`[part="${CSS.escape(f.part)}"]`);
      (f.el.classList.contains('item') ? item : part || item)?.focus({preventScroll: true});
    }
    this.hydrated = 0;
    if (this.rendered < this.total()) this.next(this.rendered <= CHUNK);
  }

  /** Builds the next chunks ahead, or renders those built when enough wait or all are built. */
  private step() {
    const total = this.total();
    // A last chunk joins the items waiting rather than costing a frame of its own.
    const last = total - this.built <= CHUNK;
    if (this.built >= total || (this.built - this.rendered >= ATTACH && !last)) {
      this.rendered = Math.max(this.built, this.rendered);
      this.host.requestUpdate();
      return;
    }
    // One whole chunk per task: the one `built` is in (10–20 ms on the bench's machine). Sizing
    // each task from the last one's speed (to about 20 ms) overshot whenever the next chunk was
    // slower than the last (a GC, the first template of a shape): build tasks of 40–74 ms at
    // 5,000 cards in a trace, the longest tasks of the render. A task boundary costs a message.
    const from = this.built;
    const to = Math.min(total, (Math.floor(from / CHUNK) + 1) * CHUNK);
    this.buildAhead(from, to);
    this.built = to;
    this.next();
  }

  /**
   * The next step in a new task (a message, not setTimeout, so there is no 4 ms clamp). After
   * the first chunk, the message waits for the next frame, so the first screen is painted before
   * more items are built (a hidden page gets no frames: a timeout stands in).
   */
  private next(afterFrame = false) {
    const token = ++this.token;
    const run = () => {
      if (token === this.token && this.host.isConnected) this.step();
    };
    if (!afterFrame) {
      inNewTask(run);
      return;
    }
    // Whichever comes first posts; the other does nothing. The timeout is cleared when the frame
    // comes first: pending, it kept a list the page had removed alive for 100 ms (the bench's
    // heap figures then read lists of earlier runs that were freed mid-run).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const post = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      inNewTask(run);
    };
    timer = setTimeout(post, 100);
    requestAnimationFrame(post);
  }
}

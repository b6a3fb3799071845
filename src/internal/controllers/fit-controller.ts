import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Gives back the space a list, or a card with a source (`news-card/card-source.ts`), reserved
 * (styles/reserve.ts) once its content is there and the reader cannot see the change.
 *
 * A list reserves `limit` cards from its attributes, before its feed arrives, so nothing below it
 * moves while it loads; its content keeps at least that size, so a shorter feed does not pull
 * the page up under the reader. A feed of 3 items under `limit="10"` then left seven cards of
 * blank space at the list's end for good. Now the reservation ends (`released`) as soon as
 * the content is settled (loaded, failed or empty) and the list is out of view:
 *
 * - below the viewport: what moves is out of view too (no layout shift is seen, or counted);
 * - above it: only where the browser anchors scrolling (`overflow-anchor`), which keeps what the
 *   reader sees in place when content above it shrinks;
 * - in view: it waits until the list leaves the view.
 *
 * Once released it stays released (a new `src` shows its skeleton, which has its own size).
 */
export class FitController implements ReactiveController {
  /** The reservation has ended: the host renders its content at its own size. */
  released = false;
  private observer?: IntersectionObserver;
  private outOfView = false;

  /** `settled()`: the host's content is there (not a skeleton or a placeholder). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settled: () => boolean
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.released || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver((entries) => {
      this.outOfView = !entries[entries.length - 1].isIntersecting;
      this.check();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    this.check();
  }

  private check() {
    if (this.released || !this.outOfView || !this.settled()) return;
    // Where it is now (the observer reported where it was; a jump from below the view to above
    // it crosses no threshold). Read once per list, when it is about to be released.
    const top = this.host.getBoundingClientRect().top;
    const below = top >= (document.documentElement.clientHeight || innerHeight);
    if (!below && !CSS.supports('overflow-anchor', 'auto')) return;
    this.released = true;
    this.hostDisconnected();
    // After the update that settled it (when called from `hostUpdated`), not inside it: Lit's
    // development build warns of an update requested while one completes.
    queueMicrotask(() => this.host.requestUpdate());
  }
}

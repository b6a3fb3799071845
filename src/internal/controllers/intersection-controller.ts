/**
 * An IntersectionObserver as a reactive controller, in the shape of `@lit-labs/observers`'
 * `IntersectionController` (written here: a few lines, no dependency):
 *
 * - observes `target` (default the host; `null`: nothing until `observe()`) while the host is
 *   connected, and every element given to `observe()`;
 * - `callback(entries, observer)` runs on each report; its result is `value`, and the host
 *   updates when `value` changes;
 * - `setRoot(el)` moves the observer to another scroll root (a new observer, same targets);
 * - where IntersectionObserver does not exist it does nothing (`supported` is false).
 *
 * ```ts
 * private near = new IntersectionController(this, {
 *   config: {rootMargin: '400px'},
 *   callback: (entries) => entries.some((e) => e.isIntersecting) || this.near?.value,
 * });
 * ```
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface IntersectionControllerConfig<T> {
  /** Observed while connected; default the host, `null` for none. */
  target?: Element | null;
  /** The observer's options (`root` may change later with `setRoot`). */
  config?: IntersectionObserverInit;
  callback?: (entries: IntersectionObserverEntry[], observer: IntersectionObserver) => T;
}

export const supportsIntersection = () => typeof IntersectionObserver !== 'undefined';

export class IntersectionController<T = unknown> implements ReactiveController {
  value?: T;
  private observer?: IntersectionObserver;
  private readonly targets = new Set<Element>();
  private config: IntersectionObserverInit;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: IntersectionControllerConfig<T> = {}
  ) {
    this.config = options.config ?? {};
    const target = options.target === undefined ? host : options.target;
    if (target) this.targets.add(target);
    host.addController(this);
  }

  get supported(): boolean {
    return supportsIntersection();
  }

  /** The element the observer measures against (`config.root`). */
  get root(): Element | Document | null {
    return this.config.root ?? null;
  }

  hostConnected(): void {
    this.connected = true;
    for (const t of this.targets) this.ensure()?.observe(t);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
  }

  observe(target: Element): void {
    this.targets.add(target);
    if (this.connected) this.ensure()?.observe(target);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
    this.observer?.unobserve(target);
  }

  /** Stops observing every target (until `observe()` again). */
  disconnect(): void {
    this.targets.clear();
    this.observer?.disconnect();
  }

  /** Observes against another scroll root: a new observer for the same targets. */
  setRoot(root: Element | null): void {
    if (this.config.root === root) return;
    this.observer?.disconnect();
    this.observer = undefined;
    this.config = {...this.config, root};
    if (this.connected) for (const t of this.targets) this.ensure()?.observe(t);
  }

  private ensure(): IntersectionObserver | undefined {
    if (!supportsIntersection()) return undefined;
    this.observer ??= new IntersectionObserver((entries, observer) => {
      const value = this.options.callback?.(entries, observer);
      if (value === this.value) return;
      this.value = value;
      this.host.requestUpdate();
    }, this.config);
    return this.observer;
  }
}

/**
 * Re-renders an element when the `lang` that applies to it changes: its own attribute, any
 * ancestor's (not only `<html>`), across shadow roots. One MutationObserver watches the document
 * and every shadow root a watched element sits in; on a `lang` change each element compares the
 * language it rendered with against the one that applies now, and only those that moved update.
 * Frameworks that switch language by setting `lang` on a wrapper (React, Vue, Svelte) need this.
 */
import {inheritedLang} from './resolve.js';

export interface LangWatcher extends Element {
  /** Called when the `lang` in effect for this element changed. */
  langChanged(): void;
}

const live = new Map<LangWatcher, string | undefined>();
const roots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function check() {
  for (const [el, was] of live) {
    const now = inheritedLang(el);
    if (now !== was) {
      live.set(el, now);
      el.langChanged();
    }
  }
}

function observe(root: Node) {
  if (roots.has(root)) return;
  roots.add(root);
  observer!.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

/** Starts watching `el` (call from `connectedCallback`). */
export function watchLang(el: LangWatcher): void {
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(check);
  live.set(el, inheritedLang(el));
  // The document, and each shadow root between `el` and it: attribute changes inside a shadow
  // tree are not seen by an observer of the document.
  for (let root = el.getRootNode(); ;) {
    observe(root);
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/** Stops watching `el` (call from `disconnectedCallback`). */
export function unwatchLang(el: LangWatcher): void {
  live.delete(el);
}

/** Records the `lang` `el` rendered with, so only a later change calls `langChanged`. */
export function langRendered(el: LangWatcher): void {
  if (live.has(el)) live.set(el, inheritedLang(el));
}

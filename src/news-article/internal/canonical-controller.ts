/**
 * `canonical` on `<news-article>`: the article's URL as the page's `<link rel="canonical">` in the
 * document head, unless the page has one of its own; removed when the element leaves.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {safeUrl} from '../../data/sanitize.js';

export class CanonicalLinkController implements ReactiveController {
  private link?: HTMLLinkElement;

  constructor(
    host: ReactiveControllerHost,
    /** The URL to declare, or `undefined` for none. */
    private readonly url: () => string | undefined
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const url = safeUrl(this.url());
    const theirs = document.head.querySelector('link[rel="canonical"]');
    if (!url || (theirs && theirs !== this.link)) return this.hostDisconnected();
    if (!this.link) {
      this.link = document.createElement('link');
      this.link.rel = 'canonical';
    }
    if (this.link.href !== url) this.link.href = url;
    if (!this.link.isConnected) document.head.append(this.link);
  }

  hostDisconnected(): void {
    this.link?.remove();
    this.link = undefined;
  }
}

import {css} from 'lit';
import {property} from 'lit/decorators.js';
import {NewsElement} from '../base/news-element.js';

/**
 * One feed of an `<article-list>`: the list loads every `<news-source>` child, merges the
 * articles newest first and drops duplicates (same canonical URL). Renders nothing.
 *
 * @summary A feed URL given to the enclosing `<article-list>`.
 */
export class NewsSource extends NewsElement {
  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  /** The feed's URL (JSON Feed, RSS, Atom, WordPress REST, JSON-LD). */
  @property({reflect: true}) src?: string;

  override render() {
    return null;
  }
}

import {css, html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {NewsElement} from '../base/news-element.js';
import {tokens} from '../styles/tokens.js';
import {isRelativeNow, timeTemplate, type TimeFormat} from '../internal/templates/time.js';
import {subscribe} from './ticker.js';

/**
 * A localized date: `<time datetime>` with text from date-fns in the element's locale, and the
 * full date and zone in `title`. The same code path as the cards' dates.
 *
 * @summary "3 hours ago" / "3 giờ trước", then the date.
 * @csspart time - The `<time>` element.
 * @cssprop [--news-color-muted=#595959] - Text colour (global token).
 */
export class NewsTime extends NewsElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: inline;
        color: var(--_color-muted);
      }
    `,
  ];

  /** ISO 8601 date and time. */
  @property() datetime?: string;

  /** `relative`, `absolute`, or `auto` (relative until `relative-until`, then absolute). */
  @property() format: TimeFormat = 'auto';

  /** Milliseconds for which `auto` stays relative (default 24 hours). */
  @property({type: Number, attribute: 'relative-until'}) relativeUntil = 24 * 60 * 60 * 1000;

  /** IANA time zone for absolute dates (e.g. `Asia/Ho_Chi_Minh`); default the reader's. */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /** `updated` prefixes "Updated". */
  @property() kind: 'published' | 'updated' = 'published';

  /** Show the time of day with absolute dates. */
  @property({type: Boolean, attribute: 'with-time'}) withTime = false;

  private unsubscribe?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override updated(): void {
    const live = this.isConnected && isRelativeNow(this.datetime, this.options());
    if (live && !this.unsubscribe) this.unsubscribe = subscribe(() => this.requestUpdate());
    else if (!live && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    }
  }

  private options() {
    return {
      locale: this.uiLocale,
      format: this.format,
      relativeUntil: this.relativeUntil,
      timeZone: this.timeZone,
      kind: this.kind,
      withTime: this.withTime,
    };
  }

  override render() {
    const t = timeTemplate(this.datetime, this.options());
    return t === nothing ? nothing : html`${t}`;
  }
}

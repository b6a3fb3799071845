import {css, html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {NewsElement} from '../base/news-element.js';
import {tokens} from '../styles/tokens.js';
import {
  isRelativeNow,
  patternLoading,
  timeTemplate,
  type TimeFormat,
} from '../internal/templates/time.js';
import {subscribe} from './ticker.js';

/**
 * A localized date: `<time datetime>` with text from date-fns in the element's locale, and the
 * full date and zone in `title`. The same code path as the cards' dates.
 *
 * Dates are formatted in the full BCP 47 tag of the element's `lang` (or an ancestor's):
 * `lang="en-GB"` writes "13 Nov 2023", `lang="en-US"` "Nov 13, 2023". `date-format` picks a
 * preset (`short`, `medium`, `long`, `numeric`) or a date-fns pattern:
 * `date-format="hh:mm a dd/MM/yyyy"` writes "10:40 AM 13/11/2023" (date-fns and its locale load
 * only then). A `datetime` without an offset ("2023-11-13T10:40:00") is read in `time-zone`,
 * else in UTC (and then also shown in UTC), never in the reader's zone.
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

  /**
   * IANA time zone (e.g. `Asia/Ho_Chi_Minh`): absolute dates are shown in it and a `datetime`
   * without an offset is read in it. Default: the reader's zone (UTC for a `datetime` without
   * an offset).
   */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /**
   * Absolute dates: `short`, `medium` (default), `long`, `numeric` (each the locale's own
   * form: "13/11/2023" in vi and en-GB, "2023/11/13" in ja), or a date-fns pattern such as
   * `hh:mm a dd/MM/yyyy`.
   */
  @property({attribute: 'date-format'}) dateFormat?: string;

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

  /** A date-fns pattern loads its code and locale data before the first render that uses it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = patternLoading(this.dateFormat, this);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
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
      dateFormat: this.dateFormat,
    };
  }

  override render() {
    const t = timeTemplate(this.datetime, this.options());
    return t === nothing ? nothing : html`${t}`;
  }
}

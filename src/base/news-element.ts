/**
 * What every news-blocks element shares: its own UI locale (resolved from `lang` up the tree),
 * rendering inside that locale, and re-rendering when `<html lang>` changes.
 */
import {LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {isLocaleLoaded, loadLocale, withLocale} from '../i18n/localize.js';
import {inheritedLang, resolveLocale} from '../i18n/resolve.js';

const live = new Set<NewsElement>();
let observer: MutationObserver | undefined;

function watchDocumentLang() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const el of live) el.requestUpdate();
  });
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
  // A host app with its own @lit/localize may set <html lang> before its locale is ready:
  // re-render once it reports 'ready' too.
  window.addEventListener('lit-localize-status', (e) => {
    if ((e as CustomEvent<{status: string}>).detail?.status === 'ready')
      for (const el of live) el.requestUpdate();
  });
}

export class NewsElement extends LitElement {
  /** The UI locale this element speaks, resolved before each update. */
  protected uiLocale = 'en';

  /**
   * Absent: the page's colour scheme (light unless the page declares dark support with CSS
   * `color-scheme` or `<meta name="color-scheme">`). `light` or `dark` pins one; `auto` follows
   * the reader's system preference. Styled by `styles/tokens.ts`.
   */
  @property({attribute: 'color-scheme', reflect: true}) colorScheme?: 'light' | 'dark' | 'auto';

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    watchDocumentLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  /** The `lang` in effect where this element sits (for marking content in another language). */
  protected get hostLang(): string | undefined {
    return inheritedLang(this) ?? undefined;
  }

  /** Waits for the locale's strings before rendering, so nothing flashes in English. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = resolveLocale(this);
    if (isLocaleLoaded(locale)) {
      this.uiLocale = locale;
      return super.scheduleUpdate();
    }
    return loadLocale(locale).then(() => {
      this.uiLocale = isLocaleLoaded(locale) ? locale : 'en';
      return super.scheduleUpdate();
    });
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.uiLocale, () => super.update(changed));
  }
}

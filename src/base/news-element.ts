/**
 * What every news-blocks element shares: its own UI locale (resolved from `lang` up the tree),
 * rendering inside that locale, re-rendering when `<html lang>` changes, and the child elements
 * it renders (`dependencies`), registered when it is first constructed.
 */
import {LitElement, type PropertyValues} from 'lit';
import {define} from '../define-element.js';
import {isLocaleLoaded, loadLocale, withLocale} from '../i18n/localize.js';
import {inheritedLang, resolveLocale} from '../i18n/resolve.js';

const live = new Set<NewsElement>();
/** Classes whose `dependencies` are registered already. */
const registered = new WeakSet<typeof NewsElement>();
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
  /**
   * The elements this one renders in its shadow root, by tag: each is defined (guarded, see
   * `define`) when the first instance is constructed, so importing a `.component.ts` module
   * defines nothing (Shoelace's pattern) and a re-tagged class still finds its children.
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /** The UI locale this element speaks, resolved before each update. */
  protected uiLocale = 'en';

  constructor() {
    super();
    const ctor = this.constructor as typeof NewsElement;
    if (registered.has(ctor)) return;
    registered.add(ctor);
    for (const [tag, dep] of Object.entries(ctor.dependencies)) define(tag, dep);
  }

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

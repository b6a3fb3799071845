/**
 * What every news-blocks element shares: its own UI locale (resolved from `lang` up the tree,
 * shadow roots included), rendering inside that locale, re-rendering when its own or any
 * ancestor's `lang` changes, a `dir` that follows its UI locale, and the child elements it
 * renders (`dependencies`), registered when it is first constructed.
 */
import {isServer, LitElement, nothing, type PropertyValues} from 'lit';
import {serverWork} from '../data/ssr.js';
import {patternLoading} from '../internal/templates/time.js';
import {jsonScript} from '../internal/templates/json-ld.js';
import {property} from 'lit/decorators.js';
import {define} from '../define-element.js';
import {isLocaleLoaded, loadLocale, withLocale} from '../i18n/localize.js';
import {directionOf, inheritedLang, resolveLocales} from '../i18n/resolve.js';
import {langRendered, unwatchLang, watchLang} from '../i18n/watch-lang.js';

const live = new Set<NewsElement>();
let listening = false;
/** Classes whose `dependencies` are registered already. */
const registered = new WeakSet<typeof NewsElement>();

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // A host app with its own @lit/localize may set <html lang> before its locale is ready:
  // re-render once it reports 'ready' too.
  window.addEventListener('lit-localize-status', (e) => {
    if ((e as CustomEvent<{status: string}>).detail?.status === 'ready')
      for (const el of live) el.requestUpdate();
  });
  // Elements without any `lang` above them speak the reader's language.
  window.addEventListener('languagechange', () => {
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

  /**
   * The full BCP 47 tag this element formats dates, numbers and lists in ("en-GB", "vi-VN",
   * "pt-BR"); its strings come from the nearest shipped locale (`withLocale` matches it).
   */
  protected uiLocale = 'en';

  /**
   * Absent: the page's colour scheme (light unless the page declares dark support with CSS
   * `color-scheme` or `<meta name="color-scheme">`). `light` or `dark` pins one; `auto` follows
   * the reader's system preference. Styled by `styles/tokens.ts`.
   */
  @property({attribute: 'color-scheme', reflect: true}) colorScheme?: 'light' | 'dark' | 'auto';

  /** The `dir` this element set on itself (a `dir` the page set is left alone). */
  private autoDir?: string;

  constructor() {
    super();
    if (isServer) this.serverLocale();
    const ctor = this.constructor as typeof NewsElement;
    if (registered.has(ctor)) return;
    registered.add(ctor);
    for (const [tag, dep] of Object.entries(ctor.dependencies)) define(tag, dep);
  }

  /**
   * On a server `@lit-labs/ssr` calls `willUpdate` and `render` (never `scheduleUpdate` or
   * `update`): the locale is resolved from the element's own `lang` (else the page's) before
   * `willUpdate`, both run inside it, and a locale whose strings are not loaded yet is loaded as
   * server work (`news-blocks/server` renders again once it is in).
   */
  private serverLocale() {
    const willUpdate = this.willUpdate;
    const render = this.render;
    this.willUpdate = (changed: PropertyValues) => {
      const {ui, intl} = resolveLocales(this);
      if (!isLocaleLoaded(ui)) serverWork(loadLocale(ui));
      // A date-fns pattern (`date-format`) loads its code and locale data first, too.
      const pattern = patternLoading((this as {dateFormat?: string}).dateFormat, this);
      if (pattern) serverWork(pattern);
      this.uiLocale = intl;
      // Right-to-left before the script runs; the client keeps it (a `dir` it did not set).
      if (directionOf(ui) === 'rtl' && !this.hasAttribute('dir')) this.setAttribute('dir', 'rtl');
      withLocale(this.uiLocale, () => willUpdate.call(this, changed));
    };
    this.render = () => withLocale(this.uiLocale, () => render.call(this));
  }

  /**
   * The element's light DOM as a server renders it, for `renderLight()` (@lit-labs/ssr-client)
   * among its children: the data it was given as a property (`articles`, `article`, `items`) as
   * a `<script type="application/json">` child, which the client reads, so it hydrates with the
   * same data and loads nothing. Elements that write JSON-LD add it here.
   */
  renderLight(): unknown {
    const own = this as {articles?: unknown[]; article?: unknown; items?: unknown[]};
    const data = own.articles ?? own.article ?? (own.items?.length ? own.items : undefined);
    return data === undefined ? nothing : jsonScript(undefined, data);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    listen();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    unwatchLang(this);
  }

  /** Called by the `lang` watcher when the `lang` in effect here changed. */
  langChanged(): void {
    this.requestUpdate();
  }

  /** The `lang` in effect where this element sits (for marking content in another language). */
  protected get hostLang(): string | undefined {
    return inheritedLang(this) ?? undefined;
  }

  /**
   * The UI direction follows the UI locale: `dir` on the host, unless the page decided the
   * direction nearer than it decided the language (a `dir` on the host or on an ancestor below
   * the nearest `lang`), which is then left to inherit.
   */
  private syncDir(ui: string) {
    const current = this.getAttribute('dir');
    const ours = current !== null && current === this.autoDir;
    let pageDir = current !== null && !ours;
    for (let node: Node | null = ours ? this.parentNode : this; node && !pageDir;) {
      if (node instanceof Element) {
        if (node.hasAttribute('lang')) break;
        if (node.hasAttribute('dir')) pageDir = true;
      }
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    if (pageDir) {
      if (ours) this.removeAttribute('dir');
      this.autoDir = undefined;
      return;
    }
    const dir = directionOf(ui);
    this.autoDir = dir;
    if (current !== dir) this.setAttribute('dir', dir);
  }

  /** Waits for the locale's strings before rendering, so nothing flashes in English. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const {ui, intl} = resolveLocales(this);
    langRendered(this);
    if (isLocaleLoaded(ui)) {
      this.uiLocale = intl;
      this.syncDir(ui);
      return super.scheduleUpdate();
    }
    return loadLocale(ui).then(() => {
      this.uiLocale = intl;
      this.syncDir(isLocaleLoaded(ui) ? ui : 'en');
      return super.scheduleUpdate();
    });
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.uiLocale, () => super.update(changed));
  }
}

/**
 * What every news-blocks element shares: its own UI locale (resolved from `lang` up the tree,
 * shadow roots included), rendering inside that locale, re-rendering when its own or any
 * ancestor's `lang` changes, a `dir` that follows its UI locale, and the child elements it
 * renders (`dependencies`), registered when it is first constructed.
 */
import {
  adoptStyles,
  LitElement,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
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
  static override get properties(): PropertyDeclarations {
    return {
      colorScheme: {attribute: 'color-scheme', reflect: true},
    };
  }

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
  declare colorScheme?: 'light' | 'dark' | 'auto';

  /** The `dir` this element set on itself (a `dir` the page set is left alone). */
  private autoDir?: string;

  constructor() {
    super();
    const ctor = this.constructor as typeof NewsElement;
    if (registered.has(ctor)) return;
    registered.add(ctor);
    for (const [tag, dep] of Object.entries(ctor.dependencies)) define(tag, dep);
  }

  /**
   * The element's light DOM as a server renders it, for `renderLight()` (@lit-labs/ssr-client)
   * among its children. `news-blocks/server.js` fills it in (the data given as a property as a
   * JSON child, which the client reads, so it hydrates with the same data and loads nothing);
   * elements that write JSON-LD add theirs. Nothing in a browser.
   */
  renderLight(): unknown {
    return nothing;
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

  /** A server wrote the shadow root (declarative shadow DOM): the first update hydrates it. */
  private served = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.served = !!this.shadowRoot;
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.uiLocale, () => {
      if (this.hasUpdated || !this.served) return super.update(changed);
      try {
        super.update(changed);
      } catch (e) {
        this.renderAgain(e);
      }
    });
  }

  /**
   * Hydration threw: the server's HTML does not hold what the browser renders (its data or
   * attributes changed before the element ran, e.g. a script set `limit`, or a framework gave
   * other props). Lit leaves such an element as the server wrote it and never updates it again;
   * this renders it anew in the browser instead, with its styles, and says so once.
   */
  private renderAgain(e: unknown): void {
    console.warn(`news-blocks: <${this.localName}> rendered again: its server HTML differs`, e);
    // Lit's hydrate marks the root as rendered only once it is done: `render` starts afresh.
    const root = this.renderRoot as ShadowRoot;
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    this.serverHtmlDropped();
    render(this.render(), root, this.renderOptions);
  }

  /** After a failed hydration dropped the server's nodes: forget what assumed them. */
  protected serverHtmlDropped(): void {}
}

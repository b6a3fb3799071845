import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {
  jsonChildText,
  LightDomController,
  parseJsonChild,
} from '../internal/controllers/light-dom-controller.js';
import {safeUrl} from '../data/sanitize.js';
import {NewsElement} from '../base/news-element.js';
import {msg} from '../i18n/localize.js';
import {tokens} from '../styles/tokens.js';
import {jsonScript, syncJsonLd} from '../internal/templates/json-ld.js';
import {newsBreadcrumbsStyles} from './news-breadcrumbs.styles.js';

/** One step of a breadcrumb trail. */
export interface BreadcrumbItem {
  name: string;
  /** Where the step leads; only http(s) or relative URLs are used. */
  url?: string;
}

/** Items from untrusted input: each with a non-empty name, its URL kept only when http(s). */
export function cleanItems(value: unknown, base?: string): BreadcrumbItem[] {
  if (!Array.isArray(value)) return [];
  const out: BreadcrumbItem[] = [];
  for (const v of value) {
    const raw = v as {name?: unknown; url?: unknown} | null;
    const name = typeof raw?.name === 'string' ? raw.name.replace(/\s+/g, ' ').trim() : '';
    if (!name) continue;
    const url = safeUrl(raw?.url, base);
    out.push(url ? {name, url} : {name});
  }
  return out;
}

/**
 * schema.org BreadcrumbList JSON-LD for `items` (absolute URLs; the last item may have none),
 * written by `syncJsonLd` (the one JSON-LD writer, through the Trusted Types policy).
 */
function breadcrumbList(items: BreadcrumbItem[]) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      ...(item.url ? {item: item.url} : {}),
    })),
  };
  return data;
}

/** Items written as light DOM: links and text, or a list of them. */
function lightItems(host: Element, base?: string): BreadcrumbItem[] {
  const nodes: Element[] = [];
  for (const child of host.children) {
    if (/^(SCRIPT|TEMPLATE|STYLE)$/.test(child.tagName)) continue;
    if (child.tagName === 'OL' || child.tagName === 'UL') nodes.push(...child.children);
    else nodes.push(child);
  }
  return cleanItems(
    nodes.map((n) => {
      const link = n.matches('a[href]') ? n : n.querySelector('a[href]');
      return {name: n.textContent ?? '', url: link?.getAttribute('href') ?? undefined};
    }),
    base
  );
}

/**
 * Where the page sits in the site: "Home › News › This article", as a `<nav>` named
 * "Breadcrumb" (localized) around an ordered list, the last item marked `aria-current="page"`.
 * The separators are drawn by CSS (mirrored in right-to-left pages), so screen readers do not
 * read them. With `structured-data`, the element also writes schema.org BreadcrumbList JSON-LD
 * into its own light DOM, where search engines read it.
 *
 * @summary A breadcrumb trail, optionally with BreadcrumbList JSON-LD.
 *
 * @slot - Links (`<a href>`) and a last text element, or an `<ol>` of them; or a `<script type="application/json">` with `[{"name", "url"}]`. Read, not shown as such: the element renders them.
 *
 * @csspart nav - The `<nav>`.
 * @csspart list - The `<ol>`.
 * @csspart item - One `<li>`.
 * @csspart link - The link of one step.
 * @csspart current - The current page (the last step).
 * @csspart separator - The written separator (with `separator`).
 *
 * @cssprop [--news-breadcrumbs-separator-color=var(--news-color-muted)] - Colour of the drawn separators.
 * @cssprop [--news-breadcrumbs-current-color=var(--news-color-muted)] - Colour of the current page.
 * @cssprop [--news-breadcrumbs-size=0.875rem] - Font size.
 * @cssprop [--news-color-link=#0b5cad] - Link colour (global token).
 * @cssprop [--news-color-focus=#0b5cad] - Focus ring colour (global token).
 */
export class NewsBreadcrumbs extends NewsElement {
  static override styles = [tokens, newsBreadcrumbsStyles];

  constructor() {
    super();
    // Reads the light DOM now and whenever the page edits it.
    new LightDomController(this, () => this.readLight(), ['href']);
  }

  @state() private lightItems: BreadcrumbItem[] = [];

  /** The trail, from the home page to the current page. Or a JSON child, or links as children. */
  @property({attribute: false}) items: BreadcrumbItem[] = [];

  /** The name of the navigation landmark, instead of the localized "Breadcrumb". */
  @property() label?: string;

  /** Also write schema.org BreadcrumbList JSON-LD into the element's light DOM. */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  /** A written separator ("/", "›") instead of the drawn chevron; hidden from screen readers. */
  @property() separator?: string;

  protected override updated(): void {
    this.writeJsonLd();
  }

  /** On a server (`renderLight()`): the items as a JSON child, and their JSON-LD. */
  override renderLight(): unknown {
    const items = this.trail();
    const on = this.structuredData && items.length > 0;
    return html`${super.renderLight()}${on ? jsonScript('news-breadcrumbs', breadcrumbList(items)) : nothing}`;
  }

  private readLight() {
    const base = globalThis.document?.baseURI;
    const json = jsonChildText(this);
    const next =
      json === undefined
        ? lightItems(this, base)
        : (parseJsonChild(json, 'news-breadcrumbs', (value) => cleanItems(value, base)) ??
          this.lightItems);
    if (JSON.stringify(next) !== JSON.stringify(this.lightItems)) this.lightItems = next;
  }

  private trail(): BreadcrumbItem[] {
    return this.items?.length
      ? cleanItems(this.items, globalThis.document?.baseURI)
      : this.lightItems;
  }

  /** Keeps one JSON-LD script child in step with the trail (written only when it changes). */
  private writeJsonLd() {
    const items = this.trail();
    const on = this.structuredData && items.length > 0;
    syncJsonLd(this, 'news-breadcrumbs', on ? breadcrumbList(items) : undefined);
  }

  override render() {
    const items = this.trail();
    if (!items.length) return nothing;
    const label =
      this.label?.trim() ||
      msg('Breadcrumb', {
        id: 'news-breadcrumbs.label',
        desc: 'Name of the breadcrumb navigation (where the page sits in the site)',
      });
    const last = items.length - 1;
    const sep = this.separator?.trim();
    const written = (i: number) =>
      sep && i > 0
        ? html`<span part="separator" class="separator" aria-hidden="true">${sep}</span>`
        : nothing;
    // role="list": Safari drops the list semantics of a list styled `list-style: none`.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<nav part="nav" aria-label=${label}>
      <ol part="list" role="list" class=${sep ? 'written' : ''}>
        ${items.map((item, i) => {
          if (i < last)
            return html`<li part="item">
              ${written(i)}${item.url ? html`<a part="link" href=${item.url}>${item.name}</a>` : item.name}
            </li>`;
          return html`<li part="item">
            ${written(i)}${
              item.url
                ? html`<a part="link current" href=${item.url} aria-current="page">${item.name}</a>`
                : html`<span part="current" aria-current="page">${item.name}</span>`
            }
          </li>`;
        })}
      </ol>
    </nav>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-breadcrumbs': NewsBreadcrumbs;
  }
}

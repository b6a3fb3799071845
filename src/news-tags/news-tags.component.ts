import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {
  jsonChildText,
  LightDomController,
  parseJsonChild,
} from '../internal/controllers/light-dom-controller.js';
import {slugify} from '../data/conventions.js';
import {safeUrl} from '../data/sanitize.js';
import {NewsElement} from '../base/news-element.js';
import {msg} from '../i18n/localize.js';
import {tokens} from '../styles/tokens.js';
import {newsTagsStyles} from './news-tags.styles.js';

/** Plain, non-empty, unique tag names from untrusted input (strings or `{name}` objects). */
export function cleanTags(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value) {
    const name =
      typeof v === 'string'
        ? v
        : typeof (v as {name?: unknown})?.name === 'string'
          ? (v as {name: string}).name
          : '';
    const t = name.replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * The link of one tag: `{slug}` becomes the slugified tag ("Vietnam – Japan" → "vietnam-japan"),
 * `{tag}` the tag URL-encoded; the result is resolved against `base` and kept only when it is
 * http(s). Undefined without a template, for another scheme, or when `{slug}` would be empty.
 */
export function tagHref(
  template: string | undefined,
  tag: string,
  base?: string
): string | undefined {
  if (!template?.trim()) return undefined;
  const slug = slugify(tag);
  if (template.includes('{slug}') && !slug) return undefined;
  const url = template
    .replaceAll('{slug}', encodeURIComponent(slug))
    .replaceAll('{tag}', encodeURIComponent(tag));
  return safeUrl(url, base);
}

/**
 * The topic tags of an article, as a labelled list ("Tags: Vietnamese interns"), each a link when
 * `href-template` is set. The list keeps its list semantics with `list-style: none` (`role="list"`),
 * and its label is localized ("Thẻ" in Vietnamese). The seed pages' "TAG:" look is a theme:
 * `--news-tags-label-transform: uppercase` and `::part(tag)` styles, not text in the markup.
 *
 * @summary A labelled list of tags, optionally linked.
 *
 * Tags written as links inside the element for readers without JavaScript
 * (`<news-tags><a href="/tag/japan">Japan</a>…</news-tags>`, or a `<ul>` of them) are read as
 * its tags and keep their links (http(s) only).
 *
 * @slot - Tag links (`<a href>`, directly or in a list), read as the tags; or one `<script type="application/json">` child with them.
 *
 * @slot - A `<script type="application/json">` child with an array of tags (read, not shown).
 *
 * @csspart base - The wrapper of the label and the list.
 * @csspart label - The label ("Tags").
 * @csspart list - The `<ul>`.
 * @csspart tag - One `<li>`.
 * @csspart link - The link of a tag (with `href-template`).
 *
 * @cssprop [--news-tags-gap=var(--news-space-xs)] - Space between tags.
 * @cssprop [--news-tags-label-color=var(--news-color-text)] - Label colour.
 * @cssprop [--news-tags-label-transform=none] - Text transform of the label (`uppercase` for the seed's "TAGS:" look).
 * @cssprop [--news-tags-label-suffix=':'] - Decoration after the label (a CSS string; not read aloud).
 * @cssprop [--news-tags-tag-border=1px solid var(--news-color-border)] - Border of one tag (`none` for plain text).
 * @cssprop [--news-tags-tag-radius=999px] - Corner radius of one tag.
 * @cssprop [--news-tags-tag-color=var(--news-color-muted)] - Text colour of a tag without a link.
 * @cssprop [--news-color-link=#0b5cad] - Link colour (global token).
 * @cssprop [--news-color-focus=#0b5cad] - Focus ring colour (global token).
 */
export class NewsTags extends NewsElement {
  static override styles = [tokens, newsTagsStyles];

  constructor() {
    super();
    // Reads the light DOM now and whenever the page edits it.
    new LightDomController(this, () => this.readInlineTags(), ['href']);
  }

  @state() private inlineTags: string[] = [];

  /** The tags. Set as a property, or as a `<script type="application/json">` child. */
  @property({attribute: false}) tags: string[] = [];

  /** A URL for each tag: `{slug}` (slugified) or `{tag}` (URL-encoded), e.g. `/tag/{slug}`. */
  @property({attribute: 'href-template'}) hrefTemplate?: string;

  /** The label, instead of the localized "Tags". */
  @property() label?: string;

  /** Hide the label visually (it still names the list for screen readers). */
  @property({type: Boolean, attribute: 'no-label'}) noLabel = false;

  /** The links of tags written as markup, by tag. */
  private markupLinks = new Map<string, string>();

  private readInlineTags() {
    const json = jsonChildText(this);
    const links = new Map<string, string>();
    let next: string[];
    if (json !== undefined) next = parseJsonChild(json, 'news-tags', cleanTags) ?? this.inlineTags;
    else {
      const anchors = [...this.querySelectorAll('a[href]')];
      next = cleanTags(anchors.map((a) => a.textContent ?? ''));
      for (const a of anchors) {
        const name = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
        const href = safeUrl(a.getAttribute('href'), this.ownerDocument.baseURI);
        if (name && href && !links.has(name)) links.set(name, href);
      }
    }
    const key = (m: Map<string, string>) => [...m].join('\n');
    if (key(links) !== key(this.markupLinks)) {
      this.markupLinks = links;
      this.requestUpdate();
    }
    if (next.join('\n') !== this.inlineTags.join('\n')) this.inlineTags = next;
  }

  override render() {
    const tags = this.tags?.length ? cleanTags(this.tags) : this.inlineTags;
    if (!tags.length) return nothing;
    const base = globalThis.document?.baseURI;
    const label =
      this.label?.trim() || msg('Tags', {id: 'tags.label', desc: 'Label of a list of topic tags'});
    // role="list": Safari drops the list semantics of a list styled `list-style: none`.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<div part="base" class="tags">
      <span part="label" id="label" class=${this.noLabel ? 'label visually-hidden' : 'label'}
        >${label}</span
      >
      <ul part="list" role="list" aria-labelledby="label">
        ${tags.map((tag) => {
          const href = this.markupLinks.get(tag) ?? tagHref(this.hrefTemplate, tag, base);
          return html`<li part="tag">
            ${href ? html`<a part="link" href=${href}>${tag}</a>` : tag}
          </li>`;
        })}
      </ul>
    </div>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-tags': NewsTags;
  }
}

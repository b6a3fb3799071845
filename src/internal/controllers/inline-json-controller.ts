/**
 * What an element reads from its own light DOM:
 * - `LightDomController`, `jsonChildText` / `parseJsonChild` (`light-dom-controller.ts`,
 *   re-exported here): the light-DOM watcher and the JSON child's text;
 * - `InlineJsonController`: the one reader of inline articles (one `Article`, an `Article[]` or a
 *   `Feed`) from that child, validated by `normalizeArticles` (src/data/formats/inline.ts) with
 *   the document's base URL, so `"url": "/a"` is a link on this site in every element.
 *   `articles` is `undefined` without such a child, `[]` when its JSON is invalid (one warning);
 *   `article` is the first of them. Times without an offset in it are read in the host's
 *   `time-zone` (else UTC), and read again when that changes.
 * - Progressive enhancement: the markup a page wrote inside the element for readers without
 *   JavaScript is read as data (`markup`): an `<a href>` child is a card (link text → headline,
 *   `href` → url, `<img>` → image, `<time datetime>` → date, `<p>` → summary), a `<ul>` of links
 *   is a list of them, an `<article>` (or the element itself) with a heading is a whole article.
 *   It goes through the same `normalizeArticles`, so only http(s) URLs survive.
 */
import type {ReactiveControllerHost} from 'lit';
import type {Article} from '../../data/article.js';
import {normalizeArticles} from '../../data/formats/inline.js';
import {isZoneless, parseDate} from '../../i18n/dates.js';
import {jsonChildText, LightDomController, parseJsonChild} from './light-dom-controller.js';

export {jsonChildText, LightDomController, parseJsonChild};

/** How an element reads its light-DOM markup: one card, a list of cards, or a whole article. */
export type MarkupShape = 'card' | 'list' | 'article';

const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/** A card's fields from one item's markup (unvalidated: `normalizeArticles` checks them). */
function cardFields(root: Element): Record<string, unknown> | undefined {
  const link = root.querySelector('a[href]');
  if (!link) return undefined;
  const img = root.querySelector('img[src]');
  const time = root.querySelector('time[datetime]');
  const p = [...root.querySelectorAll('p')].find((x) => !x.contains(link));
  const num = (el: Element | null, a: string) => Number(el?.getAttribute(a)) || undefined;
  return {
    title: clean(link.textContent) || clean(link.getAttribute('title')) || undefined,
    url: link.getAttribute('href'),
    image: img
      ? {
          url: img.getAttribute('src'),
          alt: img.getAttribute('alt') ?? undefined,
          width: num(img, 'width'),
          height: num(img, 'height'),
        }
      : undefined,
    published: time?.getAttribute('datetime') || undefined,
    summary: clean(p?.textContent) || undefined,
  };
}

/** A whole article from the markup it wraps: the first heading, the rest as its body. */
function articleFields(host: Element): Record<string, unknown> | undefined {
  const root = host.querySelector(':scope > article') ?? host;
  const heading = root.querySelector('h1, h2, h3, h4, h5, h6');
  if (!heading) return undefined;
  const body = root.cloneNode(true) as Element;
  body.querySelector('h1, h2, h3, h4, h5, h6')?.remove();
  for (const x of body.querySelectorAll('script, template, style')) x.remove();
  const bookmark = root.querySelector('a[rel~="bookmark"][href]');
  const time = root.querySelector('time[datetime]');
  return {
    title: clean(heading.textContent),
    url: bookmark?.getAttribute('href') ?? undefined,
    published: time?.getAttribute('datetime') || undefined,
    contentHtml: body.innerHTML.trim() || undefined,
  };
}

/**
 * The articles the host's markup describes (see `MarkupShape`), or `undefined` when it holds
 * none. Only the host's own markup is read, never a shadow root.
 */
export function markupArticles(host: Element, shape: MarkupShape): Article[] | undefined {
  let raw: (Record<string, unknown> | undefined)[];
  if (shape === 'list')
    raw = [...host.querySelectorAll(':scope > ul > li, :scope > ol > li')].map(cardFields);
  else raw = [shape === 'card' ? cardFields(host) : articleFields(host)];
  const items = raw.filter((x) => !!x);
  if (!items.length) return undefined;
  const articles = normalizeArticles(items, host.ownerDocument.baseURI);
  return articles.length ? articles : undefined;
}

/** A wall time (no offset) as the instant it names in `timeZone`, else UTC; others unchanged. */
function inZone(iso: string | undefined, timeZone: string | undefined): string | undefined {
  return isZoneless(iso) ? parseDate(iso, timeZone)?.toISOString() : iso;
}

/** The article with its zone-less times read in `timeZone`; the same object when it has none. */
function withZone(a: Article, timeZone: string | undefined): Article {
  if (!isZoneless(a.published) && !isZoneless(a.updated)) return a;
  const out = {...a};
  const published = inZone(a.published, timeZone);
  const updated = inZone(a.updated, timeZone);
  if (published) out.published = published;
  else delete out.published;
  if (updated) out.updated = updated;
  else delete out.updated;
  return out;
}

type Host = ReactiveControllerHost & HTMLElement & {timeZone?: string};

export class InlineJsonController {
  /**
   * The inline articles, their zone-less times read in the host's current `time-zone`: a new
   * array when that zone changes, so the host sees new articles in the same update.
   */
  get articles(): Article[] | undefined {
    const zone = this.host.timeZone;
    if (this.raw && (!this.zoned || zone !== this.zone)) {
      this.zone = zone;
      this.zoned = this.raw.map((a) => withZone(a, zone));
    }
    return this.raw && this.zoned;
  }

  /** The articles read from the host's markup (`markup` shape given), else `undefined`. */
  markup?: Article[];

  /** The first inline article (for elements that show one). */
  get article(): Article | undefined {
    return this.articles?.[0];
  }

  private text?: string;
  private raw?: Article[];
  private zoned?: Article[];
  private zone?: string;

  private markupKey?: string;

  /** `tag` names the element in the console warning; `shape` reads its markup too. */
  constructor(
    private readonly host: Host,
    private readonly tag: string,
    private readonly shape?: MarkupShape
  ) {
    new LightDomController(host, () => this.read(), ['href', 'src', 'alt', 'datetime']);
  }

  private read() {
    if (this.shape) this.readMarkup();
    const text = jsonChildText(this.host);
    if (text === this.text) return;
    const raw =
      text === undefined
        ? undefined
        : parseJsonChild(text, this.tag, (json) =>
            normalizeArticles(json, this.host.ownerDocument.baseURI)
          );
    // A child the parser has not read all of yet: read again when it has.
    if (text != null && !raw) return;
    this.text = text;
    this.zoned = undefined;
    this.raw = raw;
    this.host.requestUpdate();
  }

  private readMarkup() {
    const articles = markupArticles(this.host, this.shape!);
    const key = JSON.stringify(articles ?? null);
    if (key === this.markupKey) return;
    this.markupKey = key;
    this.markup = articles;
    this.host.requestUpdate();
  }
}

/**
 * The body of `<news-article>`: sanitized and transformed (`buildBody`) once per set of things
 * it is built from, the newest build winning; a plain-text fallback when sanitizing fails.
 *
 * On a server the body is built as HTML (in `news-blocks/server`'s DOM): `@lit-labs/ssr`
 * renders synchronously, so the first pass starts the work (`serverWork`) and the next one,
 * after `news-blocks/server` waited for it, renders it. Hydrating a server-rendered body, that
 * body stays until the client's own is built (no flash of skeleton).
 */
import {html, isServer, noChange, type ReactiveControllerHost} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import type {Article} from '../../data/article.js';
import {htmlToText} from '../../data/html.js';
import {serverWork} from '../../data/ssr.js';
import {msg, str, withLocale} from '../../i18n/localize.js';
import {buildBody} from '../body.js';

type Host = ReactiveControllerHost & HTMLElement & {hasUpdated: boolean};

/** What the body is built with, besides the article. */
export interface BodyOptions {
  /** Relative URLs resolve against it (the feed's URL, or the article's). */
  baseUrl?: string;
  headingLevel: number;
  locale: string;
  datelineStyle: 'meta' | 'inline';
}

/** Built bodies on a server, as HTML, by what they were built from (at most 100). */
const serverBodies = new Map<string, string>();

export class ArticleBodyController {
  /** The built body, once built (in the browser). */
  private node?: HTMLElement;
  /** What the body was built from: rebuilt only when one of these changes. */
  private key: unknown[] = [];
  private run = 0;
  /** Hydrating a server-rendered body: it stays until the client's own is built. */
  private fromServer = false;

  constructor(private readonly host: Host) {}

  /** Before a render (`willUpdate`): starts building the body of `a` when its inputs changed. */
  sync(a: Article | undefined, o: BodyOptions): void {
    // Compared item by item: the body's HTML is not serialized again on every update.
    const key = a
      ? [
          a.id,
          a.contentHtml,
          a.url,
          a.image?.url,
          a.dateline,
          !!a.source,
          a.language,
          o.baseUrl,
          o.headingLevel,
          o.locale,
          o.datelineStyle,
        ]
      : [];
    if (isServer) {
      this.key = key;
      this.startOnServer(a, o);
      return;
    }
    if (!this.host.hasUpdated)
      this.fromServer = !!this.host.shadowRoot?.querySelector('[part="body"]');
    if (key.length === this.key.length && key.every((v, i) => v === this.key[i])) return;
    if (this.host.hasUpdated) this.fromServer = false;
    this.key = key;
    this.node = undefined;
    const run = ++this.run;
    if (a?.contentHtml)
      void this.build(a, o).then((node) => {
        if (run !== this.run) return;
        this.node = node;
        this.host.requestUpdate();
      });
  }

  /** Whether the body shows (built here, on the server, or kept from the server). */
  get ready(): boolean {
    return !!this.node || this.fromServer || this.serverHtml() !== undefined;
  }

  /** The body, the server's body, or a skeleton while it is built. */
  content(): unknown {
    if (this.node) return this.node;
    const built = this.serverHtml();
    // Sanitized by DOMPurify, in the server's DOM, like the client's body.
    if (built !== undefined) return unsafeHTML(built);
    if (this.fromServer) return noChange;
    return html`<div class="sk-line sk-line--wide"></div>
      <div class="sk-line"></div>`;
  }

  /** The server's body HTML, when built. */
  private serverHtml(): string | undefined {
    return isServer ? serverBodies.get(JSON.stringify(this.key)) : undefined;
  }

  /** On a server: unless built already, building the body starts as server work. */
  private startOnServer(a: Article | undefined, o: BodyOptions) {
    this.node = undefined;
    if (!a?.contentHtml) return;
    const id = JSON.stringify(this.key);
    if (serverBodies.has(id)) return;
    serverWork(
      this.build(a, o).then((node) => {
        if (serverBodies.size >= 100) serverBodies.delete(serverBodies.keys().next().value!);
        serverBodies.set(id, node.innerHTML);
      })
    );
  }

  private async build(a: Article, o: BodyOptions): Promise<HTMLElement> {
    const labels = withLocale(o.locale, () => ({
      table: msg('Table', {id: 'news-article.table', desc: 'Name of a scrollable table region'}),
      embed: (host: string) =>
        withLocale(o.locale, () =>
          msg(str`Embedded content on ${host}`, {
            id: 'news-article.embed',
            desc: 'Link text replacing an embedded video or frame; the value is a host name',
          })
        ),
    }));
    try {
      return await buildBody(a.contentHtml ?? '', {
        baseUrl: o.baseUrl,
        headingLevel: o.headingLevel,
        leadImageUrl: a.image?.url,
        dateline: a.dateline,
        datelineStyle: o.datelineStyle,
        stripSource: !!a.source?.name,
        lang: a.language,
        labels,
      });
    } catch (e) {
      // Never an uncaught exception: fall back to the body as plain text.
      console.warn('news-article: the body could not be sanitized', e);
      if (isServer) throw e;
      const node = document.createElement('div');
      const p = document.createElement('p');
      p.textContent = htmlToText(a.contentHtml);
      node.append(p);
      return node;
    }
  }
}

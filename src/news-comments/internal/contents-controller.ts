/**
 * The comment texts of `<news-comments>`: each comment's HTML sanitized (like an article body)
 * once, in the page's document, then kept by comment id; the host renders again when a batch is
 * ready. On a server the same sanitizer runs as server work between render passes, and the next
 * pass writes its HTML (the client's own sanitized nodes replace it after hydration).
 */
import {isServer, type ReactiveControllerHost} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import type {Comment} from '../../data/article.js';
import {sanitizeFragment} from '../../data/html.js';
import {serverWork} from '../../data/ssr.js';

/** On a server: each comment's sanitized HTML (by URL and text), built between render passes. */
const serverContents = new Map<string, string>();
const contentKey = (c: Comment) => `${c.url ?? ''}\n${c.contentHtml}`;

/** Comments are text, as WordPress's own comment rules have it (no images or media for
 *  commenters): nothing in one loads from a third party or lacks a text alternative. */
const textOnly = (fragment: DocumentFragment) => {
  for (const m of fragment.querySelectorAll('img, picture, video, audio, svg, math')) m.remove();
  return fragment;
};

export class CommentContents {
  private readonly done = new Map<string, Node>();
  private readonly working = new Set<string>();
  /** On a server: comment id → its key in `serverContents`. */
  private readonly serverKeys = new Map<string, string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The sanitized content of comment `id`, once ready. */
  get(id: string): unknown {
    const key = isServer ? this.serverKeys.get(id) : undefined;
    const served = key ? serverContents.get(key) : undefined;
    return this.done.get(id) ?? (served ? unsafeHTML(served) : undefined);
  }

  /** Starts sanitizing the comments not done or under way. */
  sanitize(comments: readonly Comment[]): void {
    if (isServer) return this.sanitizeOnServer(comments);
    const todo = comments.filter((c) => !this.done.has(c.id) && !this.working.has(c.id));
    if (!todo.length) return;
    for (const c of todo) this.working.add(c.id);
    void Promise.all(
      todo.map(async (c) => {
        const fragment = textOnly(await sanitizeFragment(c.contentHtml, {baseUrl: c.url}));
        const div = document.createElement('div');
        div.append(document.importNode(fragment, true));
        this.done.set(c.id, div);
      })
    )
      .catch(() => undefined)
      .finally(() => {
        for (const c of todo) this.working.delete(c.id);
        this.host.requestUpdate();
      });
  }

  /** On a server: sanitizes what is not yet, as server work (the next pass shows it). */
  private sanitizeOnServer(comments: readonly Comment[]) {
    for (const c of comments) {
      const key = contentKey(c);
      this.serverKeys.set(c.id, key);
      if (serverContents.has(key)) continue;
      if (serverContents.size >= 1000) serverContents.delete(serverContents.keys().next().value!);
      serverContents.set(key, '');
      serverWork(
        sanitizeFragment(c.contentHtml, {baseUrl: c.url}).then((fragment) => {
          const div = fragment.ownerDocument.createElement('div');
          div.append(textOnly(fragment));
          serverContents.set(key, div.innerHTML);
        })
      );
    }
  }
}

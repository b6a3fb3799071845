/**
 * The comment texts of `<news-comments>`: each comment's HTML sanitized (like an article body)
 * once, in the page's document, then kept by comment id; the host renders again when a batch is
 * ready.
 */
import type {ReactiveControllerHost} from 'lit';
import type {Comment} from '../../data/article.js';
import {sanitizeFragment} from '../../data/html.js';

export class CommentContents {
  private readonly done = new Map<string, Node>();
  private readonly working = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The sanitized content of comment `id`, once ready. */
  get(id: string): Node | undefined {
    return this.done.get(id);
  }

  /** Starts sanitizing the comments not done or under way. */
  sanitize(comments: readonly Comment[]): void {
    const todo = comments.filter((c) => !this.done.has(c.id) && !this.working.has(c.id));
    if (!todo.length) return;
    for (const c of todo) this.working.add(c.id);
    void Promise.all(
      todo.map(async (c) => {
        const fragment = await sanitizeFragment(c.contentHtml, {baseUrl: c.url});
        // Comments are text, as WordPress's own comment rules have it (no images or media for
        // commenters): nothing in one loads from a third party or lacks a text alternative.
        for (const m of fragment.querySelectorAll('img, picture, video, audio, svg, math'))
          m.remove();
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
}

/**
 * The pages of `<news-comments>` after the first: "Load more comments" fetches `next` through
 * the one loader, keeps the comments not seen yet, reports what it got or why it failed (from the
 * host, like the first page), and focuses the first new comment once it is rendered.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Comment, Feed} from '../../data/article.js';
import {toFeedError, type FeedError} from '../../data/errors.js';
import type {LoadOptions} from '../../data/load.js';
import {NewsErrorEvent} from '../../events/news-error.js';
import {NewsLoadEvent} from '../../events/news-load.js';
import {commentsOf} from './thread.js';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: ParentNode};

export class CommentPagesController implements ReactiveController {
  /** Comments of the pages after the first. */
  more: Comment[] = [];
  /** The next page's URL, while there is one. */
  next?: string;
  loading = false;
  /** Why the last "Load more comments" failed (cleared by the next try). */
  error?: FeedError;
  private firstPage?: Feed;
  private focus?: string;

  constructor(
    private readonly host: Host,
    /** The first page (the host's feed) and the loader options. */
    private readonly first: () => Feed | undefined,
    private readonly loadOptions: () => Partial<LoadOptions>
  ) {
    host.addController(this);
  }

  /** Every comment loaded so far, first page first, each once. */
  get comments(): Comment[] {
    const seen = new Set<string>();
    return [...commentsOf(this.first()), ...this.more].filter(
      (c) => !seen.has(c.id) && !!seen.add(c.id)
    );
  }

  /** The sources changed: what the pages held belonged to the old ones. */
  reset(): void {
    this.more = [];
    this.next = undefined;
    this.error = undefined;
    this.firstPage = undefined;
  }

  /** Before a render: a new first page (or a refresh) starts paging again from it. */
  follow(): void {
    const feed = this.first();
    if (feed === this.firstPage) return;
    this.firstPage = feed;
    this.more = [];
    this.next = feed?.next;
  }

  /** Fetches the next page of comments. */
  async loadMore(): Promise<void> {
    const next = this.next;
    if (!next || this.loading) return;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      // The loader is on its way or here already: the first page came through it.
      const {loadFeed} = await import('../../data/load.js');
      const feed = await loadFeed(next, this.loadOptions());
      if (next !== this.next) return;
      const known = new Set(this.comments.map((c) => c.id));
      const added = commentsOf(feed).filter((c) => !known.has(c.id));
      this.more = [...this.more, ...added];
      this.next = feed.next && feed.next !== next ? feed.next : undefined;
      this.focus = added[0]?.id;
      this.host.dispatchEvent(new NewsLoadEvent(feed));
    } catch (e) {
      const err = toFeedError(e, next);
      this.error = err;
      this.host.dispatchEvent(
        new NewsErrorEvent(err.kind, err.url ?? next, err.status, err.message)
      );
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  hostUpdated(): void {
    if (!this.focus) return;
    const el = this.host.renderRoot.querySelector<HTMLElement>(
      `[data-comment-id="${CSS.escape(this.focus)}"]`
    );
    this.focus = undefined;
    el?.focus();
  }
}

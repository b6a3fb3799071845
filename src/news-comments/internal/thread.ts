/**
 * The comments of `<news-comments>` as threads: a comment feed's items as flat comments, and
 * flat comments threaded by `parentId`, siblings in the shown order.
 */
import type {Comment, Feed} from '../../data/article.js';

export type CommentOrder = 'oldest' | 'newest';

/** A comment with the replies loaded so far, oldest or newest first. */
export interface Thread {
  comment: Comment;
  replies: Thread[];
  /** Its parent is not among the loaded comments (on a page not loaded yet). */
  orphan: boolean;
}

/** The comments of a page threaded by `parentId`, siblings in `order`. */
export function threadComments(comments: Comment[], order: CommentOrder): Thread[] {
  const byId = new Map<string, Thread>();
  for (const c of comments)
    if (!byId.has(c.id)) byId.set(c.id, {comment: c, replies: [], orphan: false});
  const roots: Thread[] = [];
  for (const t of byId.values()) {
    const parent = t.comment.parentId ? byId.get(t.comment.parentId) : undefined;
    if (parent && parent !== t) parent.replies.push(t);
    else {
      t.orphan = !!t.comment.parentId;
      roots.push(t);
    }
  }
  const time = (t: Thread) => Date.parse(t.comment.published ?? '') || 0;
  const sign = order === 'newest' ? -1 : 1;
  const sort = (list: Thread[]) => {
    list.sort((a, b) => sign * (time(a) - time(b)));
    for (const t of list) sort(t.replies);
  };
  sort(roots);
  return roots;
}

/** An RSS/Atom comment feed's items (`wfw:commentRss`) as flat comments. */
export function commentsOf(feed: Feed | undefined): Comment[] {
  if (!feed) return [];
  if (feed.comments) return feed.comments;
  return feed.articles.map((a) => ({
    id: a.id,
    author: a.authors[0]?.name ?? '',
    avatars: [],
    contentHtml: a.contentHtml ?? a.summary ?? '',
    published: a.published,
    url: a.url,
  }));
}

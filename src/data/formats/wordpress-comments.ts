/** WordPress REST `wp/v2/comments?post=ID`: an article's comments, for `<news-comments>`. */
import type {Comment, CommentAvatar, Feed} from '../article.js';
import {safeUrl} from '../sanitize.js';
import {isObj, str} from './build.js';
import {wordpressNext, wpTime} from './wordpress.js';

function avatars(v: unknown, base: string | undefined): CommentAvatar[] {
  if (!isObj(v)) return [];
  const out: CommentAvatar[] = [];
  for (const [size, url] of Object.entries(v)) {
    const safe = safeUrl(url, base);
    const n = Number(size);
    if (safe && Number.isInteger(n) && n > 0 && n <= 512) out.push({url: safe, size: n});
  }
  return out.sort((a, b) => a.size - b.size);
}

// `date` alone (the `embed` context drops date_gmt) is the site's wall time.
const published = (c: Record<string, unknown>) => wpTime(str(c['date_gmt']), str(c['date']));

/** The comments of one page, `X-WP-Total` as `total` and the next page as `next`. */
export function parseWordPressComments(
  list: unknown[],
  base: string | undefined,
  maxItems: number,
  headers?: Headers
): Feed {
  const comments = list.slice(0, maxItems).flatMap((c): Comment[] => {
    if (!isObj(c)) return [];
    const id = str(c['id']);
    const content = isObj(c['content']) ? str(c['content']['rendered']) : str(c['content']);
    if (!id || content === undefined) return [];
    const parent = Number(c['parent']);
    return [
      {
        id,
        parentId: Number.isInteger(parent) && parent > 0 ? String(parent) : undefined,
        author: (str(c['author_name']) ?? '').trim(),
        authorUrl: safeUrl(c['author_url'], base),
        avatars: avatars(c['author_avatar_urls'], base),
        contentHtml: content,
        published: published(c),
        url: safeUrl(c['link'], base),
      },
    ];
  });
  const feed: Feed = {articles: [], comments};
  const total = Number(headers?.get('x-wp-total') ?? NaN);
  if (Number.isInteger(total) && total >= 0) feed.total = total;
  const next = wordpressNext(base, headers);
  if (next) feed.next = next;
  return feed;
}

/** WordPress REST `wp/v2/posts`, with and without `_embed`. */
import type {Feed} from '../article.js';
import {feedDate, wallTimeToIso} from '../dates.js';
import {safeUrl} from '../sanitize.js';
import {isZoneless} from '../wall-time.js';
import {buildArticle, isObj, pick, str, type RawArticle} from './build.js';

export interface WpSite {
  timezoneString?: string;
  gmtOffset?: number;
}

function rendered(v: unknown): string | undefined {
  return isObj(v) ? str(v['rendered']) : str(v);
}

/**
 * A WordPress time as an instant: `gmt` (a post's or comment's `date_gmt`), the instant WordPress
 * stored, right even when the site's zone changed since; else `local` (its `date`) in the site's
 * zone (the `/wp-json/` index, `load.ts`); else `local` as a wall time, shown as the site shows
 * it (read in the element's `time-zone`, i18n/dates.ts), not misread as UTC.
 */
export function wpTime(
  gmt: string | undefined,
  local: string | undefined,
  site?: WpSite
): string | undefined {
  const utc = gmt && feedDate(/[zZ]|[+-]\d\d:?\d\d$/.test(gmt) ? gmt : `${gmt}Z`);
  if (utc) return utc;
  if (!local) return undefined;
  if (site && (site.timezoneString || typeof site.gmtOffset === 'number')) {
    const iso = wallTimeToIso(local, {
      timeZone: site.timezoneString || undefined,
      gmtOffset: site.gmtOffset,
    });
    if (iso) return iso;
  }
  const read = feedDate(local);
  return read && isZoneless(local) ? local.trim() : read;
}

const date = (post: Record<string, unknown>, key: 'date' | 'modified', site?: WpSite) =>
  wpTime(str(post[`${key}_gmt`]), str(post[key]), site);

function media(post: Record<string, unknown>): RawArticle['image'] | undefined {
  const m = pick(post, '_embedded.wp:featuredmedia.0');
  if (!isObj(m) || !str(m['source_url'])) return undefined;
  const sizes = pick(m, 'media_details.sizes');
  const candidates: string[] = [];
  if (isObj(sizes)) {
    for (const s of Object.values(sizes)) {
      if (isObj(s) && str(s['source_url']) && Number(s['width']) > 0)
        candidates.push(`${s['source_url']} ${Number(s['width'])}w`);
    }
  }
  return {
    url: str(m['source_url']),
    alt: str(m['alt_text']) ?? '',
    caption: rendered(m['caption']),
    width: Number(pick(m, 'media_details.width')) || undefined,
    height: Number(pick(m, 'media_details.height')) || undefined,
    srcset: [...new Set(candidates)].join(', ') || undefined,
  };
}

function terms(post: Record<string, unknown>, taxonomy: string): string[] {
  const groups = pick(post, '_embedded.wp:term');
  if (!Array.isArray(groups)) return [];
  return groups
    .flat()
    .filter((t) => isObj(t) && t['taxonomy'] === taxonomy)
    .map((t) => str((t as Record<string, unknown>)['name']) ?? '')
    .filter(Boolean);
}

const isProtected = (p: Record<string, unknown>) =>
  (isObj(p['content']) && p['content']['protected'] === true) ||
  (isObj(p['excerpt']) && p['excerpt']['protected'] === true);

export function isWordPressPost(v: unknown): boolean {
  return (
    isObj(v) &&
    isObj(v['title']) &&
    'rendered' in v['title'] &&
    ('date_gmt' in v || 'link' in v || 'guid' in v)
  );
}

/** The next page's URL from `Link: <…>; rel="next"` or `X-WP-TotalPages` and `page`. */
export function wordpressNext(url: string | undefined, headers?: Headers): string | undefined {
  const link = headers?.get('link');
  const m = link && /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link);
  if (m) return safeUrl(m[1], url);
  const total = Number(headers?.get('x-wp-totalpages'));
  if (!url || !Number.isFinite(total) || total < 1) return undefined;
  try {
    const u = new URL(url);
    const page = Number(u.searchParams.get('page') ?? '1') || 1;
    if (page >= total) return undefined;
    u.searchParams.set('page', String(page + 1));
    return safeUrl(u.href);
  } catch {
    return undefined;
  }
}

export function parseWordPress(
  posts: unknown[],
  base: string | undefined,
  maxItems: number,
  {site, headers}: {site?: WpSite; headers?: Headers} = {}
): Feed {
  const articles = posts.slice(0, maxItems).flatMap((p, i) => {
    // WordPress lists password-protected posts to everyone, with an empty body and excerpt
    // marked `protected`: a reader could only reach a password form, so they are left out.
    if (!isObj(p) || isProtected(p)) return [];
    const author = pick(p, '_embedded.author.0');
    const categories = terms(p, 'category');
    const count = Number(pick(p, '_embedded.replies.0.length'));
    const raw: RawArticle = {
      id: str(p['id']) ?? str(pick(p, 'guid.rendered')),
      url: str(p['link']),
      title: rendered(p['title']),
      summaryHtml: rendered(p['excerpt']),
      contentHtml: rendered(p['content']),
      image: media(p),
      authors:
        isObj(author) && str(author['name'])
          ? [{name: str(author['name'])!, url: str(author['link'])}]
          : [],
      published: date(p, 'date', site),
      updated: date(p, 'modified', site),
      section: categories[0],
      tags: terms(p, 'post_tag'),
      commentsUrl: str(p['link']) ? `${str(p['link'])}#comments` : undefined,
      commentCount: Number.isFinite(count) && count > 0 ? count : undefined,
      commentsFeed: str(pick(p, '_links.replies.0.href')),
    };
    if (p['comment_status'] === 'closed') raw.commentsUrl = undefined;
    const a = buildArticle(raw, base, i);
    return a ? [a] : [];
  });
  const feed: Feed = {articles};
  const next = wordpressNext(base, headers);
  if (next) feed.next = next;
  return feed;
}

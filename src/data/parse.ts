/**
 * Feed text (or parsed JSON) → `Feed`. Detects the format from the content type and the
 * content and hands it to one adapter in `formats/`, loaded on demand so the always-loaded
 * bundle carries no parser. Throws only `FeedError` (`parse`, `unsupported`, `too-large`).
 */
import type {Feed} from './article.js';
import {FeedError} from './errors.js';
import {freeFormWanted, loadFreeForm} from './dates.js';

export interface ParseOptions {
  /** The feed's URL: the base for relative URLs. */
  url?: string;
  contentType?: string;
  /** Response headers (WordPress paging). */
  headers?: Headers;
  /** From the WordPress site's `/wp-json/` index, when it could be read. */
  wpSite?: {timezoneString?: string; gmtOffset?: number};
  /** Any JSON: dot path to the array of items ("data.posts"). */
  itemsPath?: string;
  /** Any JSON: dot path per Article field (`title`, `url`, `image.url`, `author`, …). */
  fieldMap?: Partial<Record<string, string>>;
  /**
   * Item cap (default 500, at most 10,000): a feed with more is cut there and marked
   * `truncated`. 500 is more than any feed page shows, and bounds the work on a huge feed.
   */
  maxItems?: number;
  /** Size cap of a text body (default 5 MB). */
  maxBytes?: number;
}

export const MAX_BYTES = 5 * 1024 * 1024;
const MAX_ITEMS = 500;
const MAX_DEPTH = 256;

/** `/wp-json/wp/v2/posts` (or `?rest_route=/wp/v2/posts`). */
export function isWordPressPostsUrl(url: string): boolean {
  return /\/wp-json\/wp\/v2\/posts\b|[?&]rest_route=\/wp\/v2\/posts\b/.test(url);
}

/** `/wp-json/wp/v2/comments` (or `?rest_route=/wp/v2/comments`). */
export function isWordPressCommentsUrl(url: string | undefined): boolean {
  return !!url && /\/wp-json\/wp\/v2\/comments\b|[?&]rest_route=\/wp\/v2\/comments\b/.test(url);
}

/** Rejects JSON nested deeper than the parser's stack would like, in one linear scan. */
function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

// The start of an RSS, RDF or Atom document, after any prolog: a feed whatever its content type.
const FEED_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<\?[^>]*>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<(?:rss|feed|rdf:RDF|entry)[\s>/]/i;

const looksLikeWpComment = (v: unknown) =>
  !!v && typeof v === 'object' && 'author_name' in v && 'post' in v && 'content' in v;

/**
 * Runs an adapter, and once more if one of its dates needed the free-form date reader before it
 * had arrived (dates.ts loads it only then: most feeds' dates are RFC 822 or ISO 8601, which its
 * fast paths read). Should the reader fail to download, the first reading stands, without those
 * dates, as for a date nobody can read.
 */
async function withDates(read: () => Feed | Promise<Feed>): Promise<Feed> {
  const before = freeFormWanted();
  const feed = await read();
  if (freeFormWanted() === before) return feed;
  try {
    await loadFreeForm();
  } catch (e) {
    console.warn('news-blocks: could not load the date reader', e);
    return feed;
  }
  return read();
}

const fromJson = (json: unknown, o: ParseOptions, maxItems: number) =>
  withDates(() => fromJsonOnce(json, o, maxItems));

async function fromJsonOnce(json: unknown, o: ParseOptions, maxItems: number): Promise<Feed> {
  const base = o.url;
  if (o.itemsPath || (o.fieldMap && Object.keys(o.fieldMap).length)) {
    const {parseMapped} = await import('./formats/mapped.js');
    return parseMapped(json, base, maxItems, o.itemsPath, o.fieldMap);
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    const version = o['version'];
    const jsonFeed =
      (typeof version === 'string' && /jsonfeed\.org\/version\/1|^1(\.\d+)?$/.test(version)) ||
      (Array.isArray(o['items']) && ('home_page_url' in o || 'feed_url' in o));
    if (jsonFeed) {
      const {parseJsonFeed} = await import('./formats/json-feed.js');
      return parseJsonFeed(json as Record<string, unknown>, base, maxItems);
    }
  }
  // WordPress comments (`<news-comments>`): an array from wp/v2/comments, possibly empty.
  if (Array.isArray(json) && (isWordPressCommentsUrl(o.url) || looksLikeWpComment(json[0]))) {
    const {parseWordPressComments} = await import('./formats/wordpress-comments.js');
    return parseWordPressComments(json, base, maxItems, o.headers);
  }
  const wp = await import('./formats/wordpress.js');
  if (
    Array.isArray(json) &&
    (json.length === 0 ? o.url && isWordPressPostsUrl(o.url) : wp.isWordPressPost(json[0]))
  ) {
    return wp.parseWordPress(json, base, maxItems, {site: o.wpSite, headers: o.headers});
  }
  if (wp.isWordPressPost(json)) return wp.parseWordPress([json], base, maxItems, {site: o.wpSite});
  const ld = await import('./formats/json-ld.js');
  if (ld.isJsonLd(json)) return ld.parseJsonLd(json, base, maxItems);
  // Our own inline JSON: an Article[], one Article, or a Feed.
  const {normalizeFeed} = await import('./formats/inline.js');
  const looksOurs =
    (Array.isArray(json) &&
      json.some((x) => x && typeof x === 'object' && ('title' in x || 'url' in x))) ||
    (json && typeof json === 'object' && ('articles' in json || 'title' in json || 'url' in json));
  if (looksOurs) {
    const feed = normalizeFeed(json, base);
    feed.articles = feed.articles.slice(0, maxItems);
    return feed;
  }
  throw new FeedError(
    'unsupported',
    'The JSON is not a feed format news-blocks reads (JSON Feed, WordPress REST, schema.org JSON-LD, or news-blocks JSON); set items-path for other JSON.',
    {url: o.url}
  );
}

async function fromText(text: string, o: ParseOptions, maxItems: number): Promise<Feed> {
  const start = text
    .slice(0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const type = (o.contentType ?? '').toLowerCase();
  if (start.startsWith('{') || start.startsWith('[') || /json/.test(type)) {
    if (tooDeep(text)) throw new FeedError('parse', 'The JSON is nested too deeply.', {url: o.url});
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new FeedError('parse', 'The feed is not valid JSON.', {url: o.url});
    }
    return fromJson(json, o, maxItems);
  }
  // Junk before the XML (a stray line of PHP output): the repair takes it off.
  const xmlAt = start.startsWith('<')
    ? 0
    : text.slice(0, 4096).search(/<\?xml\s|<(?:rss|feed|rdf:RDF)[\s>]/);
  if (xmlAt >= 0) {
    const head = text
      .slice(0, 4096)
      .replace(/^\uFEFF/, '')
      .trimStart();
    const feedLike = xmlAt > 0 || FEED_START.test(head);
    const htmlLike =
      /^<!doctype html|^<html/i.test(start) || (/html/.test(type) && !/xml/.test(type));
    // RSS or Atom served as text/html is still a feed; a web page is read for its JSON-LD.
    if (htmlLike && !feedLike) {
      const {parseJsonLdPage} = await import('./formats/json-ld.js');
      return withDates(() => parseJsonLdPage(text, o.url, maxItems));
    }
    const {readFeedXml} = await import('./formats/xml.js');
    const t0 = performance.now();
    const root = await readFeedXml(text, o.url);
    // The XML parse is one task (the browser's own, the floor); the items are built in tasks
    // of their own after it (`buildEach`).
    if (performance.now() - t0 > 10) {
      const {yieldToBrowser} = await import('./formats/build.js');
      await yieldToBrowser();
    }
    const name = root.localName.toLowerCase();
    if (name === 'rss' || name === 'rdf') {
      const {parseRss} = await import('./formats/rss.js');
      return withDates(() => parseRss(root, o.url, maxItems));
    }
    if (name === 'feed' || name === 'entry') {
      const {parseAtom} = await import('./formats/atom.js');
      return withDates(() => parseAtom(root, o.url, maxItems));
    }
    throw new FeedError(
      'unsupported',
      `The XML is not RSS or Atom (root element <${root.localName}>).`,
      {url: o.url}
    );
  }
  throw new FeedError('unsupported', 'The response is neither JSON nor XML.', {url: o.url});
}

/**
 * The adapters read one item past the cap, so a feed that has more is known: it is cut to the
 * cap, marked `truncated`, and says so in the console.
 */
function capped(feed: Feed, maxItems: number, url?: string): Feed {
  if (feed.articles.length <= maxItems) return feed;
  feed.articles = feed.articles.slice(0, maxItems);
  feed.truncated = true;
  console.debug(
    `news-blocks: the feed has more than ${maxItems} items; the first ${maxItems} are read`,
    url ?? ''
  );
  return feed;
}

/** Parses a feed in any supported format. Throws only `FeedError`. */
export async function parseFeed(body: string | unknown, options: ParseOptions = {}): Promise<Feed> {
  const maxItems = Math.max(1, Math.min(options.maxItems ?? MAX_ITEMS, 10000));
  try {
    if (typeof body === 'string') {
      const limit = options.maxBytes ?? MAX_BYTES;
      // UTF-16 length is a lower bound on UTF-8 bytes: cheap first, exact only near the cap.
      if (
        body.length > limit ||
        (body.length * 3 > limit && new TextEncoder().encode(body).length > limit)
      ) {
        throw new FeedError(
          'too-large',
          `The feed is larger than ${Math.round(limit / 1048576)} MB.`,
          {url: options.url}
        );
      }
      return capped(await fromText(body, options, maxItems + 1), maxItems, options.url);
    }
    return capped(await fromJson(body, options, maxItems + 1), maxItems, options.url);
  } catch (e) {
    if (e instanceof FeedError) throw e;
    throw new FeedError(
      'parse',
      `The feed could not be read: ${e instanceof Error ? e.message : String(e)}`,
      {url: options.url}
    );
  }
}

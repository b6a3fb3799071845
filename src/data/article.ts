/**
 * The one model every element reads. Feed adapters (`data/formats/*`) produce it,
 * templates render it. Text fields are plain text; every URL is absolute http(s) or absent.
 */

/** The lead image of an article. */
export interface ArticleImage {
  /** Absolute http(s) URL. */
  url: string;
  /** Text alternative. Absent or empty when the headline already describes the image. */
  alt?: string;
  /** Plain-text caption (may hold two languages, see `photo-caption`). */
  caption?: string;
  /** Plain-text credit ("MOLISA"). */
  credit?: string;
  width?: number;
  height?: number;
  /** A `srcset` whose every candidate URL is absolute http(s). */
  srcset?: string;
}

/** A person credited with the article. */
export interface ArticleAuthor {
  name: string;
  url?: string;
}

/** Where the article says it comes from ("According to VNEconomy"). */
export interface ArticleSource {
  name: string;
  url?: string;
}

/** One news article, whatever format it came from. */
export interface Article {
  /** Stable identity: the feed's id, else the URL. */
  id: string;
  /** Canonical absolute http(s) URL. */
  url?: string;
  title: string;
  /**
   * The item has no title of its own (RSS, JSON Feed and Atom allow that): `title` is the start
   * of its text, cut at a word boundary, and the card shows the text once, not twice.
   */
  titleFromText?: boolean;
  /** Standfirst / excerpt, plain text. */
  summary?: string;
  /** Article body as HTML. Untrusted until it passes `sanitizeHtml`. */
  contentHtml?: string;
  image?: ArticleImage;
  authors: ArticleAuthor[];
  /** ISO 8601 with an offset or `Z`. */
  published?: string;
  /** ISO 8601 with an offset or `Z`. */
  updated?: string;
  /** Section or category shown as the kicker ("English Review"). */
  section?: string;
  tags: string[];
  /** BCP 47 language of the content. */
  language?: string;
  source?: ArticleSource;
  /** Dateline that opens the body ("LĐXH"). */
  dateline?: string;
  commentsUrl?: string;
  commentCount?: number;
  /**
   * The comments as a feed `<news-comments>` reads (absolute http(s)): WordPress
   * `wp/v2/comments?post=ID`, RSS `wfw:commentRss`.
   */
  commentsFeed?: string;
}

/** A commenter's picture at one size (WordPress `author_avatar_urls`). */
export interface CommentAvatar {
  /** Absolute http(s) URL. */
  url: string;
  /** Square size in pixels. */
  size: number;
}

/** One reader comment on an article (`<news-comments>`). */
export interface Comment {
  id: string;
  /** The comment this one answers; absent for a top-level comment. */
  parentId?: string;
  author: string;
  /** The commenter's site, absolute http(s). */
  authorUrl?: string;
  /** Smallest first; every URL http(s). */
  avatars: CommentAvatar[];
  /** The comment as HTML. Untrusted until it passes `sanitizeHtml`. */
  contentHtml: string;
  /** ISO 8601 with an offset or `Z`. */
  published?: string;
  /** The comment on the article's page (`…/article/#comment-12`), absolute http(s). */
  url?: string;
}

/** A list of articles and what is known about where they came from. */
export interface Feed {
  title?: string;
  url?: string;
  language?: string;
  articles: Article[];
  /** Absolute URL of the next page, when the feed is paged. */
  next?: string;
  /** Comments, when the feed is an article's comments (WordPress `wp/v2/comments`). */
  comments?: Comment[];
  /** Items on every page together, when the server says (WordPress `X-WP-Total`). */
  total?: number;
  /** The feed had more items than the item cap (`maxItems`, default 500): only those are read. */
  truncated?: boolean;
  /** The sources (absolute URLs) that were cut at the cap, when the feed was loaded from `src`. */
  truncatedSources?: string[];
}

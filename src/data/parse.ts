/**
 * Feed text (or parsed JSON) → `Feed`. Detects the format from the content type and the
 * content, and hands it to one adapter in `formats/`. Throws only `FeedError`.
 *
 * (Stub: only our inline JSON for now; the formats issue fills in detection and adapters.)
 */
import type {Feed} from './article.js';
import {FeedError} from './errors.js';
import {normalizeFeed} from './formats/inline.js';

export interface ParseOptions {
  /** The feed's URL: the base for relative URLs. */
  url?: string;
  contentType?: string;
}

export async function parseFeed(body: string | unknown, options: ParseOptions = {}): Promise<Feed> {
  let json: unknown = body;
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body);
    } catch {
      throw new FeedError('parse', 'The feed is not valid JSON.', {url: options.url});
    }
  }
  return normalizeFeed(json, options.url);
}

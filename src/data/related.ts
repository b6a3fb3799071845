/**
 * Ranking of related articles (see docs/related-articles.md):
 * score = 3 × shared tags (case-insensitive) + 2 × same section; ties broken by recency
 * (newer first, undated last), then by canonical URL so the order is deterministic.
 * The current article (canonical URL or id) and duplicates are excluded. Candidates that share
 * nothing are kept after the scored ones (newest first), so the box is never emptier than
 * the data allows, unless `onlyRelated` is set.
 */
import type {Article} from './article.js';
import {articleKey, articleTime, canonicalUrl} from './merge.js';

export const TAG_WEIGHT = 3;
export const SECTION_WEIGHT = 2;

export interface RelatedOptions {
  limit?: number;
  /** Drop candidates with a score of 0. */
  onlyRelated?: boolean;
}

const fold = (s: string) => s.trim().toLocaleLowerCase();

/** The score of `candidate` against `current`. */
export function relatedScore(current: Partial<Article>, candidate: Article): number {
  const tags = new Set((current.tags ?? []).map(fold));
  const shared = new Set(candidate.tags.map(fold).filter((t) => tags.has(t))).size;
  const section =
    current.section && candidate.section && fold(current.section) === fold(candidate.section)
      ? 1
      : 0;
  return TAG_WEIGHT * shared + SECTION_WEIGHT * section;
}

/** The articles related to `current`, best first. Pure and deterministic. */
export function relatedArticles(
  current: Partial<Article> & {url?: string; id?: string},
  candidates: readonly Article[],
  options: RelatedOptions = {}
): Article[] {
  const limit = options.limit ?? 5;
  const self = new Set<string>();
  if (current.url) self.add(canonicalUrl(current.url));
  if (current.id) self.add(`id:${current.id}`);
  const seen = new Set<string>();
  const scored: {a: Article; s: number; t: number; k: string}[] = [];
  for (const a of candidates) {
    const k = articleKey(a);
    if (self.has(k) || (a.id && current.id && a.id === current.id) || seen.has(k)) continue;
    seen.add(k);
    const s = relatedScore(current, a);
    if (options.onlyRelated && s === 0) continue;
    const t = articleTime(a);
    scored.push({a, s, t: Number.isNaN(t) ? -Infinity : t, k});
  }
  scored.sort((x, y) => y.s - x.s || y.t - x.t || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
  return scored.slice(0, Math.max(0, limit)).map((x) => x.a);
}

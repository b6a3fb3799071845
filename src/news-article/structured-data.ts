/** schema.org `NewsArticle` JSON-LD for one article (written by `templates/json-ld.ts`). */
import type {Article} from '../data/article.js';
import {safeUrl} from '../data/sanitize.js';

/** The JSON-LD object (only fields the article has). */
export function newsArticleJsonLd(a: Article): Record<string, unknown> {
  const url = safeUrl(a.url);
  const image = safeUrl(a.image?.url);
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
  };
  if (url) Object.assign(out, {url, mainEntityOfPage: url});
  if (a.summary) out['description'] = a.summary;
  if (image) out['image'] = [image];
  if (a.published) out['datePublished'] = a.published;
  if (a.updated ?? a.published) out['dateModified'] = a.updated ?? a.published;
  if (a.authors.length)
    out['author'] = a.authors.map((p) => ({
      '@type': 'Person',
      name: p.name,
      ...(safeUrl(p.url) ? {url: safeUrl(p.url)} : {}),
    }));
  if (a.section) out['articleSection'] = a.section;
  if (a.tags.length) out['keywords'] = a.tags.join(', ');
  if (a.language) out['inLanguage'] = a.language;
  if (a.source?.name)
    out['isBasedOn'] = {
      '@type': 'CreativeWork',
      name: a.source.name,
      ...(safeUrl(a.source.url) ? {url: safeUrl(a.source.url)} : {}),
    };
  if (typeof a.commentCount === 'number') out['commentCount'] = a.commentCount;
  return out;
}

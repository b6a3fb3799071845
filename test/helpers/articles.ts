import type {Article} from '../../src/data/article.js';
import {imJapan} from '../../stories/sample.js';

/** The second seed article: the stories' sample, so tests and stories share one source. */
export const seedArticle: Article = imJapan;

export const make = (over: Partial<Article> = {}): Article => ({...seedArticle, ...over});

/**
 * The seed pages' writing conventions, each read in one place only:
 * a caption ending in a credit ("… Ảnh - MOLISA.", "Photo – MOLISA", "(Nguồn: …)"), or written in
 * two languages each ending in one (read by `parseCaption`, the one caption reader),
 * a body ending in a source line ("(According to VNEconomy)", "(Theo VNEconomy)", "Theo
 * VnExpress", "Nguồn: TTXVN", inside the last paragraph or before an author line; `sourceBlock`),
 * a body opening with a dateline ("(LĐXH)-", "Hà Nội (TTXVN) -", after a lead figure;
 * `datelineBlock`), a standfirst that only repeats the body's start (WordPress' "[…]" excerpt),
 * a byline that only repeats the dateline's agency.
 *
 * `withConventions` applies them to an `Article` however it came (a feed or the `article`
 * property); the article body (`news-article/body.ts`) strips what it found with the same readers.
 *
 * Where each lives (this file is the one entry): `conventions/caption.ts` (captions and credits),
 * `conventions/source.ts` (source lines), `conventions/dateline.ts` (datelines),
 * `conventions/body.ts` (the body's markup and `withConventions`), `conventions/names.ts`
 * (folded names, slugs).
 */
export {
  bodyConventions,
  datelineBlock,
  hasConventionHint,
  sourceBlock,
  summaryRepeatsBody,
  withConventions,
  type BodyConventions,
} from './conventions/body.js';
export {guessLanguage, parseCaption, splitCredit, type CaptionPart} from './conventions/caption.js';
export {extractDateline, matchDateline, stripDateline} from './conventions/dateline.js';
export {foldName, slugify} from './conventions/names.js';
export {extractSource, findSource} from './conventions/source.js';

/**
 * A caption as `<photo-caption>` takes it (`caption` + `caption-lang`, `translation` +
 * `translation-lang`, `credit`), read by the one caption parser, `parseCaption` in
 * data/conventions.ts: this file only names its parts.
 */
import {parseCaption} from '../data/conventions.js';

export interface CaptionParts {
  caption?: string;
  captionLang?: string;
  translation?: string;
  translationLang?: string;
  credit?: string;
}

/**
 * The parts of a caption (lines separated by "\n", or one line holding both languages).
 * `contentLang` is the article's language: the Latin-script half of a Vietnamese caption is in it.
 */
export function captionParts(text: string, contentLang?: string): CaptionParts {
  const {parts, credit} = parseCaption(text, {contentLang});
  const out: CaptionParts = {};
  const [first, ...rest] = parts;
  if (first) {
    out.caption = first.text;
    out.captionLang = first.lang;
  }
  if (rest.length) {
    out.translation = rest.map((p) => p.text).join(' ');
    out.translationLang = rest.every((p) => p.lang === rest[0].lang) ? rest[0].lang : undefined;
  }
  if (credit) out.credit = credit;
  return out;
}

/**
 * Captions and their credits: "… Ảnh - MOLISA.", "Photo – MOLISA", "(Nguồn: …)", and a caption
 * written in two languages each ending in its credit (`parseCaption`, the one caption reader;
 * `splitCredit` for a caption as one text).
 */
import {foldName} from './names.js';

// A caption's credit: the word that introduces it (group 1) and the name (group 2).
const CREDIT = [
  // "… Ảnh - MOLISA." / "… Photo – MOLISA" / "Ảnh: N.Dương" / "Photo: Reuters"
  /(?:^|[\s.])(Ảnh|Photo|Nguồn ảnh|Image|写真|사진)\s*(?:[-–—:]\s*)(.+?)\.?\s*$/iu,
  // "(Nguồn: VnExpress)" / "(Source: …)" / "(Photo: …)"
  /\(\s*(Nguồn|Source|Ảnh|Photo)\s*:\s*([^)]+?)\s*\)\.?\s*$/iu,
];

// Cheap test before the caption parser runs: no credit word, no credit.
const CREDIT_HINT = /Ảnh|Photo|Image|Nguồn|Source|写真|사진/iu;

/**
 * Splits the credits off a caption, in every form the seed pages write one: a line ending in
 * its credit ("… Nhật Bản. Ảnh - MOLISA."), and a caption in two languages each ending in its
 * credit, on two lines or on one ("… Nhật Bản. Ảnh - MOLISA. Training … Japan. Photo – MOLISA.").
 * Returns the caption without its credits (the languages joined by a space) and the credit once;
 * a text without a credit comes back whole. The same reading as `parseCaption`.
 */
export function splitCredit(text: string): {caption: string; credit?: string} {
  const t = text.trim();
  if (!CREDIT_HINT.test(t)) return {caption: t};
  const {parts, credit} = parseCaption(t);
  return credit ? {caption: parts.map((p) => p.text).join(' '), credit} : {caption: t};
}

/** One language of a caption. */
export interface CaptionPart {
  text: string;
  /** BCP 47 language, when the caption says it (its credit word) or its script shows it. */
  lang?: string;
}

/** The credit word of a caption tells its language: "Ảnh - MOLISA" is Vietnamese. */
const CREDIT_WORD_LANG: Record<string, string> = {
  ảnh: 'vi',
  'nguồn ảnh': 'vi',
  nguồn: 'vi',
  photo: 'en',
  image: 'en',
  source: 'en',
  写真: 'ja',
  사진: 'ko',
};

// A credit that ends one language of a caption and is followed by the other:
// "… Nhật Bản. Ảnh - MOLISA. Training for …" / "… (Nguồn: VnExpress) Training …".
// The credit ends at ". " after two letters, so initials stay whole ("N.Dương", "T. Hương").
const MID_CREDIT = [
  /(?:^|[\s.])(?:Ảnh|Photo|Nguồn ảnh|Image|写真|사진)\s*[-–—:]\s*.*?[^\s.]{2}\.\s+(?=\S)/iu,
  /\(\s*(?:Nguồn|Source|Ảnh|Photo)\s*:\s*[^)]+?\s*\)\.?\s+(?=\S)/iu,
];

// Letters only Vietnamese writes (Latin with Vietnamese vowels, tones and đ).
const VI_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;
const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/u, 'ja'],
  [/[\uac00-\ud7af]/u, 'ko'],
  [/[\u0e00-\u0e7f]/u, 'th'],
  [/[\u0600-\u06ff]/u, 'ar'],
];

/**
 * The language a short text is written in, when its letters show it: Vietnamese when at least
 * 40% of its words carry Vietnamese letters (an English caption naming "Nguyễn Bá Hoan" stays
 * unknown), else Japanese, Korean, Thai or Arabic by script. Undefined when unsure.
 */
export function guessLanguage(text: string): string | undefined {
  for (const [re, lang] of SCRIPTS) if (re.test(text)) return lang;
  const words = text.split(/[\s,.;:!?()"“”'‘’–—-]+/u).filter(Boolean);
  if (!words.length) return undefined;
  const vi = words.filter((w) => VI_LETTERS.test(w.toLowerCase())).length;
  return vi / words.length >= 0.4 ? 'vi' : undefined;
}

const isLatin = (text: string) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}$+<=>^`|~]+$/u.test(text);

// Languages an unmarked Latin-script half of a Vietnamese caption cannot be in.
const NOT_LATIN_TRANSLATION = /^(vi|ja|ko|zh|th|ar|he|fa|ur|ru|uk|bg|el|hi|km|lo|my)\b/i;

/** One line without its trailing credit, with the credit and its word's language. */
function trailingCredit(line: string): CaptionPart & {credit?: string} {
  for (const re of CREDIT) {
    const m = re.exec(line);
    if (m && m[2].trim()) {
      const text = line.slice(0, m.index + (/^[\s.]/u.test(m[0]) ? 1 : 0)).trim();
      return {text, credit: m[2].trim(), lang: CREDIT_WORD_LANG[m[1].toLowerCase()]};
    }
  }
  return {text: line};
}

/** Sentences (each with its closing punctuation). */
function sentences(text: string): string[] {
  return (
    text
      .match(/[^.!?。]+(?:[.!?。]+|$)/gu)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

/** Neighbours in the same language (or both unknown) are one text: "Line one" + "Line two". */
function mergeSameLanguage(parts: CaptionPart[]): CaptionPart[] {
  const out: CaptionPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.lang === p.lang) last.text = `${last.text} ${p.text}`;
    else out.push({...p});
  }
  return out;
}

/**
 * The one reader of captions (`splitCredit` and `<photo-caption>` use it). Reads a caption that
 * may be written in two languages, as the seed pages write them: "Đào tạo … Nhật Bản. Ảnh -
 * MOLISA." then "Training for … Japan. Photo – MOLISA.", on two lines, on one line, or already
 * without credits ("Đào tạo … Nhật Bản. Training for … Japan."); or in one language, with or
 * without a credit. Returns each language's text (with its language when the credit word or the
 * letters show it) and the credit once (two different credits are joined with " / ").
 *
 * `contentLang` is the language of the text around the caption (an article's): the unmarked
 * Latin-script half of a two-language caption is taken to be in it (English when it is absent,
 * Vietnamese or not written in Latin letters).
 */
export function parseCaption(
  text: string,
  {contentLang}: {contentLang?: string} = {}
): {parts: CaptionPart[]; credit?: string} {
  const whole = text.replace(/[ \t\r\f\v]+/g, ' ').trim();
  // "(Ảnh minh họa)" / "(Illustrative photo)" is a note on the caption, not its other language.
  const note = ILLUSTRATION.exec(whole);
  const t = note ? whole.slice(0, note.index).trim() : whole;
  if (!t) return {parts: note ? [{text: whole}] : []};
  const out = readCaption(t, contentLang);
  if (note && out.parts[0]) out.parts[0].text = `${out.parts[0].text} ${note[0].trim()}`;
  return out;
}

// A closing note that the photo only illustrates the story.
const ILLUSTRATION =
  /\s*\(\s*(?:Ảnh\s*(?::\s*)?minh\s*họa|Ảnh\s*(?::\s*)?minh\s*hoạ|Illustrative (?:photo|image)|Illustration(?: photo)?|Photo for illustration)\s*\)\.?\s*$/iu;

function readCaption(
  t: string,
  contentLang: string | undefined
): {parts: CaptionPart[]; credit?: string} {
  let chunks = t
    .split(/\s*\n\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (chunks.length === 1) {
    for (const re of MID_CREDIT) {
      const m = re.exec(t);
      if (m) {
        const end = m.index + m[0].length;
        chunks = [t.slice(0, end).trim(), t.slice(end).trim()];
        break;
      }
    }
  }
  const split = chunks.map(trailingCredit).filter((p) => p.text || p.credit);
  const credits = split.map((p) => p.credit).filter((c): c is string => !!c);
  // Credits differing only by case or accents ("N.Dương" / "N.Duong") are one.
  const folded = credits.length > 1 ? credits.map(foldName) : [];
  const dedup = credits.filter((_, i) => i === 0 || folded.indexOf(folded[i]) === i);
  let parts = mergeSameLanguage(
    split.filter((p) => p.text).map((p) => ({text: p.text, lang: p.lang ?? guessLanguage(p.text)}))
  );
  if (parts.length === 1) parts = byLanguageSwitch(parts[0]);
  if (parts.length === 2) {
    // Two languages where one is known: a Latin-script other half is the translation.
    const other = contentLang && !NOT_LATIN_TRANSLATION.test(contentLang) ? contentLang : 'en';
    const [a, b] = parts;
    if (a.lang && a.lang !== 'en' && !b.lang && isLatin(b.text)) b.lang = other;
    if (b.lang && b.lang !== 'en' && !a.lang && isLatin(a.text)) a.lang = other;
  }
  for (const p of parts) if (!p.lang) delete p.lang;
  return dedup.length ? {parts, credit: dedup.join(' / ')} : {parts};
}

/** One text made of a Vietnamese run of sentences then a Latin-script run (or the reverse). */
function byLanguageSwitch(part: CaptionPart): CaptionPart[] {
  const s = sentences(part.text);
  if (s.length < 2) return [part];
  const langs = s.map((x) => guessLanguage(x) ?? (isLatin(x) ? 'latin' : undefined));
  if (langs.some((l) => !l)) return [part];
  const at = langs.findIndex((l, i) => i > 0 && l !== langs[i - 1]);
  if (at < 0 || langs.slice(at).some((l) => l !== langs[at])) return [part];
  const lang = (l: string | undefined) => (l === 'latin' ? undefined : l);
  return [
    {text: s.slice(0, at).join(' '), lang: lang(langs[0])},
    {text: s.slice(at).join(' '), lang: lang(langs[at])},
  ];
}

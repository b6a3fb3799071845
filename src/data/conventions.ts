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
 */
import type {Article} from './article.js';
import {parseInert} from './inert.js';

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

const SOURCE_WORDS =
  'According to|Theo|Source:|Nguồn:|Nguồn|Sources?:|出典：|出典:|来源：|來源：|Quelle:|Fuente:';
// "(According to VNEconomy)" at the end of a text (a paragraph of its own, or its last words).
const SOURCE = new RegExp(`\\(\\s*(?:${SOURCE_WORDS})\\s*([^()]+?)\\s*\\)\\s*\\.?\\s*$`, 'iu');
// "Theo VnExpress" / "Nguồn: TTXVN" without parentheses: only as a short line of its own.
const BARE_SOURCE = new RegExp(
  `^\\s*(?:${SOURCE_WORDS})\\s*([^\\s.,;:!?()][^.;!?()]{0,48}?)\\s*\\.?\\s*$`,
  'iu'
);
// A name of at most six words, each starting with a capital or a digit ("VnExpress", "Báo
// Lao Động", "VTV24"): "Theo số liệu của …" is a sentence, not a source.
const NAME = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s*){1,6}$/u;

/**
 * The source line in a text: "(According to VNEconomy)" at its end, or the whole text being
 * "Theo VnExpress" / "Nguồn: TTXVN". `at` is where it starts in `text`.
 */
export function findSource(text: string): {name: string; at: number} | undefined {
  const m = SOURCE.exec(text);
  if (m) return {name: m[1], at: m.index};
  const b = BARE_SOURCE.exec(text);
  if (b && NAME.test(b[1].trim())) return {name: b[1].trim(), at: b.index};
  return undefined;
}

/** "(According to VNEconomy)" or "Theo VnExpress" ending a text → {name: 'VNEconomy'}. */
export function extractSource(text: string): {name: string} | undefined {
  const found = findSource(text.trim());
  return found ? {name: found.name} : undefined;
}

// "(LĐXH)-", "(LĐXH) –", "Hà Nội (TTXVN) -", "HÀ NỘI (VNA) —": a place of up to four
// capitalised words (group 1), the agency in parentheses (group 2), then a dash.
const DATELINE =
  /^\s*((?:[\p{Lu}][\p{L}.'’]*\s+){0,3}[\p{Lu}][\p{L}.'’]*\s*)?\(([^()]{1,40})\)\s*[-–—]\s*/u;

/** The dateline opening a text: its value ("LĐXH", "Hà Nội (TTXVN)") and its length. */
export function matchDateline(
  text: string
): {dateline: string; agency: string; length: number} | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const agency = m[2].trim();
  if (!agency || findSource(`(${agency})`)) return undefined;
  const place = m[1]?.trim();
  return {dateline: place ? `${place} (${agency})` : agency, agency, length: m[0].length};
}

/** "(LĐXH)- MoLISA Deputy Minister…" → "LĐXH"; "Hà Nội (TTXVN) - …" → "Hà Nội (TTXVN)". */
export function extractDateline(text: string): string | undefined {
  return matchDateline(text)?.dateline;
}

/** The text without its opening dateline. */
export function stripDateline(text: string): string {
  const m = matchDateline(text);
  return m ? text.slice(m.length).trimStart() : text;
}

/** Accents and case folded, for comparing names ("N.Dương" = "N.Duong", "MOLISA" = "Molisa"). */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// ——— Conventions in the body's markup (one reader for the data model and the article body) ———

const SKIP = 'figure,figcaption,photo-caption,picture,img,script,style,table';
const BLOCKS = 'p,div,li,blockquote,h1,h2,h3,h4,h5,h6,section,article';

/** `NodeFilter.SHOW_TEXT` (no `NodeFilter` global on a server). */
const SHOW_TEXT = 0x4;

/** The nearest block holding `node` (inside `root`). */
function blockOf(node: Node, root: ParentNode): Element | undefined {
  const el = node.parentElement?.closest(BLOCKS);
  return el && (root as Node).contains(el) ? el : (node.parentElement ?? undefined);
}

/** Removes the first `n` characters of `el`'s text (across its text nodes). */
function dropStart(el: Element, n: number) {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let t = walker.nextNode(); t && n > 0; t = walker.nextNode()) {
    const v = t.nodeValue ?? '';
    const cut = Math.min(n, v.length);
    t.nodeValue = v.slice(cut);
    n -= cut;
  }
  // The text now starts where the paragraph did: no leading space.
  const first = el.ownerDocument.createTreeWalker(el, SHOW_TEXT).nextNode();
  if (first) first.nodeValue = (first.nodeValue ?? '').trimStart();
}

/** Removes `el`'s text from character `at` to its end. */
function dropEnd(el: Element, at: number) {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let pos = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const v = t.nodeValue ?? '';
    if (pos + v.length > at) t.nodeValue = v.slice(0, Math.max(0, at - pos)).trimEnd();
    pos += v.length;
  }
}

/**
 * The block that opens the body's text, past lead figures and empty paragraphs, when it starts
 * with a dateline: the dateline, and `strip()` to take it off that block.
 */
export function datelineBlock(
  root: ParentNode
): {dateline: string; agency: string; block: Element; strip: () => void} | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.nodeValue?.trim() || t.parentElement?.closest(SKIP)) continue;
    const block = blockOf(t, root);
    if (!block) return undefined;
    const m = matchDateline(block.textContent ?? '');
    if (!m) return undefined;
    return {dateline: m.dateline, agency: m.agency, block, strip: () => dropStart(block, m.length)};
  }
  return undefined;
}

/** Blocks of the body with text, outside figures, in order. */
function textBlocks(root: ParentNode): Element[] {
  return [...root.querySelectorAll(BLOCKS)].filter(
    (b) => !b.closest(SKIP) && !b.querySelector(BLOCKS) && b.textContent?.trim()
  );
}

// A closing author or editor line: a short name without sentence punctuation ("Minh Anh",
// "T.H", "PV").
const AUTHOR_LINE = /^(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}$/u;

/**
 * The source line closing the body: the last block, the end of the last block, or the block
 * before a closing author line. The name, and `strip()` to take it out of the body.
 */
export function sourceBlock(root: ParentNode): {name: string; strip: () => void} | undefined {
  const blocks = textBlocks(root);
  const last = blocks[blocks.length - 1];
  if (!last) return undefined;
  const lastText = last.textContent ?? '';
  const found = findSource(lastText);
  if (found) {
    const whole = !lastText.slice(0, found.at).trim();
    return {
      name: found.name,
      strip: () => (whole ? last.remove() : dropEnd(last, found.at)),
    };
  }
  const before = blocks[blocks.length - 2];
  if (before && AUTHOR_LINE.test(lastText.trim()) && lastText.trim().length <= 40) {
    const text = before.textContent ?? '';
    const f = findSource(text);
    if (f && !text.slice(0, f.at).trim()) return {name: f.name, strip: () => before.remove()};
  }
  return undefined;
}

// WordPress' automatic excerpt ends in " […]" or "&hellip;"; feeds cut others with "…" / "...".
const CUT = /\s*(?:\[\s*(?:…|\.\.\.|&hellip;)\s*\]|…|\.\.\.)\s*$/u;
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * Whether a standfirst only repeats the start of the body (feeds without an excerpt, WordPress'
 * automatic "… […]" one), so it need not be shown above the same text. Compared without a
 * dateline and with or without the figure captions the body starts with.
 */
export function summaryRepeatsBody(summary: string | undefined, html: string | undefined): boolean {
  if (!summary || !html) return false;
  const start = stripDateline(squash(summary.replace(CUT, '')));
  if (start.length < 20) return false;
  const doc = parseInert(`<!doctype html><body>${html}`, 'text/html');
  const all = stripDateline(squash(doc.body.textContent ?? ''));
  doc.body.querySelectorAll(SKIP).forEach((n) => n.remove());
  const text = stripDateline(squash(doc.body.textContent ?? ''));
  return text.startsWith(start) || all.startsWith(start);
}

const withConventionsCache = new WeakMap<Article, Article>();

/** Cheap test before the body is read: no parenthesis, colon, "Theo" or "Nguồn", no convention. */
export function hasConventionHint(html: string): boolean {
  return /[(:]|Theo|Nguồn/iu.test(html);
}

/** The dateline and source line a body's markup shows. */
export interface BodyConventions {
  dateline?: string;
  source?: string;
}

/** What `datelineBlock` and `sourceBlock` find in a parsed (inert) body. */
export function bodyConventions(root: ParentNode): BodyConventions {
  return {dateline: datelineBlock(root)?.dateline, source: sourceBlock(root)?.name};
}

/**
 * The article with the conventions its body shows and the adapter did not set: the dateline
 * (after a lead figure too), the source line (however written), and without a byline that only
 * repeats the dateline's agency ("By LĐXH" under "(LĐXH)-"). The same for an article from a
 * feed or given as a property. The same object when nothing changes. `found`: what
 * `bodyConventions` read from the body the caller already parsed, so a feed's adapter
 * (`buildArticle`) parses each body once.
 */
export function withConventions(a: Article, found?: BodyConventions): Article {
  const cached = withConventionsCache.get(a);
  if (cached) return cached;
  let out = a;
  if (a.contentHtml && (!a.dateline || !a.source) && hasConventionHint(a.contentHtml)) {
    const f =
      found ??
      bodyConventions(parseInert(`<!doctype html><body>${a.contentHtml}`, 'text/html').body);
    const dateline = a.dateline ? undefined : f.dateline;
    const source = a.source ? undefined : f.source;
    if (dateline || source) {
      out = {...a};
      if (dateline) out.dateline = dateline;
      if (source) out.source = {name: source};
    }
  }
  if (out.dateline && out.authors.length) {
    // "Hà Nội (TTXVN)" → TTXVN; "LĐXH" → LĐXH.
    const agency = foldName(/\(([^()]+)\)\s*$/.exec(out.dateline)?.[1] ?? out.dateline);
    const byline = (name: string) => foldName(name.replace(/^\s*(?:By|Bởi|Theo)\s+/iu, ''));
    const authors = out.authors.filter((x) => byline(x.name) !== agency);
    if (authors.length !== out.authors.length) out = {...out, authors};
  }
  withConventionsCache.set(a, out);
  return out;
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
  const dedup = credits.filter(
    (c, i) => credits.findIndex((d) => foldName(d) === foldName(c)) === i
  );
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

/**
 * A URL slug for a tag: lower case, without Vietnamese tones ("Lao động" → "lao-dong"),
 * other scripts kept ("متدربون" stays), runs of anything else → "-".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

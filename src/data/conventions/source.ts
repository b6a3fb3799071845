/**
 * The source line of a text: "(According to VNEconomy)" / "(Theo VNEconomy)" ending it, or a
 * short line of its own ("Theo VnExpress", "Nguồn: TTXVN").
 */

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

/**
 * The dateline opening a text: "(LĐXH)-", "Hà Nội (TTXVN) -", "HÀ NỘI (VNA) —".
 */
import {findSource} from './source.js';

// "(LĐXH)-", "(LĐXH) –", "Hà Nội (TTXVN) -", "HÀ NỘI (VNA) —": a place of up to four
// capitalised words (group 1), the agency in parentheses (group 2), then a dash. Directional
// marks, embeddings and isolates may come first (editors paste them before a dateline in
// right-to-left pages); they are part of what the match covers, not of the dateline.
const DATELINE =
  /^[\s\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*((?:[\p{Lu}][\p{L}.'’]*\s+){0,3}[\p{Lu}][\p{L}.'’]*\s*)?\(([^()]{1,40})\)\s*[-–—]\s*/u;

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

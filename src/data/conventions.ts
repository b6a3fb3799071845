/**
 * The seed pages' writing conventions, read from plain text:
 * a caption ending in a credit ("… Ảnh - MOLISA.", "Photo – MOLISA", "(Nguồn: …)"),
 * a body ending in a source line ("(According to VNEconomy)", "(Theo VNEconomy)"),
 * a body opening with a dateline ("(LĐXH)-").
 */

const CREDIT = [
  // "… Ảnh - MOLISA." / "… Photo – MOLISA" / "Ảnh: N.Dương" / "Photo: Reuters"
  /(?:^|[\s.])(?:Ảnh|Photo|Nguồn ảnh|Image|写真|사진)\s*(?:[-–—:]\s*)(.+?)\.?\s*$/iu,
  // "(Nguồn: VnExpress)" / "(Source: …)" / "(Photo: …)"
  /\(\s*(?:Nguồn|Source|Ảnh|Photo)\s*:\s*([^)]+?)\s*\)\.?\s*$/iu,
];

/** Splits a trailing credit off a caption. */
export function splitCredit(text: string): {caption: string; credit?: string} {
  const t = text.trim();
  for (const re of CREDIT) {
    const m = re.exec(t);
    if (m && m[1].trim()) {
      const caption = t
        .slice(0, m.index + (m[0].startsWith(' ') || m[0].startsWith('.') ? 1 : 0))
        .trim();
      return {caption, credit: m[1].trim()};
    }
  }
  return {caption: t};
}

const SOURCE = /\(\s*(?:According to|Theo|Source:|Nguồn:)\s*([^()]+?)\s*\)\s*\.?\s*$/iu;

/** "(According to VNEconomy)" at the end of a text → {name: 'VNEconomy'}. */
export function extractSource(text: string): {name: string} | undefined {
  const m = SOURCE.exec(text.trim());
  return m ? {name: m[1]} : undefined;
}

const DATELINE = /^\s*\(([^()]{1,40})\)\s*[-–—]/u;

/** "(LĐXH)- MoLISA Deputy Minister…" → "LĐXH". */
export function extractDateline(text: string): string | undefined {
  return DATELINE.exec(text)?.[1].trim() || undefined;
}

/** The text without its opening dateline. */
export function stripDateline(text: string): string {
  return text.replace(DATELINE, '').trimStart();
}

/** Names compared with accents and case folded, and names as URL slugs (tags). */

/** Accents and case folded, for comparing names ("N.Dương" = "N.Duong", "MOLISA" = "Molisa"). */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
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

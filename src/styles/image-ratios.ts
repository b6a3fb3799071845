/**
 * The image box's preset aspect ratios: a `.media` box with the class `ratio-W-H` (one per
 * `IMAGE_RATIOS` entry) keeps that shape before the image loads, and the image fills it.
 * Classes, not inline styles, so a strict CSP allows them. Shared by the card template and
 * `<photo-caption>`.
 */
import {css, unsafeCSS} from 'lit';

/** Aspect ratios `image-ratio` accepts (CSS classes, so no inline style under a strict CSP). */
export const IMAGE_RATIOS = ['16/9', '4/3', '3/2', '1/1', '2/3', '3/4', '21/9', '9/16'] as const;

/** The CSS class of a preset ratio ("16/9", "16:9", "16 / 9"), or undefined. */
export function presetClass(ratio: string | undefined): string | undefined {
  const r = ratio?.replace(/\s+/g, '').replace(':', '/');
  return r && (IMAGE_RATIOS as readonly string[]).includes(r)
    ? `ratio-${r.replace('/', '-')}`
    : undefined;
}

/** The preset within 1% of width/height (800×450 → 16/9), or undefined. */
export function nearestPreset(width: number, height: number): string | undefined {
  const want = width / height;
  for (const r of IMAGE_RATIOS) {
    const [w, h] = r.split('/').map(Number);
    if (Math.abs(w / h - want) / want < 0.01) return r;
  }
  return undefined;
}

// Built from constants only ("16/9" → `.ratio-16-9 { aspect-ratio: 16 / 9; }`): no input reaches it.
const presets = unsafeCSS(
  IMAGE_RATIOS.map((r) => {
    const [w, h] = r.split('/');
    return `.ratio-${w}-${h} { aspect-ratio: ${w} / ${h}; }`;
  }).join('\n')
);

export const imageRatioStyles = css`
  .media[class*='ratio-'] img {
    block-size: 100%;
  }
  ${presets}
`;

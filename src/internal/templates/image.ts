/**
 * What every image beside a headline shares (the card's and `<news-article>`'s lead photo):
 * the rule for its text alternative. Ratio presets live in `styles/image-ratios.ts`.
 */

/**
 * The `alt` of an image shown with its article's headline: empty when it only repeats the
 * headline (the headline already names the article; saying it twice is noise), else its own.
 */
export function altBesideHeadline(alt: string | undefined, headline: string): string {
  return alt && alt.trim() !== headline.trim() ? alt : '';
}

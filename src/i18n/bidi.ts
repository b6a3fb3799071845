/**
 * Bidi isolation of names inside localized sentences: "بقلم Lan Anh", "By محمد" or "Theo
 * VNEconomy" in a widget of the other direction never scramble. The name goes in a `<bdi>`,
 * so the text (and `textContent`) stays exactly the sentence.
 */
import {html, type TemplateResult} from 'lit';

const MARK = '\uE000';

/**
 * `sentence(mark)` is a localized sentence with `mark` where `name` goes
 * (`(v) => msg(str\`By ${v}\`, …)`): the sentence with `name` isolated in a `<bdi>`.
 */
export function isolateIn(sentence: (mark: string) => string, name: string): TemplateResult {
  const text = sentence(MARK);
  const at = text.indexOf(MARK);
  if (at < 0) return html`${text}`;
  return html`${text.slice(0, at)}<bdi>${name}</bdi>${text.slice(at + MARK.length)}`;
}

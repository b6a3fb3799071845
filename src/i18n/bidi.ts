/**
 * Bidi isolation of names inside localized sentences: "بقلم Lan Anh", "By محمد" or "Theo
 * VNEconomy" in a widget of the other direction never scramble. Each name goes in a `<bdi>`,
 * so the text (and `textContent`) stays exactly the sentence. One reader for every element:
 * `isolatedRuns` cuts the sentence, `isolateIn` renders the runs (cards write the same runs
 * into their one template).
 */
import {html, type TemplateResult} from 'lit';
import {listFormat} from './intl-cache.js';

const MARK = '\uE000';

/** A piece of a sentence: its own words, or a name (`isolate`) that goes in a `<bdi>`. */
export interface Run {
  text: string;
  isolate: boolean;
}

/**
 * Names as a list in the locale ("A, B and C", "A و B"), each name a run of its own: a list of
 * an Arabic and a Latin name reads in the sentence's order, not in the first name's direction.
 */
export function listRuns(names: readonly string[], locale: string): Run[] {
  try {
    return listFormat(locale)
      .formatToParts(names)
      .map((p) => ({text: p.value, isolate: p.type === 'element'}));
  } catch {
    return names.flatMap((text, i) => [
      ...(i ? [{text: ', ', isolate: false}] : []),
      {text, isolate: true},
    ]);
  }
}

/**
 * `sentence(mark)` is a localized sentence with `mark` where the name goes
 * (`(v) => msg(str\`By ${v}\`, …)`): its runs, with the name (or each run of `name`) isolated.
 * A translation that lost the mark is shown as it is.
 */
export function isolatedRuns(
  sentence: (mark: string) => string,
  name: string | readonly Run[]
): Run[] {
  const text = sentence(MARK);
  const at = text.indexOf(MARK);
  if (at < 0) return [{text, isolate: false}];
  const inner = typeof name === 'string' ? [{text: name, isolate: true}] : name;
  return [
    {text: text.slice(0, at), isolate: false},
    ...inner,
    {text: text.slice(at + MARK.length), isolate: false},
  ].filter((r) => r.text);
}

/** The sentence with the name (or each name of a `listRuns` list) in a `<bdi>`. */
export function isolateIn(
  sentence: (mark: string) => string,
  name: string | readonly Run[]
): TemplateResult {
  return html`${isolatedRuns(sentence, name).map((r) =>
    r.isolate ? html`<bdi>${r.text}</bdi>` : r.text
  )}`;
}

/** Lists of names in the widget's locale ("A, B and C", "A、B、C"): one cached formatter per locale. */
const formats = new Map<string, Intl.ListFormat>();

export function formatList(names: string[], locale: string): string {
  try {
    let f = formats.get(locale);
    if (!f) {
      f = new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'});
      formats.set(locale, f);
    }
    return f.format(names);
  } catch {
    return names.join(', ');
  }
}

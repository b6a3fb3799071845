/** Lists of names in the widget's locale ("A, B and C", "A、B、C"), through the one Intl cache. */
import {listFormat} from './intl-cache.js';

export function formatList(names: string[], locale: string): string {
  try {
    return listFormat(locale).format(names);
  } catch {
    return names.join(', ');
  }
}

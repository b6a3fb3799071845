/**
 * The CDN bundle's entry (`dist/cdn/news-blocks.js`): defines `<news-card>` at once, every
 * other element when its tag first appears in the page, and exports the light API. The
 * element classes arrive with `await loadElement('article-list')`.
 */
import './news-card/news-card.js';
import {autoloadElements} from './autoload.js';

export * from './core.js';

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => autoloadElements(document), {once: true});
  // Tags already parsed load now; the observer catches the rest of the page as it streams in.
  autoloadElements(document);
}

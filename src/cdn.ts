/**
 * The CDN bundle's entry (`dist/cdn/news-blocks.js`): defines `<news-card>` at once, every
 * other element when its tag first appears in the page, and exports the light API. The
 * element classes arrive with `await loadElement('article-list')`.
 */
import './news-card/news-card.js';
import {autoloadElements} from './autoload.js';

export * from './core.js';

// Tags already parsed load now; the observer also sees what the parser adds after this runs.
if (typeof document !== 'undefined') autoloadElements(document);

/**
 * The first thing the CDN bundle runs (cdn.ts imports it before anything else): the feed
 * requests of the elements with `src` already in the page start before the card's module, Lit
 * and the rest of the core have been evaluated. The chunks start at the end of cdn.ts (a chunk
 * imported while the entry it imports is still being evaluated would never run).
 */
import {prefetch} from './autoload.js';

if (typeof document !== 'undefined') prefetch(document, false);

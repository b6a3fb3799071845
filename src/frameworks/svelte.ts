/**
 * `import type {} from 'news-blocks/svelte.js'` (once, e.g. in `src/app.d.ts`) in a Svelte 5 +
 * TypeScript app: every news-blocks tag is typed in templates with its own properties and
 * `onnews-…` handlers (Svelte 5 listens to `onnews-load` on a custom element as `news-load`).
 */
import type {HTMLAttributes} from 'svelte/elements';
import type {ElementProps, LowercaseEventHandlers, NewsBlocksElements} from './elements.js';

type SvelteElements = {
  [K in keyof NewsBlocksElements]: HTMLAttributes<NewsBlocksElements[K]> &
    ElementProps<NewsBlocksElements[K]> &
    LowercaseEventHandlers;
};

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends SvelteElements {}
}

export {};

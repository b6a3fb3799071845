/**
 * `import type {} from 'news-blocks/react-jsx.js'` (once, anywhere in a React 19 + TypeScript
 * app): every news-blocks tag becomes a JSX intrinsic element with its own properties
 * (`<news-card article={a} layout="horizontal">`; React 19 sets them as properties) and typed
 * `onnews-…` handlers (React 19 listens to an `on…` prop on a custom element by its exact,
 * case-sensitive event name, so `onnews-article-select`, not `onNewsArticleSelect`). For
 * camelCase event props use the `news-blocks/react.js` wrappers.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {ElementProps, LowercaseEventHandlers, NewsBlocksElements} from './elements.js';

type ReactProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  ElementProps<E> &
  LowercaseEventHandlers & {class?: string};

type NewsBlocksIntrinsicElements = {
  [K in keyof NewsBlocksElements]: ReactProps<NewsBlocksElements[K]>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends NewsBlocksIntrinsicElements {}
  }
}

export {};

/**
 * Vue 3: `isCustomElement` for `compilerOptions` (our tags share no prefix, so a prefix test
 * cannot work), and, with `import type {} from 'news-blocks/vue.js'`, every tag typed in
 * templates through `GlobalComponents` with its properties (`:article="a"` binds the property)
 * and `@news-article-select`-style events.
 */
import type {DefineComponent} from 'vue';
import type {ElementProps, NewsBlocksElements, NewsBlocksEvents} from './elements.js';
import {isNewsBlocksTag} from './elements.js';

/** `compilerOptions: {isCustomElement}` in `@vitejs/plugin-vue`'s `template` options. */
export const isCustomElement = isNewsBlocksTag;

type Camel<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S;
type VueEventProps = {
  [K in keyof NewsBlocksEvents as `on${Capitalize<Camel<K>>}`]?: (
    event: NewsBlocksEvents[K]
  ) => void;
};
type VueElements = {
  [K in keyof NewsBlocksElements]: DefineComponent<
    ElementProps<NewsBlocksElements[K]> & VueEventProps
  >;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends VueElements {}
}

/**
 * news-blocks: classes, data API and types. No side effects: importing this defines no tag
 * (import `news-blocks/define.js` or one element's define file for that).
 */
export * from './core.js';
export {ArticleList} from './article-list/article-list.component.js';
export {NewsSource} from './news-source/news-source.component.js';
export {NewsTime} from './news-time/news-time.component.js';

import {ArticleList} from './article-list.component.js';
import {define} from '../define-element.js';

export {ArticleList};

define('article-list', ArticleList);

declare global {
  interface HTMLElementTagNameMap {
    'article-list': ArticleList;
  }
}

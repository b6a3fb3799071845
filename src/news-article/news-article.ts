import {NewsArticle} from './news-article.component.js';
import {define} from '../define-element.js';

export {NewsArticle};

define('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}

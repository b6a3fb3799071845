import {RelatedArticles} from './related-articles.component.js';
import {define} from '../define-element.js';

export {RelatedArticles};

define('related-articles', RelatedArticles);

declare global {
  interface HTMLElementTagNameMap {
    'related-articles': RelatedArticles;
  }
}

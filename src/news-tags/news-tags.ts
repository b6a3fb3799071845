import {NewsTags} from './news-tags.component.js';
import {define} from '../define-element.js';

export {NewsTags};

define('news-tags', NewsTags);

declare global {
  interface HTMLElementTagNameMap {
    'news-tags': NewsTags;
  }
}

import {NewsComments} from './news-comments.component.js';
import {define} from '../define-element.js';

export {NewsComments};

define('news-comments', NewsComments);

declare global {
  interface HTMLElementTagNameMap {
    'news-comments': NewsComments;
  }
}

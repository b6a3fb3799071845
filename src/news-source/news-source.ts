import {NewsSource} from './news-source.component.js';
import {define} from '../define-element.js';

export {NewsSource};

define('news-source', NewsSource);

declare global {
  interface HTMLElementTagNameMap {
    'news-source': NewsSource;
  }
}

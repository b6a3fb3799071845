import {NewsTime} from './news-time.component.js';
import {define} from '../define-element.js';

export {NewsTime};

define('news-time', NewsTime);

declare global {
  interface HTMLElementTagNameMap {
    'news-time': NewsTime;
  }
}

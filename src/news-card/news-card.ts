import {NewsCard} from './news-card.component.js';
import {define} from '../define-element.js';

export {NewsCard};

define('news-card', NewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}

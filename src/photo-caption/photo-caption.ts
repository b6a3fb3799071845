import {PhotoCaption} from './photo-caption.component.js';
import {define} from '../define-element.js';

export {PhotoCaption};

define('photo-caption', PhotoCaption);

declare global {
  interface HTMLElementTagNameMap {
    'photo-caption': PhotoCaption;
  }
}

import {PhotoCaption} from './photo-caption.component.js';
import {define} from '../define-element.js';

export {PhotoCaption};

// The tag's HTMLElementTagNameMap entry is in photo-caption.component.ts (what nesting elements import).
define('photo-caption', PhotoCaption);

import {NewsTags} from './news-tags.component.js';
import {define} from '../define-element.js';

export {NewsTags};

// The tag's HTMLElementTagNameMap entry is in news-tags.component.ts (what nesting elements import).
define('news-tags', NewsTags);

import {NewsComments} from './news-comments.component.js';
import {define} from '../define-element.js';

export {NewsComments};

// The tag's HTMLElementTagNameMap entry is in news-comments.component.ts (what nesting elements import).
define('news-comments', NewsComments);

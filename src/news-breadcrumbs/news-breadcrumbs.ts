import {NewsBreadcrumbs, type BreadcrumbItem} from './news-breadcrumbs.component.js';
import {define} from '../define-element.js';

export {NewsBreadcrumbs};
export type {BreadcrumbItem};

// The tag's HTMLElementTagNameMap entry is in news-breadcrumbs.component.ts (what nesting elements import).
define('news-breadcrumbs', NewsBreadcrumbs);

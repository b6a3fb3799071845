import {NewsBreadcrumbs, type BreadcrumbItem} from './news-breadcrumbs.component.js';
import {define} from '../define-element.js';

export {NewsBreadcrumbs};
export type {BreadcrumbItem};

define('news-breadcrumbs', NewsBreadcrumbs);

declare global {
  interface HTMLElementTagNameMap {
    'news-breadcrumbs': NewsBreadcrumbs;
  }
}

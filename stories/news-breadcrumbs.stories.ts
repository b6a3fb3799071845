/** <news-breadcrumbs> in every state. CSF 3: Storybook's web-components renderer can load it. */
import {html, nothing} from 'lit';
import '../src/news-breadcrumbs/news-breadcrumbs.js';
import type {BreadcrumbItem} from '../src/news-breadcrumbs/news-breadcrumbs.component.js';
import {localeArgTypes} from './sample.js';

interface Args {
  items: BreadcrumbItem[];
  label?: string;
  structuredData: boolean;
  lang: string;
  colorScheme?: 'light' | 'dark' | 'auto';
}

const TRAIL: BreadcrumbItem[] = [
  {name: 'Home', url: 'https://molisa.example.vn/'},
  {name: 'News', url: 'https://molisa.example.vn/news'},
  {name: 'Promote cooperation in training high-quality human resources between Vietnam and Japan'},
];

export default {
  title: 'Elements/news-breadcrumbs',
  component: 'news-breadcrumbs',
  args: {items: TRAIL, structuredData: false, lang: 'en'} as Args,
  argTypes: {
    label: {control: 'text'},
    structuredData: {control: 'boolean'},
    ...localeArgTypes,
  },
  render: (a: Args) =>
    html`<news-breadcrumbs
      .items=${a.items}
      label=${a.label ?? nothing}
      ?structured-data=${a.structuredData}
      lang=${a.lang}
      color-scheme=${a.colorScheme ?? nothing}
    ></news-breadcrumbs>`,
  parameters: {rendered: 'nav ol'},
};

export const Default = {};
export const StructuredData = {args: {structuredData: true}};
export const CurrentPageLinked = {
  args: {
    items: [TRAIL[0], {name: 'English Review', url: 'https://molisa.example.vn/english-review'}],
  },
};
export const Vietnamese = {
  args: {
    lang: 'vi',
    items: [
      {name: 'Trang chủ', url: 'https://molisa.example.vn/'},
      {name: 'Tin tức', url: 'https://molisa.example.vn/tin-tuc'},
      {name: 'Đào tạo cho người lao động đi làm việc tại Nhật Bản'},
    ],
  },
};
export const RTL = {
  args: {
    lang: 'ar',
    items: [
      {name: 'الرئيسية', url: 'https://molisa.example.vn/'},
      {name: 'الأخبار', url: 'https://molisa.example.vn/news'},
      {name: 'تعزيز التعاون في التدريب'},
    ],
  },
  render: (a: Args) =>
    html`<news-breadcrumbs .items=${a.items} lang="ar" dir="rtl"></news-breadcrumbs>`,
};
export const Dark = {args: {colorScheme: 'dark'}};
/** Links written as children: what shows before the element upgrades. */
export const SlottedLinks = {
  render: () =>
    html`<news-breadcrumbs lang="en"
      ><a href="https://molisa.example.vn/">Home</a><a href="https://molisa.example.vn/news">News</a
      ><span>This article</span></news-breadcrumbs
    >`,
};
/** The trail as a JSON child. */
export const JsonChild = {
  render: () =>
    html`<news-breadcrumbs lang="en" structured-data
      ><script type="application/json">
        [{"name": "Home", "url": "https://molisa.example.vn/"}, {"name": "English Review"}]
      </script></news-breadcrumbs
    >`,
};

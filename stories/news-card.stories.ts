/** <news-card> in every layout and state. CSF 3: Storybook's web-components renderer can load it. */
import {html, nothing} from 'lit';
import '../src/news-card/news-card.js';
import type {Article} from '../src/data/article.js';
import {arabic, imJapan, localeArgTypes, longText} from './sample.js';
import {LOADING, MISSING} from './routes.js';

interface Args {
  article?: Article;
  src?: string;
  layout: 'vertical' | 'horizontal' | 'compact' | 'hero';
  headingLevel: number;
  lang: string;
  colorScheme?: 'light' | 'dark' | 'auto';
  noImage: boolean;
  summaryLines: number;
}

export default {
  title: 'Elements/news-card',
  component: 'news-card',
  args: {
    article: imJapan,
    layout: 'vertical',
    headingLevel: 3,
    lang: 'en',
    noImage: false,
    summaryLines: 3,
  } as Args,
  argTypes: {
    layout: {control: 'select', options: ['vertical', 'horizontal', 'compact', 'hero']},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
    ...localeArgTypes,
    noImage: {control: 'boolean'},
    summaryLines: {control: {type: 'number', min: 0, max: 10}},
  },
  render: (a: Args) =>
    html`<news-card
      .article=${a.article}
      src=${a.src ?? nothing}
      layout=${a.layout}
      heading-level=${a.headingLevel}
      lang=${a.lang}
      color-scheme=${a.colorScheme ?? nothing}
      ?no-image=${a.noImage}
      summary-lines=${a.summaryLines}
    ></news-card>`,
};

export const Default = {};
export const Vertical = {args: {layout: 'vertical'}};
export const Horizontal = {args: {layout: 'horizontal'}};
export const Compact = {args: {layout: 'compact'}};
export const Hero = {args: {layout: 'hero'}};
export const Loading = {args: {article: undefined, src: LOADING}};
export const Error = {args: {article: undefined, src: MISSING}};
export const LongText = {args: {article: longText}};
export const NoImage = {args: {article: {...imJapan, image: undefined}}};
export const RTL = {args: {article: arabic, lang: 'ar', layout: 'horizontal'}};
export const Dark = {args: {colorScheme: 'dark'}};
/** The same card with its UI in Vietnamese: a switch of locale through `lang`. */
export const Vietnamese = {args: {lang: 'vi'}};
export const Japanese = {args: {lang: 'ja'}};

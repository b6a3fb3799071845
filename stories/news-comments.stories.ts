/**
 * <news-comments> in every state. The comments come from a WordPress-like endpoint the stories
 * answer themselves (`./routes.ts`, test/fixtures/comments/seed.json); `npm run demo:wordpress`
 * shows the same element against a live WordPress.
 */
import {html, nothing} from 'lit';
import '../src/news-comments/news-comments.js';
import {localeArgTypes} from './sample.js';
import {COMMENTS, LOADING, MISSING} from './routes.js';

const SEED = COMMENTS;

interface Args {
  src: string;
  order: 'oldest' | 'newest';
  maxDepth: number;
  headingLevel: number;
  allowReply: boolean;
  articleUrl?: string;
  timeZone?: string;
  lang: string;
  colorScheme?: 'light' | 'dark';
}

export default {
  title: 'Elements/news-comments',
  component: 'news-comments',
  args: {
    src: SEED,
    order: 'oldest',
    maxDepth: 3,
    headingLevel: 2,
    allowReply: false,
    timeZone: 'Asia/Ho_Chi_Minh',
    lang: 'en',
  } as Args,
  argTypes: {
    src: {control: 'text'},
    order: {control: 'inline-radio', options: ['oldest', 'newest']},
    maxDepth: {control: {type: 'number', min: 1, max: 10}},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
    allowReply: {control: 'boolean'},
    articleUrl: {control: 'text'},
    timeZone: {control: 'text'},
    ...localeArgTypes,
  },
  render: (a: Args) =>
    html`<news-comments
      src=${a.src}
      order=${a.order}
      max-depth=${a.maxDepth}
      heading-level=${a.headingLevel}
      ?allow-reply=${a.allowReply}
      article-url=${a.articleUrl ?? nothing}
      time-zone=${a.timeZone ?? nothing}
      lang=${a.lang}
      color-scheme=${a.colorScheme ?? nothing}
    ></news-comments>`,
  parameters: {rendered: '[part=comment], [part=empty]'},
};

export const Default = {};
/** "Leave a Reply" under the comments, with the seed page's wording. */
export const WithReplyForm = {args: {allowReply: true}};
export const Vietnamese = {args: {lang: 'vi', allowReply: true}};
export const NewestFirst = {args: {order: 'newest'}};
/** One level only: replies follow flat, each saying whom it answers. */
export const DepthCapped = {args: {maxDepth: 1}};
export const Empty = {args: {src: `${SEED}&empty`}};
export const Loading = {args: {src: LOADING}};
export const Error = {args: {src: MISSING}};
export const RTL = {args: {lang: 'ar', allowReply: true}};
export const Dark = {args: {colorScheme: 'dark', allowReply: true}};

/** <related-articles> in every state. CSF 3: Storybook's web-components renderer can load it. */
import {html, nothing} from 'lit';
import '../src/related-articles/related-articles.js';
import type {Article} from '../src/data/article.js';
import type {CurrentArticle} from '../src/related-articles/related-articles.component.js';
import {arabic, imJapan, localeArgTypes, longText} from './sample.js';
import {LOADING, MISSING} from './routes.js';

/** The seed page's "Other Articles", made from the sample article (local image, no network). */
const other = (
  id: string,
  title: string,
  section: string,
  tags: string[],
  published: string
): Article => ({
  ...imJapan,
  id,
  url: `https://molisa.example.vn/${section.toLowerCase().replace(/\s+/g, '-')}/${id}`,
  title,
  section,
  tags,
  published,
});

const candidates: Article[] = [
  imJapan,
  other(
    'over-51-million',
    'Over 51 million workers employed in the first 9 months',
    'News',
    ['Labour market'],
    '2024-10-15T01:00:00Z'
  ),
  other(
    'vietnam-japan',
    'Vietnam – Japan labour cooperation records rapid development',
    'English Review',
    ['Vietnam – Japan', 'Vietnamese interns'],
    '2024-10-10T02:00:00Z'
  ),
  other(
    'sweden',
    'Strengthening Vietnam - Sweden cooperation in labour and social security',
    'English Review',
    ['Labour cooperation'],
    '2024-10-12T02:00:00Z'
  ),
  other(
    'greece',
    'Vietnam - Greece soon sign labour cooperation agreement',
    'News',
    ['Labour cooperation'],
    '2024-10-05T02:00:00Z'
  ),
  other(
    'worldskills',
    'Vietnam wins bronze medal and certificates of excellence at 47th WorldSkills Competition',
    'News',
    ['WorldSkills'],
    '2024-09-16T02:00:00Z'
  ),
];

/** The page the box sits under. */
const current: CurrentArticle = {
  url: 'https://molisa.example.vn/english-review/promote-cooperation-training-vietnam-japan',
  tags: ['Vietnam – Japan', 'Vietnamese interns'],
  section: 'English Review',
};

interface Args {
  articles?: Article[];
  article?: CurrentArticle;
  src?: string;
  layout: 'compact' | 'horizontal' | 'vertical';
  headingLevel: number;
  heading?: string;
  limit: number;
  lang: string;
  colorScheme?: 'light' | 'dark' | 'auto';
  showEmpty: boolean;
}

export default {
  title: 'Elements/related-articles',
  component: 'related-articles',
  args: {
    articles: candidates,
    article: current,
    layout: 'compact',
    headingLevel: 2,
    limit: 5,
    lang: 'en',
    showEmpty: false,
  } as Args,
  argTypes: {
    layout: {control: 'select', options: ['compact', 'horizontal', 'vertical']},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
    heading: {control: 'text'},
    limit: {control: {type: 'number', min: 1, max: 20}},
    ...localeArgTypes,
    showEmpty: {control: 'boolean'},
  },
  render: (a: Args) =>
    html`<related-articles
      .articles=${a.articles}
      .article=${a.article}
      src=${a.src ?? nothing}
      layout=${a.layout}
      heading-level=${a.headingLevel}
      heading=${a.heading ?? nothing}
      limit=${a.limit}
      lang=${a.lang}
      color-scheme=${a.colorScheme ?? nothing}
      ?show-empty=${a.showEmpty}
    ></related-articles>`,
  parameters: {rendered: 'aside'},
};

export const Default = {};
/** The heading in Vietnamese, through `lang`. */
export const Vietnamese = {args: {lang: 'vi'}};
export const Loading = {args: {articles: undefined, src: LOADING}};
export const Error = {args: {articles: undefined, src: MISSING}};
/** Nothing related: hidden by default; `show-empty` shows the box with a message. */
export const Empty = {args: {articles: [], showEmpty: true}};
export const RTL = {
  args: {articles: [arabic, ...candidates.slice(1)], lang: 'ar', layout: 'horizontal'},
};
export const Dark = {args: {colorScheme: 'dark'}};
export const LongText = {
  args: {articles: [longText, ...candidates.slice(1)], layout: 'vertical', limit: 3},
};

/** <article-list> in every layout, mode and state. CSF 3, like news-card.stories.ts. */
import {html, nothing} from 'lit';
import '../src/article-list/article-list.js';
import type {ListLayout, ListMode} from '../src/article-list/article-list.component.js';
import type {Article} from '../src/data/article.js';
import {arabic, imJapan, longText} from './sample.js';
import {LOADING, MISSING} from './routes.js';

interface Args {
  articles?: Article[];
  src?: string;
  layout: ListLayout;
  mode: ListMode;
  limit: number;
  lang: string;
  heading?: string;
  loadMore: boolean;
  noImage: boolean;
  colorScheme?: 'light' | 'dark' | 'auto';
}

/** The "Other Articles" of the seed page, as articles (the sample's image and section). */
const OTHER_ARTICLES = [
  'Over 51 million workers employed in the first 9 months',
  'Many activities in the National Action Month on Gender Equality 2024 will be organized',
  'Strengthening Vietnam - Sweden cooperation in labour and social security',
  'Minister Dao Ngoc Dung visits and supports people affected by storm in Yen Bai',
  'Vietnam – Japan labour cooperation records rapid development',
  'MoLISA strengthens cooperation with Germany in vocational education',
  'Vietnam wins bronze medal and certificates of excellence at 47th WorldSkills Competition',
  'Vietnam - Greece soon sign labour cooperation agreement',
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const seedList = (n = OTHER_ARTICLES.length, base: Article = imJapan): Article[] =>
  Array.from({length: n}, (_, i) => {
    const title = OTHER_ARTICLES[i % OTHER_ARTICLES.length];
    return {
      ...base,
      id: `${slug(title)}-${i}`,
      url: `https://molisa.example.vn/english-review/${slug(title)}-${i}`,
      title: i < OTHER_ARTICLES.length ? title : `${title} (${i + 1})`,
      published: new Date(Date.UTC(2023, 10, 13, 3, 40) - i * 86400e3).toISOString(),
    };
  });

export default {
  title: 'Elements/article-list',
  component: 'article-list',
  args: {
    articles: [imJapan, ...seedList(5)],
    layout: 'list',
    mode: 'list',
    limit: 10,
    lang: 'en',
    heading: 'Other Articles',
    loadMore: false,
    noImage: false,
  } as Args,
  argTypes: {
    layout: {control: 'select', options: ['list', 'grid', 'compact', 'hero', 'carousel']},
    mode: {control: 'inline-radio', options: ['list', 'feed']},
    limit: {control: {type: 'number', min: 0, max: 50}},
    lang: {
      control: 'select',
      options: ['en', 'vi', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'th', 'id', 'fr', 'de', 'es', 'ar'],
    },
    heading: {control: 'text'},
    loadMore: {control: 'boolean'},
    noImage: {control: 'boolean'},
    colorScheme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
  },
  render: (a: Args) =>
    html`<article-list
      .articles=${a.src ? undefined : a.articles}
      src=${a.src ?? nothing}
      layout=${a.layout}
      mode=${a.mode}
      limit=${a.limit}
      lang=${a.lang}
      heading=${a.heading ?? nothing}
      ?load-more=${a.loadMore}
      ?no-image=${a.noImage}
      color-scheme=${a.colorScheme ?? nothing}
    ></article-list>`,
  parameters: {rendered: '.item, [part=empty]'},
};

export const Default = {};
export const Grid = {args: {layout: 'grid'}};
export const Compact = {args: {layout: 'compact'}};
export const Hero = {args: {layout: 'hero'}};
export const Carousel = {args: {layout: 'carousel'}};
/** The WAI-ARIA feed pattern: Page Down / Page Up move between articles, more load at the end. */
export const Feed = {args: {mode: 'feed', limit: 4, articles: seedList(12)}};
export const LoadMore = {args: {loadMore: true, limit: 4, articles: seedList(12)}};
export const Loading = {args: {src: LOADING, limit: 4}};
export const Error = {args: {src: MISSING}};
export const Empty = {args: {articles: []}};
export const LongText = {args: {articles: [longText, ...seedList(2)]}};
export const NoImage = {args: {noImage: true}};
export const RTL = {
  args: {
    articles: seedList(3, arabic).map((a, i) => ({...a, title: `${arabic.title} (${i + 1})`})),
    lang: 'ar',
    heading: 'مقالات أخرى',
  },
};
/**
 * Compact, so every card is in the test's 800×600 viewport: for text below the fold axe takes
 * the page's white for the background and reports a contrast failure the reader never sees
 * (the element paints its own dark surface).
 */
export const Dark = {args: {colorScheme: 'dark', layout: 'compact', articles: seedList(3)}};
/** The list's own strings (Load more, Articles 11 to 20…) in Vietnamese, through `lang`. */
export const Vietnamese = {args: {lang: 'vi', heading: 'Tin khác', loadMore: true, limit: 3}};
export const Japanese = {args: {lang: 'ja', heading: 'その他の記事', loadMore: true, limit: 3}};

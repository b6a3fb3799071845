/** <news-article>: the seed article page in every state. CSF 3. */
import {html, nothing} from 'lit';
import '../src/news-article/news-article.js';
import type {Article} from '../src/data/article.js';
import {localeArgTypes, trainingJapanImage} from './sample.js';
import {LOADING, MISSING} from './routes.js';

const image = (name: string) => new URL(`../demo/sample/images/${name}.svg`, import.meta.url).href;

/** The first seed article (seeds/000), shortened. */
const seedArticle: Article = {
  id: 'promote-cooperation-training-vietnam-japan',
  url: 'https://molisa.example.vn/news/promote-cooperation-in-training-high-quality-human-resources-between-vietnam-and-japan',
  title: 'Promote cooperation in training high-quality human resources between Vietnam and Japan',
  summary:
    'According to local representatives, currently the scope for cooperation in labor training, especially high-quality human resources, with Japanese localities is still very large.',
  contentHtml: `<p>Thematic session on Education – Training and Human Resource Cooperation, within the framework of the Meeting with Japan 2023 Program, on the morning of November 2, recorded many comments from localities in promoting human resource cooperation with Japan.</p>
<h2>THE PLAN FOR COOPERATION WITH LOCALITIES IN HUMAN RESOURCES TRAINING REMAINS VERY LARGE</h2>
<p>Currently, Dien Bien has 13 vocational education institutions with an enrollment of 8,500 – 9,000 people per year; the employment rate of vocational school graduates is over 80%.</p>
<figure><img src="${image('thematic-session')}" width="800" height="450" alt="Delegates at the thematic discussion session"><figcaption>Phiên thảo luận chuyên đề thu hút sự tham gia của nhiều dịa phương Việt Nam - Nhật Bản. Ảnh - N.Dương.<br>The thematic discussion session attracted the participation of many Vietnamese and Japanese localities.</figcaption></figure>
<h2>THE OPPORTUNITY TO SEND LABOR TO JAPAN IS HUGE</h2>
<p>The whole province currently has more than 470,000 workers, but the difficulty is still the lack of skilled workers.</p>
<table><caption>Workers trained</caption><tr><th>Province</th><th>Target 2025</th><th>Now</th></tr><tr><td>Phu Yen</td><td>80%</td><td>74%</td></tr></table>
<p>(According to VNEconomy)</p>`,
  image: trainingJapanImage,
  authors: [{name: 'MOLISA'}],
  published: '2023-11-02T02:15:00Z',
  updated: '2023-11-03T09:20:00Z',
  section: 'News',
  tags: ['Vietnam – Japan', 'Vocational training', 'Human resources'],
  language: 'en',
  source: {name: 'VNEconomy'},
  commentsUrl:
    'https://molisa.example.vn/news/promote-cooperation-in-training-high-quality-human-resources-between-vietnam-and-japan#comments',
  commentCount: 2,
};

const arabic: Article = {
  ...seedArticle,
  id: 'ar',
  title: 'تعزيز التعاون في تدريب الموارد البشرية عالية الجودة بين فيتنام واليابان',
  summary: 'ما زال نطاق التعاون في تدريب العمالة مع المحليات اليابانية واسعًا جدًا.',
  contentHtml:
    '<p>سجّلت الجلسة المواضيعية حول التعليم والتدريب العديد من التعليقات من المحليات.</p><h2>فرصة كبيرة</h2><p>يضم الإقليم أكثر من 470 ألف عامل.</p>',
  section: 'أخبار',
  tags: ['فيتنام – اليابان'],
  language: 'ar',
  source: undefined,
};

const longText: Article = {
  ...seedArticle,
  id: 'long',
  title: `${seedArticle.title} — ${'Supercalifragilisticexpialidocious'.repeat(3)}`,
  contentHtml: `${seedArticle.contentHtml!.replace('<p>(According to VNEconomy)</p>', '')}${'<p>Referring to the direction of cooperation in high-quality human resource training between Vietnam and Japan in the coming time, the General Department will continue to implement ODA projects with Japan as well as the KOSEN model.</p>'.repeat(6)}<table><caption>A wide table</caption><tr>${'<th>Column heading</th>'.repeat(14)}</tr><tr>${'<td>155,000</td>'.repeat(14)}</tr></table><p>(According to VNEconomy)</p>`,
  authors: [{name: 'Nguyễn Thị Thanh Bình'}, {name: 'Phạm Tấn Hòa'}, {name: 'Đào Mỹ'}],
  tags: [...seedArticle.tags, 'KOSEN', 'ODA', 'Dien Bien', 'Phu Yen', 'Long An'],
  commentCount: 1234,
};

interface Args {
  article?: Article;
  src?: string;
  articleId?: string;
  headingLevel: number;
  lang: string;
  timeZone: string;
  colorScheme?: 'light' | 'dark' | 'auto';
}

export default {
  title: 'Elements/news-article',
  component: 'news-article',
  args: {article: seedArticle, headingLevel: 1, lang: 'en', timeZone: 'Asia/Ho_Chi_Minh'} as Args,
  argTypes: {
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
    ...localeArgTypes,
    timeZone: {control: 'text'},
  },
  render: (a: Args) =>
    html`<news-article
      .article=${a.article}
      src=${a.src ?? nothing}
      article-id=${a.articleId ?? nothing}
      heading-level=${a.headingLevel}
      lang=${a.lang}
      time-zone=${a.timeZone}
      color-scheme=${a.colorScheme ?? nothing}
    ></news-article>`,
  parameters: {rendered: 'article, [part=not-found]'},
};

export const Default = {};
/** The same article with its UI in Vietnamese: the page's language, not the article's. */
export const VietnameseUI = {args: {lang: 'vi'}};
export const JapaneseUI = {args: {lang: 'ja'}};
export const Loading = {args: {article: undefined, src: LOADING}};
export const Error = {args: {article: undefined, src: MISSING}};
export const NotFound = {
  args: {
    article: undefined,
    src: new URL('../test/fixtures/feeds/seed-article.wp.json', import.meta.url).href,
    articleId: 'no-such-article',
  },
};
export const NoImage = {args: {article: {...seedArticle, image: undefined}}};
export const RTL = {args: {article: arabic, lang: 'ar'}};
export const Dark = {args: {colorScheme: 'dark'}};
export const LongText = {args: {article: longText}};

/** Sample articles for stories, from the seed pages (local images, no network). */
import type {Article, ArticleImage} from '../src/data/article.js';

/** The `lang` and `colorScheme` controls every element's stories share. */
export const localeArgTypes = {
  lang: {
    control: 'select',
    options: ['en', 'vi', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'th', 'id', 'fr', 'de', 'es', 'ar'],
  },
  colorScheme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
};

const image = (name: string) => new URL(`../demo/sample/images/${name}.svg`, import.meta.url).href;

/**
 * The first seed article's lead photo, as the feed pipeline leaves it: the caption in Vietnamese
 * then English, its credits taken out into `credit`.
 */
export const trainingJapanImage: ArticleImage = {
  url: image('training-japan'),
  alt: 'Workers in a vocational training class',
  caption:
    'Đào tạo cho người lao động đi làm việc tại Nhật Bản. Training for workers to work in Japan.',
  credit: 'MOLISA',
  width: 800,
  height: 450,
};

export const imJapan: Article = {
  id: 'molisa-deputy-minister-im-japan',
  url: 'https://molisa.example.vn/english-review/molisa-deputy-minister-nguyen-ba-hoan-received-the-president-of-im-japan',
  title: 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan',
  summary:
    'MoLISA Deputy Minister Nguyen Ba Hoan had a meeting with Mr. Kanamori Hitoshi - President of the Japan’s International Human Resources Development Organization (IM Japan) on November 10.',
  image: {
    url: image('im-japan'),
    alt: 'Deputy Minister Nguyen Ba Hoan meets Mr. Kanamori Hitoshi',
    width: 800,
    height: 450,
  },
  authors: [{name: 'LĐXH'}],
  published: '2023-11-13T03:40:00Z',
  section: 'English Review',
  tags: ['Vietnamese interns'],
  language: 'en',
  source: {name: 'VNEconomy'},
  dateline: 'LĐXH',
};

export const arabic: Article = {
  ...imJapan,
  id: 'ar',
  title: 'نائب وزير العمل يستقبل رئيس منظمة IM Japan',
  summary: 'عقد نائب الوزير اجتماعًا مع السيد كانا موري هيتوشي في العاشر من نوفمبر.',
  language: 'ar',
  tags: ['متدربون فيتناميون'],
};

export const longText: Article = {
  ...imJapan,
  id: 'long',
  title:
    'Awarding “Medal for the Cause of Labour - Invalids and Social Affairs” to Labour and Employment Attache of the ROK Embassy in Vietnam ' +
    'Supercalifragilisticexpialidocious'.repeat(4),
  summary:
    'Promote cooperation in training high-quality human resources between Vietnam and Japan. '.repeat(
      8
    ),
  authors: [{name: 'Nguyễn Thị Thanh Bình'}, {name: 'Phạm Tấn Hòa'}, {name: 'Đào Mỹ'}],
  tags: ['Vietnam – Japan', 'Vocational training', 'Human resources', 'KOSEN'],
};

import type {Article} from '../../src/data/article.js';

/** The second seed article, as our own inline JSON would carry it. */
export const seedArticle: Article = {
  id: 'molisa-im-japan',
  url: 'https://example.vn/english-review/molisa-deputy-minister-received-president-of-im-japan',
  title: 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan',
  summary:
    'MoLISA Deputy Minister Nguyen Ba Hoan had a meeting with Mr. Kanamori Hitoshi - President of the Japan’s International Human Resources Development Organization (IM Japan) on November 10.',
  image: {
    url: new URL('/test/fixtures/images/im-japan.svg', location.href).href,
    alt: 'Deputy Minister Nguyen Ba Hoan and Mr. Kanamori Hitoshi at the meeting',
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

export const make = (over: Partial<Article> = {}): Article => ({...seedArticle, ...over});

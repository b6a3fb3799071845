import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {
  extractDateline,
  extractSource,
  guessLanguage,
  parseCaption,
  slugify,
  splitCredit,
  stripDateline,
  summaryRepeatsBody,
  withConventions,
} from '../../src/data/conventions.js';
import type {Article} from '../../src/data/article.js';
import {htmlToText} from '../../src/data/html.js';
import {parseFeed} from '../../src/data/parse.js';
import '../../src/news-article/news-article.js';
import '../../src/news-card/news-card.js';
import type {NewsArticle} from '../../src/news-article/news-article.component.js';
import type {NewsCard} from '../../src/news-card/news-card.component.js';

const VI = 'Đào tạo cho người lao động đi làm việc tại Nhật Bản.';
const EN = 'Training for workers to work in Japan.';

describe('seed conventions: captions in two languages', () => {
  it('splits the seed caption on two lines into vi and en with one credit', () => {
    expect(parseCaption(`${VI} Ảnh - MOLISA.\n${EN} Photo – MOLISA.`)).to.deep.equal({
      parts: [
        {text: VI, lang: 'vi'},
        {text: EN, lang: 'en'},
      ],
      credit: 'MOLISA',
    });
  });

  it('splits it on one line, keeping a credit with initials whole', () => {
    expect(parseCaption(`${VI} Ảnh - MOLISA. ${EN} Photo – MOLISA.`).parts).to.have.length(2);
    expect(
      parseCaption(
        'Phiên thảo luận chuyên đề thu hút sự tham gia của nhiều dịa phương Việt Nam - Nhật Bản. Ảnh - N.Dương. The thematic discussion session attracted many localities.'
      )
    ).to.deep.equal({
      parts: [
        {
          text: 'Phiên thảo luận chuyên đề thu hút sự tham gia của nhiều dịa phương Việt Nam - Nhật Bản.',
          lang: 'vi',
        },
        {text: 'The thematic discussion session attracted many localities.', lang: 'en'},
      ],
      credit: 'N.Dương',
    });
  });

  it('splits a caption whose credits were already removed, by its change of language', () => {
    expect(parseCaption(`${VI} ${EN}`)).to.deep.equal({
      parts: [
        {text: VI, lang: 'vi'},
        {text: EN, lang: 'en'},
      ],
    });
  });

  it('keeps one language whole, even with a Vietnamese name in it', () => {
    expect(
      parseCaption('Deputy Minister Nguyễn Bá Hoan meets Mr. Kanamori. The meeting was long.')
    ).to.deep.equal({
      parts: [{text: 'Deputy Minister Nguyễn Bá Hoan meets Mr. Kanamori. The meeting was long.'}],
    });
    expect(
      parseCaption('Thứ trưởng Nguyễn Bá Hoan tiếp Chủ tịch IM Japan. Ảnh - MOLISA.')
    ).to.deep.equal({
      parts: [{text: 'Thứ trưởng Nguyễn Bá Hoan tiếp Chủ tịch IM Japan.', lang: 'vi'}],
      credit: 'MOLISA',
    });
    expect(parseCaption('A caption without credit.')).to.deep.equal({
      parts: [{text: 'A caption without credit.'}],
    });
    expect(parseCaption('   ')).to.deep.equal({parts: []});
  });

  it('reads "(Nguồn: …)" credits and joins two different credits', () => {
    expect(parseCaption('Lễ ký kết (Nguồn: VnExpress) The signing ceremony.')).to.deep.equal({
      parts: [
        {text: 'Lễ ký kết', lang: 'vi'},
        {text: 'The signing ceremony.', lang: 'en'},
      ],
      credit: 'VnExpress',
    });
    expect(parseCaption(`${VI} Ảnh - MOLISA.\n${EN} Photo – Reuters.`).credit).to.equal(
      'MOLISA / Reuters'
    );
  });

  it('guesses languages only when the letters show them', () => {
    expect(guessLanguage(VI)).to.equal('vi');
    expect(guessLanguage(EN)).to.equal(undefined);
    expect(guessLanguage('日本で働く労働者の研修')).to.equal('ja');
    expect(guessLanguage('일본 근로자 교육')).to.equal('ko');
    expect(guessLanguage('تدريب العمال')).to.equal('ar');
  });
});

describe('seed conventions: every caption form, read by the one parser', () => {
  const VI_C = `${VI} Ảnh - MOLISA.`;
  const EN_C = `${EN} Photo – MOLISA.`;
  const both = {
    parts: [
      {text: VI, lang: 'vi'},
      {text: EN, lang: 'en'},
    ],
    credit: 'MOLISA',
  };
  // [form, caption, parseCaption(caption), splitCredit(caption)]
  const table: [string, string, ReturnType<typeof parseCaption>, ReturnType<typeof splitCredit>][] =
    [
      [
        'the seed caption on two lines',
        `${VI_C}\n${EN_C}`,
        both,
        {caption: `${VI} ${EN}`, credit: 'MOLISA'},
      ],
      [
        'the seed caption on one line',
        `${VI_C} ${EN_C}`,
        both,
        {caption: `${VI} ${EN}`, credit: 'MOLISA'},
      ],
      [
        'the seed caption with credits stripped, on one line',
        `${VI} ${EN}`,
        {parts: both.parts},
        {caption: `${VI} ${EN}`},
      ],
      [
        'the seed caption with credits stripped, on two lines',
        `${VI}\n${EN}`,
        {parts: both.parts},
        {caption: `${VI}\n${EN}`},
      ],
      [
        'English only, with its credit',
        EN_C,
        {parts: [{text: EN, lang: 'en'}], credit: 'MOLISA'},
        {caption: EN, credit: 'MOLISA'},
      ],
      ['English only, without credit', EN, {parts: [{text: EN}]}, {caption: EN}],
      [
        'Vietnamese only, with its credit',
        VI_C,
        {parts: [{text: VI, lang: 'vi'}], credit: 'MOLISA'},
        {caption: VI, credit: 'MOLISA'},
      ],
      ['Vietnamese only, without credit', VI, {parts: [{text: VI, lang: 'vi'}]}, {caption: VI}],
      [
        'a credit with a spaced initial, mid-line',
        'Lễ ký kết. Ảnh - T. Hương. The signing.',
        {
          parts: [
            {text: 'Lễ ký kết.', lang: 'vi'},
            {text: 'The signing.', lang: 'en'},
          ],
          credit: 'T. Hương',
        },
        {caption: 'Lễ ký kết. The signing.', credit: 'T. Hương'},
      ],
      [
        'a credit in brackets',
        'Lễ ký kết (Nguồn: VnExpress)',
        {parts: [{text: 'Lễ ký kết', lang: 'vi'}], credit: 'VnExpress'},
        {caption: 'Lễ ký kết', credit: 'VnExpress'},
      ],
      // Not split: a credit alone, and sentences without credit words or a change of language.
      [
        'a credit alone',
        'Photo: Reuters',
        {parts: [], credit: 'Reuters'},
        {caption: '', credit: 'Reuters'},
      ],
      ['short sentences', 'A. B. C.', {parts: [{text: 'A. B. C.'}]}, {caption: 'A. B. C.'}],
      [
        'English sentences naming Vietnamese people',
        'Mr. Nguyễn Bá Hoan spoke. Ms. Lan Anh listened. Dr. Kanamori replied.',
        {parts: [{text: 'Mr. Nguyễn Bá Hoan spoke. Ms. Lan Anh listened. Dr. Kanamori replied.'}]},
        {caption: 'Mr. Nguyễn Bá Hoan spoke. Ms. Lan Anh listened. Dr. Kanamori replied.'},
      ],
      [
        'two lines in one language',
        'Line one\nLine two',
        {parts: [{text: 'Line one Line two'}]},
        {caption: 'Line one\nLine two'},
      ],
      [
        'a photo word that is no credit',
        'Photos of the meeting were shown.',
        {parts: [{text: 'Photos of the meeting were shown.'}]},
        {caption: 'Photos of the meeting were shown.'},
      ],
    ];
  for (const [form, text, parsed, split] of table) {
    it(`reads ${form}`, () => {
      expect(parseCaption(text), 'parseCaption').to.deep.equal(parsed);
      expect(splitCredit(text), 'splitCredit').to.deep.equal(split);
    });
  }

  it('gives the Latin-script half the language of the article around it', () => {
    expect(parseCaption(`${VI} ${EN}`, {contentLang: 'fr'}).parts[1].lang).to.equal('fr');
    expect(parseCaption(`${VI} ${EN}`, {contentLang: 'ja'}).parts[1].lang).to.equal('en');
    expect(parseCaption(`${VI} ${EN}`, {contentLang: 'vi'}).parts[1].lang).to.equal('en');
  });
});

describe('slugify', () => {
  it('makes URL slugs from tags', () => {
    expect(slugify('Vietnam – Japan')).to.equal('vietnam-japan');
    expect(slugify('Lao động Đà Nẵng')).to.equal('lao-dong-da-nang');
    expect(slugify('  C++ & Go!  ')).to.equal('c-go');
    expect(slugify('متدربون فيتناميون')).to.equal('متدربون-فيتناميون');
    expect(slugify('!!!')).to.equal('');
  });
});

/* ——— Newsroom conventions in article bodies, from a feed and from the `article` property ——— */

const FEED = '/test/fixtures/feeds/conventions.json';
type FeedItem = {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary?: string;
  authors?: {name: string}[];
  language: string;
  date_published: string;
  image: string;
};

const sq = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const txt = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const paragraphs = (el: NewsArticle) =>
  [...el.shadowRoot!.querySelectorAll('.body p')].map((p) => txt(p)).filter(Boolean);
const photo = (el: NewsArticle) => sq(el, '.body photo-caption');

// [form, feed item id, what <news-article> shows]
const FORMS: [string, string, (el: NewsArticle) => void][] = [
  [
    'a dateline after a lead <figure> (WordPress)',
    'figure-first',
    (el) => {
      expect(txt(sq(el, '[part=dateline]'))).to.equal('LĐXH');
      expect(paragraphs(el)[0]).to.match(/^MoLISA Deputy Minister/);
    },
  ],
  [
    'a "Hà Nội (TTXVN) -" dateline',
    'place-dateline',
    (el) => {
      expect(txt(sq(el, '[part=dateline]'))).to.equal('Hà Nội (TTXVN)');
      expect(paragraphs(el)[0]).to.match(/^Bộ Lao động đã/);
    },
  ],
  [
    'a dateline in bold, "<strong>(LĐXH)</strong>-"',
    'bold-dateline',
    (el) => {
      expect(txt(sq(el, '[part=dateline]'))).to.equal('LĐXH');
      expect(paragraphs(el)[0]).to.match(/^The Deputy Minister/);
    },
  ],
  [
    '"Theo VnExpress" without parentheses',
    'bare-theo',
    (el) => {
      expect(txt(sq(el, '[part=source]'))).to.equal('According to VnExpress');
      expect(paragraphs(el).join(' ')).to.not.contain('Theo VnExpress');
    },
  ],
  [
    '"Nguồn: TTXVN" without parentheses',
    'bare-nguon',
    (el) => {
      expect(txt(sq(el, '[part=source]'))).to.equal('According to TTXVN');
      expect(paragraphs(el).join(' ')).to.not.contain('Nguồn');
    },
  ],
  [
    'a source at the end of the last paragraph',
    'source-in-paragraph',
    (el) => {
      expect(txt(sq(el, '[part=source]'))).to.equal('According to VNEconomy');
      expect(paragraphs(el)).to.deep.equal([
        'First paragraph.',
        'The province will promote training.',
      ]);
    },
  ],
  [
    'a source followed by an author line',
    'source-then-author',
    (el) => {
      expect(txt(sq(el, '[part=source]'))).to.equal('According to VNEconomy');
      expect(paragraphs(el)).to.deep.equal(['First paragraph.', 'Minh Anh']);
    },
  ],
  [
    'a closing sentence that starts with "Theo" (not a source)',
    'sentence-not-source',
    (el) => {
      expect(sq(el, '[part=source]')).to.equal(null);
      expect(paragraphs(el)[1]).to.match(/^Theo số liệu/);
    },
  ],
  [
    'a WordPress automatic excerpt ending in "[…]" (no standfirst repeating the body)',
    'wp-excerpt',
    (el) => {
      expect(sq(el, '[part=summary]')).to.equal(null);
      expect(paragraphs(el)[0]).to.match(/^Thematic session/);
    },
  ],
  [
    'a byline that only repeats the dateline agency ("By LĐXH")',
    'byline-agency',
    (el) => {
      expect(sq(el, '[part=byline]')).to.equal(null);
      expect(txt(sq(el, '[part=dateline]'))).to.equal('LĐXH');
    },
  ],
  [
    'a caption note "(Ảnh minh họa)" (not an English translation)',
    'illustration',
    (el) => {
      const p = photo(el)!;
      expect(p.hasAttribute('translation'), 'no translation').to.equal(false);
      expect(p.getAttribute('caption')).to.contain('Công nhân làm việc tại nhà máy.');
    },
  ],
  [
    'credits that differ only by accents ("N.Dương" / "N.Duong")',
    'credit-accents',
    (el) => {
      expect(photo(el)!.getAttribute('credit')).to.equal('N.Dương');
    },
  ],
];

describe('newsroom conventions: every form, from a feed and from the article property', () => {
  let items: FeedItem[] = [];
  before(async () => {
    items = (await (await fetch(FEED)).json()).items;
  });

  const settle = async (el: NewsArticle) => {
    await waitUntil(
      () => !!sq(el, 'article') && !sq(el, '.body[aria-busy=true]'),
      'the article and its body rendered'
    );
    await el.updateComplete;
  };

  for (const [form, id, check] of FORMS) {
    it(`reads ${form} from a feed (src)`, async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article lang="en" src=${FEED} article-id=${id}></news-article>`
      );
      await settle(el);
      check(el);
    });

    it(`reads ${form} from the article property`, async () => {
      const item = items.find((i) => i.id === id)!;
      const article: Article = {
        id: item.id,
        url: item.url,
        title: item.title,
        contentHtml: item.content_html,
        ...(item.summary ? {summary: htmlToText(item.summary)} : {}),
        authors: item.authors ?? [],
        tags: [],
        language: item.language,
        published: item.date_published,
        image: {url: new URL(item.image, location.href).href},
      };
      const el = await fixture<NewsArticle>(
        html`<news-article lang="en" .article=${article}></news-article>`
      );
      await settle(el);
      check(el);
    });
  }
});

// [form, feed item id, the model's dateline, the card's source line, the card's byline]
const CARD_FORMS: [string, string, string | undefined, string | null, string | null][] = [
  ['a dateline after a lead <figure>', 'figure-first', 'LĐXH', null, null],
  ['a "Hà Nội (TTXVN) -" dateline', 'place-dateline', 'Hà Nội (TTXVN)', null, null],
  ['a dateline in bold', 'bold-dateline', 'LĐXH', null, null],
  ['"Theo VnExpress" without parentheses', 'bare-theo', undefined, 'According to VnExpress', null],
  ['"Nguồn: TTXVN" without parentheses', 'bare-nguon', undefined, 'According to TTXVN', null],
  [
    'a source ending the last paragraph',
    'source-in-paragraph',
    undefined,
    'According to VNEconomy',
    null,
  ],
  [
    'a source before an author line',
    'source-then-author',
    undefined,
    'According to VNEconomy',
    null,
  ],
  ['a closing sentence starting with "Theo"', 'sentence-not-source', undefined, null, null],
  ['a byline repeating the dateline agency', 'byline-agency', 'LĐXH', null, null],
];

describe('newsroom conventions on cards: a feed gives the model withConventions gives the article property', () => {
  let items: FeedItem[] = [];
  let fromFeed: Article[] = [];
  before(async () => {
    const text = await (await fetch(FEED)).text();
    items = JSON.parse(text).items;
    fromFeed = (await parseFeed(text, {url: new URL(FEED, location.href).href})).articles;
  });

  /** The article as an app would pass it, from the same feed item (nothing pre-read). */
  const asProperty = (id: string): Article => {
    const item = items.find((i) => i.id === id)!;
    return {
      id: item.id,
      url: item.url,
      title: item.title,
      contentHtml: item.content_html,
      authors: item.authors ?? [],
      tags: [],
      language: item.language,
      published: item.date_published,
    };
  };

  const cardLines = (el: NewsCard) => ({
    source: sq(el, '[part=source]') ? txt(sq(el, '[part=source]')) : null,
    byline: sq(el, '[part=byline]') ? txt(sq(el, '[part=byline]')) : null,
  });

  for (const [form, id, dateline, source, byline] of CARD_FORMS) {
    it(`${form}: the same dateline, source and byline either way`, async () => {
      const feedArticle = fromFeed.find((a) => a.id === id)!;
      expect(feedArticle, 'in the feed').to.exist;
      expect(feedArticle.dateline, 'dateline from the feed').to.equal(dateline);
      expect(withConventions(asProperty(id)).dateline, 'dateline from the property').to.equal(
        dateline
      );
      expect(feedArticle.source?.name, 'source from the feed').to.equal(
        withConventions(asProperty(id)).source?.name
      );

      const bySrc = await fixture<NewsCard>(
        html`<news-card lang="en" src=${FEED} article-id=${id}></news-card>`
      );
      await waitUntil(() => sq(bySrc, 'article'), 'the card from src');
      expect(cardLines(bySrc), 'card from src').to.deep.equal({source, byline});
    });
  }
});

describe('newsroom conventions: the readers', () => {
  it('reads datelines with and without a place, and nothing else', () => {
    expect(extractDateline('(LĐXH)- MoLISA')).to.equal('LĐXH');
    expect(extractDateline('(LĐXH) – MoLISA')).to.equal('LĐXH');
    expect(extractDateline('Hà Nội (TTXVN) - Bộ')).to.equal('Hà Nội (TTXVN)');
    expect(extractDateline('TP Hồ Chí Minh (VNA) — The')).to.equal('TP Hồ Chí Minh (VNA)');
    expect(extractDateline('The minister (MoLISA) said')).to.equal(undefined);
    expect(extractDateline('(According to VNEconomy) - x')).to.equal(undefined);
    expect(stripDateline('Hà Nội (TTXVN) - Bộ Lao động')).to.equal('Bộ Lao động');
  });

  it('reads a dateline behind directional marks, embeddings and isolates', () => {
    for (const mark of ['\u200e', '\u200f', '\u061c', '\u202b', '\u202a', '\u2067', '\u2068'])
      expect(extractDateline(`${mark}(LĐXH)- MoLISA`), escape(mark)).to.equal('LĐXH');
    expect(extractDateline('\u200f Hà Nội (TTXVN) - Bộ')).to.equal('Hà Nội (TTXVN)');
    expect(stripDateline('\u202b(LĐXH)- Bộ Lao động')).to.equal('Bộ Lao động');
    expect(extractDateline('\u200fThe minister (MoLISA) said')).to.equal(undefined);
  });

  it('reads a dateline behind a directional mark in a feed body, with and without a parse', async () => {
    const item = (body: string) =>
      `<item><title>t</title><link>https://x.example/a</link><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
    const rss =
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>c</title>` +
      item('<p>\u200f(LĐXH)- MoLISA Deputy Minister met the delegation.</p>') +
      item('<table><tr><td>x</td></tr></table><p>\u202b(TTXVN)- The ministry said.</p>') +
      item('<p>(VNA)- Without a mark.</p>') +
      `</channel></rss>`;
    const feed = await parseFeed(rss, {url: 'https://x.example/feed.xml'});
    expect(feed.articles.map((a) => a.dateline)).to.deep.equal(['LĐXH', 'TTXVN', 'VNA']);
  });

  it('reads source lines in every form, and not sentences', () => {
    expect(extractSource('(According to VNEconomy)')).to.deep.equal({name: 'VNEconomy'});
    expect(extractSource('… training. (Theo VNEconomy).')).to.deep.equal({name: 'VNEconomy'});
    expect(extractSource('Theo VnExpress')).to.deep.equal({name: 'VnExpress'});
    expect(extractSource('Nguồn: Báo Lao Động')).to.deep.equal({name: 'Báo Lao Động'});
    expect(extractSource('Theo số liệu của Tổng cục Thống kê, tỷ lệ giảm.')).to.equal(undefined);
    expect(extractSource('According to the Chairman, the need is large.')).to.equal(undefined);
  });

  it('finds what the adapter missed, once, and keeps the same object otherwise', () => {
    const a: Article = {
      id: 'x',
      title: 'T',
      authors: [{name: 'By LĐXH'}, {name: 'Lan Anh'}],
      tags: [],
      contentHtml:
        '<figure><img src="a.jpg"><figcaption>(Ảnh: A)</figcaption></figure><p>(LĐXH)- Text.</p><p>(Theo VnExpress)</p>',
    };
    const out = withConventions(a);
    expect(out.dateline).to.equal('LĐXH');
    expect(out.source).to.deep.equal({name: 'VnExpress'});
    expect(out.authors).to.deep.equal([{name: 'Lan Anh'}]);
    expect(withConventions(a)).to.equal(out);
    const plain: Article = {
      id: 'y',
      title: 'T',
      authors: [],
      tags: [],
      contentHtml: '<p>Text.</p>',
    };
    expect(withConventions(plain)).to.equal(plain);
  });

  it('knows a standfirst that only repeats the body', () => {
    const body =
      '<p>(LĐXH)- Thematic session on Education and Training recorded many comments.</p>';
    expect(summaryRepeatsBody('Thematic session on Education and Training recorded […]', body)).to
      .be.true;
    expect(summaryRepeatsBody('Thematic session on Education and Training recorded...', body)).to.be
      .true;
    expect(summaryRepeatsBody('A real standfirst written by the editor, not the body.', body)).to.be
      .false;
  });
});

describe('<news-article>: the seed styles as options', () => {
  const article = (over: Partial<Article> = {}): Article => ({
    id: 'seed',
    url: 'https://molisa.example.vn/english-review/im-japan',
    title: 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan',
    contentHtml:
      '<p>(LĐXH)- MoLISA Deputy Minister Nguyen Ba Hoan had a meeting.</p><p>Second.</p>',
    authors: [],
    tags: ['Vietnamese interns'],
    section: 'English Review',
    published: '2023-11-13T03:40:00Z',
    ...over,
  });
  const settle = async (el: NewsArticle) => {
    await waitUntil(() => !!sq(el, 'article') && !sq(el, '.body[aria-busy=true]'));
    await el.updateComplete;
  };

  it('dateline-style="inline" keeps "(LĐXH)-" opening the body, and writes it when the body does not', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article lang="en" dateline-style="inline" .article=${article()}></news-article>`
    );
    await settle(el);
    expect(paragraphs(el)[0]).to.match(/^\(LĐXH\)- MoLISA Deputy Minister/);
    expect(sq(el, '.meta [part=dateline]')).to.equal(null);
    el.article = article({dateline: 'TTXVN', contentHtml: '<p>Text without it.</p>'});
    await settle(el);
    await waitUntil(() => paragraphs(el)[0]?.startsWith('(TTXVN)- '), 'the dateline written');
    expect(paragraphs(el)[0]).to.equal('(TTXVN)- Text without it.');
  });

  it('forwards tags-label and breadcrumb-separator, and writes dates in date-format', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article
        lang="en"
        tags-label="TAG:"
        breadcrumb-separator="/"
        time-zone="Asia/Ho_Chi_Minh"
        date-format="hh:mm a dd/MM/yyyy"
        .article=${article()}
      ></news-article>`
    );
    await settle(el);
    const tags = sq(el, 'news-tags')!;
    await waitUntil(() => tags.shadowRoot?.querySelector('[part=label]'));
    expect(txt(tags.shadowRoot!.querySelector('[part=label]'))).to.equal('TAG:');
    const crumbs = sq(el, 'news-breadcrumbs')!;
    await waitUntil(() => crumbs.shadowRoot?.querySelector('[part=separator]'));
    const sep = crumbs.shadowRoot!.querySelector('[part=separator]')!;
    expect(txt(sep)).to.equal('/');
    expect(sep.getAttribute('aria-hidden')).to.equal('true');
    expect(txt(sq(el, '[part=published]'))).to.equal('10:40 AM 13/11/2023');
  });

  it('canonical declares the original as the page’s canonical URL, unless the page has one', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article canonical .article=${article()}></news-article>`
    );
    await settle(el);
    const link = () => document.head.querySelector<HTMLLinkElement>('link[rel=canonical]');
    expect(link()?.href).to.equal('https://molisa.example.vn/english-review/im-japan');
    el.canonical = false;
    await el.updateComplete;
    expect(link()).to.equal(null);
    const theirs = document.createElement('link');
    theirs.rel = 'canonical';
    theirs.href = 'https://partner.example/copy';
    document.head.append(theirs);
    try {
      el.canonical = true;
      await el.updateComplete;
      expect([...document.head.querySelectorAll('link[rel=canonical]')]).to.deep.equal([theirs]);
    } finally {
      theirs.remove();
    }
  });

  it('leaves "Read the original article" out on the original’s own page', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article .article=${article({url: location.href})}></news-article>`
    );
    await settle(el);
    expect(sq(el, '[part=original]')).to.equal(null);
    el.article = article();
    await settle(el);
    await waitUntil(() => sq(el, '[part=original]'), 'the original link for another URL');
  });
});

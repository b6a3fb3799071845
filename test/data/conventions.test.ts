import {expect} from '@open-wc/testing';
import {guessLanguage, parseCaption, slugify, splitCredit} from '../../src/data/conventions.js';

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

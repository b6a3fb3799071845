/** <photo-caption> in every state. CSF 3: Storybook's web-components renderer can load it. */
import {html, nothing} from 'lit';
import '../src/photo-caption/photo-caption.js';
import type {ArticleImage} from '../src/data/article.js';
import {localeArgTypes} from './sample.js';
import {MISSING} from './routes.js';

const image = (name: string) => new URL(`../demo/sample/images/${name}.svg`, import.meta.url).href;

/** The seed page's caption, as it is written: two languages, a credit after each. */
const SEED_CAPTION =
  'Đào tạo cho người lao động đi làm việc tại Nhật Bản. Ảnh - MOLISA.\nTraining for workers to work in Japan. Photo – MOLISA.';

interface Args {
  image?: ArticleImage;
  src?: string;
  alt?: string;
  caption?: string;
  captionLang?: string;
  translation?: string;
  translationLang?: string;
  credit?: string;
  width?: number;
  height?: number;
  ratio?: string;
  priority: boolean;
  zoomable: boolean;
  lang: string;
  colorScheme?: 'light' | 'dark' | 'auto';
}

export default {
  title: 'Elements/photo-caption',
  component: 'photo-caption',
  args: {
    src: image('training-japan'),
    alt: 'Workers in a vocational training class',
    caption: SEED_CAPTION,
    width: 800,
    height: 450,
    priority: false,
    zoomable: false,
    lang: 'en',
  } as Args,
  argTypes: {
    ratio: {
      control: 'select',
      options: ['16/9', '4/3', '3/2', '1/1', '2/3', '3/4', '21/9', '9/16'],
    },
    ...localeArgTypes,
    priority: {control: 'boolean'},
    zoomable: {control: 'boolean'},
  },
  render: (a: Args) =>
    html`<photo-caption
      .image=${a.image}
      src=${a.src ?? nothing}
      alt=${a.alt ?? nothing}
      .caption=${a.caption}
      caption-lang=${a.captionLang ?? nothing}
      translation=${a.translation ?? nothing}
      translation-lang=${a.translationLang ?? nothing}
      credit=${a.credit ?? nothing}
      width=${a.width ?? nothing}
      height=${a.height ?? nothing}
      ratio=${a.ratio ?? nothing}
      ?priority=${a.priority}
      ?zoomable=${a.zoomable}
      lang=${a.lang}
      color-scheme=${a.colorScheme ?? nothing}
    ></photo-caption>`,
  parameters: {rendered: 'figure'},
};

/** The seed caption, split into Vietnamese and English with the credit once. */
export const Default = {};
export const Bilingual = {
  args: {
    caption: 'Đào tạo cho người lao động đi làm việc tại Nhật Bản.',
    captionLang: 'vi',
    translation: 'Training for workers to work in Japan.',
    translationLang: 'en',
    credit: 'MOLISA',
  },
};
export const FromArticleImage = {
  args: {
    src: undefined,
    alt: undefined,
    caption: undefined,
    width: undefined,
    height: undefined,
    image: {
      url: image('thematic-session'),
      alt: 'Delegates at the thematic discussion session',
      caption:
        'Phiên thảo luận chuyên đề thu hút sự tham gia của nhiều dịa phương Việt Nam - Nhật Bản. The thematic discussion session attracted the participation of many Vietnamese and Japanese localities.',
      credit: 'N.Dương',
      width: 800,
      height: 450,
    },
  },
};
export const SingleLanguage = {
  args: {
    caption: 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan.',
    credit: 'MOLISA',
    src: image('im-japan'),
  },
};
export const Ratio = {args: {ratio: '1/1', width: undefined, height: undefined}};
export const Zoomable = {args: {zoomable: true}};
export const Priority = {args: {priority: true}};
/** An image no server has (`MISSING`): the neutral box, not a broken-image icon. */
export const BrokenImage = {args: {src: `${MISSING}.svg`}};
export const NoImage = {args: {src: undefined, ratio: '16/9'}};
export const Vietnamese = {args: {lang: 'vi', zoomable: true}};
export const RTL = {
  args: {
    lang: 'ar',
    caption: 'تدريب العمال للعمل في اليابان.',
    captionLang: 'ar',
    translation: 'Training for workers to work in Japan.',
    translationLang: 'en',
    credit: 'MOLISA',
  },
};
export const Dark = {args: {colorScheme: 'dark', zoomable: true}};
/** The `<img>` and text written as children: what shows before the element upgrades. */
export const SlottedImage = {
  render: () =>
    html`<photo-caption lang="en"
      ><img
        src=${image('worldskills')}
        alt="Young workers at a skills competition"
        width="800"
        height="450"
      />Vietnamese competitors at the WorldSkills competition. Photo: MOLISA.</photo-caption
    >`,
};

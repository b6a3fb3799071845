/** <news-time> in every format and locale. CSF 3: Storybook's web-components renderer can load it. */
import {html, nothing} from 'lit';
import '../src/news-time/news-time.js';
import {localeArgTypes} from './sample.js';

interface Args {
  datetime: string;
  format: 'auto' | 'relative' | 'absolute';
  kind: 'published' | 'updated';
  withTime: boolean;
  timeZone?: string;
  lang: string;
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
/** The first seed page's time: "10:40 AM 13/11/2023" in Hanoi. */
const SEED = '2023-11-13T10:40:00+07:00';

export default {
  title: 'Elements/news-time',
  component: 'news-time',
  args: {
    datetime: hoursAgo(3),
    format: 'auto',
    kind: 'published',
    withTime: false,
    lang: 'en',
  } as Args,
  argTypes: {
    datetime: {control: 'text'},
    format: {control: 'inline-radio', options: ['auto', 'relative', 'absolute']},
    kind: {control: 'inline-radio', options: ['published', 'updated']},
    withTime: {control: 'boolean'},
    timeZone: {control: 'select', options: ['Asia/Ho_Chi_Minh', 'Asia/Tokyo', 'UTC']},
    lang: localeArgTypes.lang,
  },
  render: (a: Args) =>
    html`<news-time
      datetime=${a.datetime}
      format=${a.format}
      kind=${a.kind}
      ?with-time=${a.withTime}
      time-zone=${a.timeZone ?? nothing}
      lang=${a.lang}
    ></news-time>`,
  parameters: {rendered: 'time[datetime]'},
};

/** Three hours ago: relative ("3 hours ago"). */
export const Default = {};
/** Older than `relative-until` (24 h): the date. */
export const AutoAfterADay = {args: {datetime: hoursAgo(50)}};
export const Absolute = {args: {datetime: SEED, format: 'absolute'}};
/** The seed page's time in Hanoi, with the time of day. */
export const WithTimeInHanoi = {
  args: {datetime: SEED, format: 'absolute', withTime: true, timeZone: 'Asia/Ho_Chi_Minh'},
};
export const Updated = {args: {kind: 'updated', datetime: hoursAgo(1)}};
export const Vietnamese = {args: {lang: 'vi'}};
export const VietnameseDate = {
  args: {
    lang: 'vi',
    datetime: SEED,
    format: 'absolute',
    withTime: true,
    timeZone: 'Asia/Ho_Chi_Minh',
  },
};
export const Japanese = {args: {lang: 'ja', kind: 'updated'}};
export const RTL = {args: {lang: 'ar'}};

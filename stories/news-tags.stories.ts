/** <news-tags> in every state. CSF 3: Storybook's web-components renderer can load it. */
import {html, nothing} from 'lit';
import '../src/news-tags/news-tags.js';
import {localeArgTypes} from './sample.js';

interface Args {
  tags: string[];
  hrefTemplate?: string;
  label?: string;
  noLabel: boolean;
  lang: string;
  colorScheme?: 'light' | 'dark' | 'auto';
}

export default {
  title: 'Elements/news-tags',
  component: 'news-tags',
  args: {
    tags: ['Vietnam – Japan', 'Vocational training', 'Human resources'],
    noLabel: false,
    lang: 'en',
  } as Args,
  argTypes: {
    hrefTemplate: {control: 'text'},
    label: {control: 'text'},
    noLabel: {control: 'boolean'},
    ...localeArgTypes,
  },
  render: (a: Args) =>
    html`<news-tags
      .tags=${a.tags}
      href-template=${a.hrefTemplate ?? nothing}
      label=${a.label ?? nothing}
      ?no-label=${a.noLabel}
      lang=${a.lang}
      color-scheme=${a.colorScheme ?? nothing}
    ></news-tags>`,
  parameters: {rendered: 'ul[role=list]'},
};

export const Default = {};
export const Links = {args: {hrefTemplate: '/tag/{slug}'}};
export const SearchLinks = {args: {hrefTemplate: 'https://molisa.example.vn/search?q={tag}'}};
export const Vietnamese = {args: {lang: 'vi', tags: ['Lao động', 'Đào tạo nghề']}};
export const CustomLabel = {args: {label: 'Topics'}};
export const HiddenLabel = {args: {noLabel: true}};
/** The seed pages' "TAG:" look, as a theme: tokens, not text in the markup. */
export const SeedTheme = {
  args: {tags: ['Vietnamese interns'], hrefTemplate: '/tag/{slug}'},
  render: (a: Args) =>
    html`<news-tags
      .tags=${a.tags}
      href-template=${a.hrefTemplate ?? nothing}
      lang="en"
      label="Tag"
      style="--news-tags-label-transform: uppercase; --news-tags-tag-border: none; --news-tags-label-color: light-dark(#b3261e, #ffb4a8)"
    ></news-tags>`,
};
export const RTL = {args: {lang: 'ar', tags: ['متدربون فيتناميون', 'التدريب المهني']}};
export const Dark = {args: {colorScheme: 'dark', hrefTemplate: '/tag/{slug}'}};
/** Tags written as a JSON child. */
export const JsonChild = {
  render: () =>
    html`<news-tags lang="en" href-template="/tag/{slug}"
      ><script type="application/json">
        ["KOSEN", "Human resources"]
      </script></news-tags
    >`,
};

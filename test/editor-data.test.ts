// What editors read: custom-elements.json names every element with its tag, and the VS Code
// custom data and JetBrains web-types that `npm run build` writes into dist/ (and the package
// ships) list every one of those tags with every attribute, event and part.
import {expect} from '@open-wc/testing';

interface Decl {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: {name: string; type?: {text: string}}[];
  events?: {name: string; type?: {text: string}}[];
  cssParts?: {name: string}[];
}
interface Manifest {
  modules: {path: string; declarations?: Decl[]; exports?: {kind: string; name: string}[]}[];
}

const json = async <T>(url: string): Promise<T> => {
  const res = await fetch(url);
  expect(res.ok, `${url} answers ${res.status}`).to.be.true;
  return (await res.json()) as T;
};

const TAGS = [
  'article-list',
  'news-article',
  'news-breadcrumbs',
  'news-card',
  'news-comments',
  'news-source',
  'news-tags',
  'news-time',
  'photo-caption',
  'related-articles',
];

describe('editor data', () => {
  let elements: Decl[];
  before(async () => {
    const manifest = await json<Manifest>('/custom-elements.json');
    elements = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).filter((d) => d.customElement && d.tagName)
    );
  });

  it('custom-elements.json names every element with its tag, and every tag is defined there', async () => {
    const manifest = await json<Manifest>('/custom-elements.json');
    const tags = elements.map((d) => d.tagName).sort();
    for (const tag of TAGS) expect(tags).to.include(tag);
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name)
    );
    expect(definitions.sort()).to.deep.equal(tags);
  });

  it('every attribute has a type and every event its event class', () => {
    for (const el of elements) {
      for (const a of el.attributes ?? [])
        expect(a.type?.text, `<${el.tagName}> ${a.name}`).to.be.a('string');
      for (const e of el.events ?? [])
        expect(e.type?.text, `<${el.tagName}> ${e.name}`).to.match(/^News\w+Event$/);
    }
  });

  it('VS Code custom data lists every tag with its attributes and enum values', async () => {
    const data = await json<{
      tags: {name: string; attributes: {name: string; values?: {name: string}[]}[]}[];
    }>('/dist/vscode.html-custom-data.json');
    for (const el of elements) {
      const tag = data.tags.find((t) => t.name === el.tagName);
      expect(tag, el.tagName).to.exist;
      expect(tag!.attributes.map((a) => a.name).sort()).to.deep.equal(
        (el.attributes ?? []).map((a) => a.name).sort()
      );
    }
    const card = data.tags.find((t) => t.name === 'news-card')!;
    const layout = card.attributes.find((a) => a.name === 'layout');
    expect(layout?.values?.map((v) => v.name)).to.include('horizontal');
  });

  it('JetBrains web-types list every tag with attributes, events and parts', async () => {
    const data = await json<{
      contributions: {
        html: {
          elements: {
            name: string;
            attributes: {name: string}[];
            events: {name: string}[];
            css: {parts: {name: string}[]};
          }[];
        };
      };
    }>('/dist/web-types.json');
    for (const el of elements) {
      const entry = data.contributions.html.elements.find((e) => e.name === el.tagName);
      expect(entry, el.tagName).to.exist;
      expect(entry!.attributes.map((a) => a.name).sort()).to.deep.equal(
        (el.attributes ?? []).map((a) => a.name).sort()
      );
      expect(entry!.events.map((e) => e.name).sort()).to.deep.equal(
        (el.events ?? []).map((e) => e.name).sort()
      );
      expect(entry!.css.parts.map((p) => p.name).sort()).to.deep.equal(
        (el.cssParts ?? []).map((p) => p.name).sort()
      );
    }
  });
});

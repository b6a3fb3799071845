// `node scripts/editor-data.mjs`: editor completion data from custom-elements.json, written into
// dist/ by `npm run build` and shipped in the package (as Shoelace does):
//  - dist/vscode.html-custom-data.json, VS Code's HTML custom data (`html.customData` setting);
//  - dist/web-types.json, JetBrains web-types (found through package.json "web-types").
// Every element is one the manifest names with a `tagName`; nothing is guessed from file paths.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {elements} from './docs.mjs';

const isPublic = (m) => !m.privacy || m.privacy === 'public';

/** `'a' | 'b'` → ['a', 'b']; anything else → []. */
export function literalValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

// The README on the registry page documents every element under a heading named by its tag.
const docUrl = (tag) => `https://www.npmjs.com/package/news-blocks#${tag}`;

export function vscodeData(manifest) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements(manifest).map(({tag, decl}) => ({
      name: tag,
      description: [decl.summary, decl.description].filter(Boolean).join('\n\n'),
      attributes: (decl.attributes ?? []).map((a) => {
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          description: [a.description, a.type?.text && `Type: ${a.type.text}`]
            .filter(Boolean)
            .join('\n\n'),
          ...(values.length ? {values: values.map((name) => ({name}))} : {}),
          ...(a.type?.text === 'boolean' ? {valueSet: 'v'} : {}),
        };
      }),
      references: [{name: 'Documentation', url: docUrl(tag)}],
    })),
  };
}

export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements(manifest).map(({tag, decl}) => ({
          name: tag,
          description: [decl.summary, decl.description].filter(Boolean).join('\n\n'),
          'doc-url': docUrl(tag),
          attributes: (decl.attributes ?? []).map((a) => {
            const values = literalValues(a.type?.text);
            return {
              name: a.name,
              description: a.description ?? '',
              ...(a.default !== undefined ? {default: a.default} : {}),
              value: values.length
                ? {type: 'enum', kind: 'plain'}
                : {type: a.type?.text ?? 'string', kind: 'plain'},
              ...(values.length ? {values: values.map((name) => ({name}))} : {}),
            };
          }),
          slots: (decl.slots ?? []).map((s) => ({name: s.name, description: s.description ?? ''})),
          events: (decl.events ?? []).map((e) => ({
            name: e.name,
            description: e.description ?? '',
            ...(e.type ? {value: {type: e.type.text}} : {}),
          })),
          js: {
            properties: (decl.members ?? [])
              .filter((m) => m.kind === 'field' && isPublic(m) && !m.static)
              .map((m) => ({
                name: m.name,
                description: m.description ?? '',
                ...(m.type ? {value: {type: m.type.text}} : {}),
              })),
            events: (decl.events ?? []).map((e) => ({
              name: e.name,
              description: e.description ?? '',
            })),
          },
          css: {
            parts: (decl.cssParts ?? []).map((p) => ({
              name: p.name,
              description: p.description ?? '',
            })),
            properties: (decl.cssProperties ?? []).map((p) => ({
              name: p.name,
              description: p.description ?? '',
            })),
          },
        })),
      },
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  mkdirSync('dist', {recursive: true});
  writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(vscodeData(manifest), null, 2));
  writeFileSync('dist/web-types.json', JSON.stringify(webTypes(manifest, pkg), null, 2));
  console.log(
    `editor data: ${elements(manifest).length} elements (dist/vscode.html-custom-data.json, dist/web-types.json)`
  );
}

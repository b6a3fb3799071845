// `node scripts/docs.mjs`: regenerate custom-elements.json, then write each element's API tables
// (attributes, properties, methods, events, slots, parts, CSS properties) into README.md between
// `<!-- api:<tag>:start -->` and `<!-- api:<tag>:end -->`. An element without markers gets a new
// README section before "## Feeds".
// `node scripts/docs.mjs --check`: analyze into a scratch directory and exit 1 when README.md is
// not what the sources say (nothing is written). `npm test` runs the same check from
// scripts/check-manifest.mjs, on the one analysis it makes for custom-elements.json.
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

const README = 'README.md';

/**
 * Runs the analyzer into `out` ('.' writes custom-elements.json; any other folder is scratch,
 * removed after reading) and returns the manifest's text.
 */
export function analyze(out) {
  // The analyzer resolves --outdir against the working directory: keep the scratch dir in the repo.
  // It also rewrites package.json's "customElements" to point into --outdir: put that field back.
  const before = /"customElements":\s*"[^"]*"/.exec(readFileSync('package.json', 'utf8'))?.[0];
  const r = spawnSync('npx', ['cem', 'analyze', '--litelement', '--outdir', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pkg = readFileSync('package.json', 'utf8');
  const after = /"customElements":\s*"[^"]*"/.exec(pkg)?.[0];
  if (before && after && after !== before)
    writeFileSync('package.json', pkg.replace(after, before));
  if (r.status !== 0) process.exit(r.status ?? 1);
  const text = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  if (out !== '.') rmSync(out, {recursive: true, force: true});
  return text;
}

/** Elements: the classes the manifest names with a `tagName` (see custom-elements-manifest.config.mjs). */
export function elements(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind === 'class' && decl.customElement && decl.tagName)
        found.push({tag: decl.tagName, decl, module: mod.path});
    }
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}

const cell = (s) =>
  String(s ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (s) => (s === undefined || s === '' ? '' : '`' + cell(s).replace(/`/g, "'") + '`');

function table(head, rows) {
  if (!rows.length) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const isPublic = (m) => !m.privacy || m.privacy === 'public';

/** The elements that load a feed from `src`: those built on `SourceElement`. */
const sourceElements = (manifest) =>
  elements(manifest).filter((e) =>
    (e.decl.attributes ?? []).some((a) => a.inheritedFrom?.name === 'SourceElement')
  );

/** Names in every one of `lists` (in the first list's order). */
const common = (lists) => (lists[0] ?? []).filter((name) => lists.every((l) => l.includes(name)));

/**
 * The source attributes, methods and events: what every element that takes `src` has, computed
 * from the manifest (each declares them once, inherited from `SourceElement`).
 */
export function sourceApi(manifest) {
  const els = sourceElements(manifest);
  const fromBase = (x) => x.inheritedFrom?.name === 'SourceElement';
  // What SourceElement declares and every source element has (some redeclare one with its
  // own description: it still counts).
  const declared = (key, filter = () => true) =>
    new Set(
      els
        .flatMap((e) => (e.decl[key] ?? []).filter((x) => filter(x) && fromBase(x)))
        .map((x) => x.name)
    );
  const shared = (key, filter = () => true) => {
    const base = declared(key, filter);
    return common(els.map((e) => (e.decl[key] ?? []).filter(filter).map((x) => x.name))).filter(
      (n) => base.has(n)
    );
  };
  const attrNames = shared('attributes');
  const methodNames = shared('members', (m) => m.kind === 'method' && isPublic(m));
  const eventNames = common(els.map((e) => (e.decl.events ?? []).map((ev) => ev.name)));
  // Worded as the shared declaration, for one feed: the card's entry (the analyzer marks an
  // override, like the list's refresh(), as inherited too), else the first.
  const card = els.find((e) => e.tag === 'news-card')?.decl ?? {};
  const all = (key) => [...(card[key] ?? []), ...els.flatMap((e) => e.decl[key] ?? [])];
  const pick = (list, name) => list.find((x) => x.name === name);
  const parts = [
    `Every element that takes \`src\` (${els.map((e) => `\`<${e.tag}>\``).join(', ')}) has these, declared once (\`SourceElement\`, \`src/base/source-element.ts\`) and loading through the one \`FeedController\`. The loader itself is downloaded with the first \`src\`.`,
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attrNames.map((n) => {
        const a = pick(all('attributes'), n);
        return [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          cell(a.description),
        ];
      })
    ),
    table(
      ['method', 'description'],
      methodNames.map((n) => {
        const m = pick(all('members'), n);
        return [
          code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
          cell(m.description),
        ];
      })
    ),
    table(
      ['event', 'description'],
      eventNames.map((n) => {
        const ev = pick(all('events'), n);
        return [code(ev.name), cell(ev.description)];
      })
    ),
  ].filter(Boolean);
  return {
    names: new Set(attrNames),
    block: `<!-- api:source:start -->\n<!-- generated by scripts/docs.mjs from custom-elements.json: do not edit -->\n\n${parts.join('\n\n')}\n\n<!-- api:source:end -->`,
  };
}

function api({tag, decl}, shared = new Set()) {
  const members = (decl.members ?? []).filter((m) => isPublic(m) && !m.static && !m.inheritedFrom);
  const fields = members.filter((m) => m.kind === 'field');
  // The source attributes inherited as they are live in their own table.
  const inShared = (a) => shared.has(a.name) && a.inheritedFrom?.name === 'SourceElement';
  const attrs = (decl.attributes ?? []).filter((a) => !inShared(a));
  const attrFields = new Set(attrs.map((a) => a.fieldName));
  const parts = [];
  const add = (title, t) => t && parts.push(`**${title}**\n\n${t}`);
  add(
    'Attributes',
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attrs.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ])
    )
  );
  add(
    'Properties (no attribute)',
    table(
      ['property', 'type', 'default', 'description'],
      fields
        .filter((f) => !attrFields.has(f.name))
        .map((f) => [code(f.name), code(f.type?.text), code(f.default), cell(f.description)])
    )
  );
  add(
    'Methods',
    table(
      ['method', 'description'],
      members
        .filter((m) => m.kind === 'method' && m.name !== 'render')
        .map((m) => [
          code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
          cell(m.description),
        ])
    )
  );
  add(
    'Events',
    table(
      ['event', 'description'],
      (decl.events ?? []).map((e) => [code(e.name), cell(e.description)])
    )
  );
  add(
    'Slots',
    table(
      ['slot', 'description'],
      (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])
    )
  );
  add(
    'Parts',
    table(
      ['part', 'description'],
      (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])
    )
  );
  add(
    'CSS properties',
    table(
      ['property', 'default', 'description'],
      (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)])
    )
  );
  if ((decl.attributes ?? []).some(inShared))
    parts.push(
      `**Source attributes**: \`${[...shared].filter((n) => (decl.attributes ?? []).some((a) => a.name === n && inShared(a))).join('`, `')}\`, \`refresh()\`, see [Source attributes](#source-attributes).`
    );
  const body = parts.length ? parts.join('\n\n') : '_No public API documented yet._';
  return `<!-- api:${tag}:start -->\n<!-- generated by scripts/docs.mjs from custom-elements.json: do not edit -->\n\n${body}\n\n<!-- api:${tag}:end -->`;
}

/**
 * `readme` with every element's API tables written from `manifest`; `missing` lists the elements
 * that had no markers (they get a new section before "## Feeds").
 */
export function readmeWithApi(manifest, readme) {
  const missing = [];
  const source = sourceApi(manifest);
  const sourceRe = /<!-- api:source:start -->[\s\S]*?<!-- api:source:end -->/;
  if (sourceRe.test(readme)) readme = readme.replace(sourceRe, () => source.block);
  else {
    missing.push('source attributes');
    const at = readme.indexOf('\n## `<');
    const section = `## Source attributes\n\n${source.block}\n\n`;
    readme =
      at < 0
        ? `${readme}\n${section}`
        : `${readme.slice(0, at + 1)}${section}${readme.slice(at + 1)}`;
  }
  for (const el of elements(manifest)) {
    const block = api(el, source.names);
    const re = new RegExp(`<!-- api:${el.tag}:start -->[\\s\\S]*?<!-- api:${el.tag}:end -->`);
    if (re.test(readme)) {
      readme = readme.replace(re, () => block);
    } else {
      missing.push(el.tag);
      const summary = el.decl.summary ? `${cell(el.decl.summary)}\n\n` : '';
      const section = `## \`<${el.tag}>\`\n\n${summary}${block}\n\n`;
      const at = readme.indexOf('\n## Feeds');
      readme =
        at < 0
          ? `${readme}\n${section}`
          : `${readme.slice(0, at + 1)}${section}${readme.slice(at + 1)}`;
    }
  }
  return {readme, missing};
}

/** Exits 1 with a message when README.md's tables are not what `manifest` says. */
export function checkReadme(manifest) {
  const original = readFileSync(README, 'utf8');
  const {readme, missing} = readmeWithApi(manifest, original);
  if (readme !== original) {
    console.error(
      `README.md API tables are stale${missing.length ? ` (no section for ${missing.join(', ')})` : ''}: run \`npm run docs\` and commit README.md.`
    );
    process.exit(1);
  }
  console.log('README.md API tables are current.');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) {
    checkReadme(JSON.parse(analyze('.cem-docs')));
  } else {
    const manifest = JSON.parse(analyze('.'));
    const original = readFileSync(README, 'utf8');
    const {readme, missing} = readmeWithApi(manifest, original);
    if (readme !== original) writeFileSync(README, readme);
    console.log(
      `README.md API tables ${readme === original ? 'already current' : 'updated'}${missing.length ? ` (new sections: ${missing.join(', ')})` : ''}.`
    );
  }
}

// `cem analyze --litelement`: the public API is what the JSDoc says, plus three facts the
// analyzer cannot see on its own, filled in by the plugins below:
// - the tag: elements are registered through `define('news-card', NewsCard)` (a guarded helper),
//   so every such call is read from the AST and its class gets `tagName` and `customElement`, and
//   its module a `custom-element-definition` export (what VS Code, JetBrains and Storybook read);
// - an event's class: `@fires news-load` is matched to the class whose `static eventName` is
//   `'news-load'`, which becomes the event's `type`;
// - attribute types the analyzer leaves out (a numeric default written as an expression).
// The analyzer also guesses events from every `dispatchEvent(new X(…))`, which yields nameless
// or misnamed entries (`feed` from `new NewsLoadEvent(feed)`): keep only events documented with
// `@fires`.
const onlyDocumentedEvents = {
  name: 'news-blocks-only-documented-events',
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.events) continue;
        decl.events = decl.events.filter((e) => e.name && e.description);
        if (!decl.events.length) delete decl.events;
      }
    }
  },
};

/** `define('tag', Class)` calls, by module path. */
const definitions = [];

const tagsFromDefineCalls = {
  name: 'news-blocks-tags-from-define-calls',
  analyzePhase({ts, node, moduleDoc}) {
    if (!ts.isCallExpression(node)) return;
    const callee = node.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : '';
    const [tag, ctor] = node.arguments;
    if (
      name !== 'define' ||
      !tag ||
      !ctor ||
      !ts.isStringLiteralLike(tag) ||
      !ts.isIdentifier(ctor) ||
      !/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(tag.text)
    )
      return;
    definitions.push({tag: tag.text, className: ctor.text, module: moduleDoc.path});
  },
  packageLinkPhase({customElementsManifest}) {
    const classes = new Map();
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.kind === 'class') classes.set(decl.name, {decl, module: mod.path});
      }
    }
    for (const {tag, className, module} of definitions) {
      const found = classes.get(className);
      if (!found) continue;
      found.decl.tagName = tag;
      found.decl.customElement = true;
      const mod = customElementsManifest.modules.find((m) => m.path === module);
      if (!mod) continue;
      mod.exports ??= [];
      if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
        mod.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: {name: className, module: found.module},
        });
      }
    }
    definitions.length = 0;
    for (const mod of customElementsManifest.modules ?? []) {
      // The analyzer's own guess from `customElements.define(tag, ctor)` inside the helper.
      if (mod.exports)
        mod.exports = mod.exports.filter(
          (e) => e.kind !== 'custom-element-definition' || e.name.includes('-')
        );
      // An abstract base (NewsElement) is no element of its own.
      for (const decl of mod.declarations ?? []) {
        if (decl.customElement && !decl.tagName) delete decl.customElement;
      }
    }
  },
};

const eventTypes = {
  name: 'news-blocks-event-types',
  packageLinkPhase({customElementsManifest}) {
    const byName = new Map();
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        const field = decl.members?.find((m) => m.static && m.name === 'eventName');
        const name = /^'([^']+)'$/.exec(field?.default ?? '')?.[1];
        if (name) byName.set(name, decl.name);
      }
    }
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        for (const event of decl.events ?? []) {
          const type = byName.get(event.name);
          if (type && !event.type) event.type = {text: type};
        }
      }
    }
  },
};

/** `@property({type: Number})` fields, as `class.field` → TypeScript type. */
const declaredTypes = new Map();
/** String-literal union aliases by name. */
const aliases = new Map();
const TYPES = {Number: 'number', Boolean: 'boolean', String: 'string'};

const attributeTypes = {
  name: 'news-blocks-attribute-types',
  analyzePhase({ts, node}) {
    // `type CardLayout = 'vertical' | 'horizontal'`: kept so that an attribute typed with the
    // alias lists its values (editors offer them).
    if (
      ts.isTypeAliasDeclaration(node) &&
      ts.isUnionTypeNode(node.type) &&
      node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
    ) {
      aliases.set(node.name.text, node.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
      return;
    }
    if (!ts.isPropertyDeclaration(node) || !ts.isIdentifier(node.name)) return;
    const cls = node.parent;
    if (!ts.isClassDeclaration(cls) || !cls.name) return;
    for (const d of ts.getDecorators?.(node) ?? []) {
      const call = d.expression;
      const options = ts.isCallExpression(call) ? call.arguments[0] : undefined;
      if (!options || !ts.isObjectLiteralExpression(options)) continue;
      for (const p of options.properties) {
        if (
          ts.isPropertyAssignment(p) &&
          ts.isIdentifier(p.name) &&
          p.name.text === 'type' &&
          ts.isIdentifier(p.initializer) &&
          TYPES[p.initializer.text]
        )
          declaredTypes.set(`${cls.name.text}.${node.name.text}`, TYPES[p.initializer.text]);
      }
    }
  },
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        for (const attr of decl.attributes ?? []) {
          const alias = /^(\w+)( \| undefined)?$/.exec(attr.type?.text ?? '');
          if (alias && aliases.has(alias[1])) {
            attr.type = {text: aliases.get(alias[1]) + (alias[2] ?? '')};
            continue;
          }
          if (attr.type) continue;
          const field = decl.members?.find((m) => m.name === attr.fieldName);
          const text = field?.type?.text ?? declaredTypes.get(`${decl.name}.${attr.fieldName}`);
          if (text) {
            attr.type = {text};
            if (field && !field.type) field.type = {text};
          }
        }
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [onlyDocumentedEvents, tagsFromDefineCalls, eventTypes, attributeTypes],
};

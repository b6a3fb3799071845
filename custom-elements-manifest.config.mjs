// `cem analyze --litelement`: the public API is what the JSDoc says. The analyzer also guesses
// events from every `dispatchEvent(new X(…))`, which yields nameless or misnamed entries
// (`feed` from `new NewsLoadEvent(feed)`): keep only events documented with `@fires`.
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [onlyDocumentedEvents],
};

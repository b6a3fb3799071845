// The dev and test servers compile TypeScript (and lower JS to ES2021) with esbuild, but serve
// the built CDN files (dist/cdn/) exactly as a CDN would: their entry uses top-level await,
// which an ES2021 target refuses, and tests must load what partners load.
export function sourcesOnly(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) =>
    context.path.startsWith('/dist/cdn/') ? undefined : transform(context);
  return plugin;
}

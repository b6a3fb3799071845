// Storybook for the stories in stories/ (CSF 3, unchanged): `npm run storybook` (dev) and
// `npm run storybook:build` (static). Telemetry off.
import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // package.json's `sideEffects` names the published dist/ files, so a bundler drops the
  // stories' `import '../src/news-card/news-card.js'`: src/ modules keep their side effects
  // (the custom element definitions) here.
  viteFinal: (vite) => ({
    ...vite,
    // The comments' avatar stays a file (avatars are http(s) only, never data:).
    build: {
      ...vite.build,
      assetsInlineLimit: (file: string) => (file.endsWith('avatar.svg') ? false : undefined),
    },
    plugins: [
      ...(vite.plugins ?? []),
      {
        name: 'news-blocks:src-side-effects',
        transform: (code: string, id: string) =>
          id.includes('/src/') ? {code, map: null, moduleSideEffects: true} : undefined,
      },
    ],
  }),
};

export default config;

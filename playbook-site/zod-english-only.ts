import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';

/**
 * zod re-exports all of its ~50 message locales as `z.locales`, and because the
 * shared schemas import the whole `z` namespace the bundler cannot drop them:
 * about 300 KB of the team-review bundle. The page shows zod's messages in
 * English only (they are paths and technical reasons), so the other locales
 * are replaced by nothing. If code ever calls `z.locales.xx()` for another
 * language, the build fails on the missing export rather than silently.
 */
export function zodEnglishOnly(): Plugin {
  const require = createRequire(import.meta.url);
  const en = require.resolve('zod/v4/locales/en.js');
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]/.test(args.importer)
          ? { path: 'zod-locales', namespace: 'zod-english-only' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
        contents: `export { default as en } from ${JSON.stringify(en)};`,
        loader: 'js',
        resolveDir: '.',
      }));
    },
  };
}

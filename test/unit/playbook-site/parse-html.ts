import { createRequire } from 'node:module';

// jsdom ships without type declarations here (no @types/jsdom), and the site
// tests must run in the node environment because esbuild refuses jsdom's
// globals; so jsdom is loaded by hand with the one signature the tests use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (markup: string) => { window: Window };
};

/** Parsed by a real HTML parser, as a browser would. */
export const parse = (markup: string): Document => new JSDOM(markup).window.document;

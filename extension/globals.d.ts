/** True only in the e2e build (`npm run build:test`), see wxt.config.ts. */
declare const __EMBUDO_TEST_BUILD__: boolean;

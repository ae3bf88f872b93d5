// The floor for `npm run bench`: the cheapest extension page there is. Only the
// test build contains it (wxt.config.ts drops it from shipped builds).
performance.mark('blank-ready');

// The floor for `npm run bench`: the cheapest extension page there is. Only the
// test build contains it (wxt.config.ts drops it from shipped builds). Its mark
// is set once a frame could have shown it, as the popup's is (Preact runs
// effects after the next frame): both floor and figure time "on screen".
requestAnimationFrame(() => setTimeout(() => performance.mark('blank-ready')));

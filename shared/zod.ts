import { z } from 'zod';

// Every schema imports zod from here, so this runs before the first parse.
// Zod can compile a faster parser with `new Function`; an extension page's CSP
// forbids that, and zod's probe for it (`Function('')`) then fails, which
// Firefox also reports as a CSP violation. jitless skips the probe and the
// compiling: the same plain parser the extension already ran, without the noise.
// (The probe's code still ships: see docs/firefox.md for the web-ext lint warning.)
z.config({ jitless: true });

export { z };

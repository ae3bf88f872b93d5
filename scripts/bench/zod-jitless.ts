import { z } from 'zod';

// The extension's CSP forbids eval, so zod never compiles its fast path there. Code
// evaluated by the bench could (DevTools evaluation slips past the CSP at first), so it
// is told not to, before any schema is built, to time exactly what really runs.
z.config({ jitless: true });

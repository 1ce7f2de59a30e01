import { z } from 'zod';

/*
 * Zod compiles fast object parsers with `new Function` unless told not to. Under the renderer's
 * CSP (no 'unsafe-eval') its probe fails quietly but logs a CSP violation on every start. Turning
 * the compiler off must happen before any schema is created, so main.tsx imports this module
 * first.
 */
z.config({ jitless: true });

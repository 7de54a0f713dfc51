// Imported first by main.tsx, before any schema is built: zod's JIT would probe `new Function('')`,
// which the CSP (no 'unsafe-eval') reports as a violation on every start (issue 10.7, DECISIONS 2).
import { config } from 'zod';

config({ jitless: true });

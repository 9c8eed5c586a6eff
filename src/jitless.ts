import { z } from "zod";

// Imported first by each entry point. Zod would otherwise probe `new Function` on its first parse
// (a CSP without 'unsafe-eval' reports that as a violation even though zod catches the error), and
// compile a parser per schema that the built-in catalogue and plans, parsed once, never repay.
z.config({ jitless: true });

import { z } from "zod";

// Imported first by the page: zod would otherwise probe `new Function` on its first parse, which a
// CSP without 'unsafe-eval' reports as a violation even though zod catches the error.
z.config({ jitless: true });

/** The Chromium binary: PLANCHECK_CHROMIUM, else Debian's /usr/bin/chromium. */
export const CHROMIUM: string;
/** Launch flags: headless, no sandbox, no background networking. */
export const CHROMIUM_ARGS: readonly string[];

import fs from "fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, which CI installs (`apt-get install chromium`). */
export const CHROMIUM = process.env["PLANCHECK_CHROMIUM"] ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches Chromium, failing (never skipping) with what to install when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM} and it is not there. ` +
        "Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set PLANCHECK_CHROMIUM to its path.",
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

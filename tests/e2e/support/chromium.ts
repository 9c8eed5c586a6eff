import fs from "fs";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../scripts/chromium";

export { CHROMIUM, CHROMIUM_ARGS };

/** Launches Chromium, failing (never skipping) with what to install when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM} and it is not there. ` +
        "Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set PLANCHECK_CHROMIUM to its path.",
    );
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

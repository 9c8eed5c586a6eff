/*
 * How the end-to-end tests and the preview benchmark start Chromium: Debian's binary (CI installs
 * it with apt-get), headless, with nothing reaching out to the network on its own.
 */
const CHROMIUM = process.env.PLANCHECK_CHROMIUM ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

module.exports = { CHROMIUM, CHROMIUM_ARGS };

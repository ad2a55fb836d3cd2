/**
 * Finds a system Chromium for the browser tests and the benchmark. We never download a
 * browser: CHROME_PATH wins, then the usual install paths.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(env = process.env): string | undefined {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CHROMIUM_PATHS.find((path) => existsSync(path));
}

/**
 * Flags that keep a headless Chromium quiet on a closed network: no background requests,
 * no component updates, no sync, no QUIC.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
];

export const INSTALL_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome) ' +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

/**
 * Run before the browser tests: makes sure a system Chromium is there. On Debian or Ubuntu as
 * root it installs Debian's chromium with apt, saying so; elsewhere it stops with a clear message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './lib/chromium.ts';

function isDebianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

const found = findChromium();
if (found) {
  console.log(`Browser tests use ${found}`);
} else if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  process.exit(1);
} else if (isDebianLike() && process.getuid?.() === 0) {
  console.log(
    'No Chromium found: installing Debian’s chromium package with apt-get (root, Debian/Ubuntu)…',
  );
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt('update', '-qq');
  apt('install', '-y', '-qq', 'chromium');
  const installed = findChromium();
  if (!installed) {
    console.error(`apt-get finished but no Chromium was found. ${INSTALL_HINT}`);
    process.exit(1);
  }
  console.log(`Installed ${installed}`);
} else {
  console.error(INSTALL_HINT);
  process.exit(1);
}

// Runs before `npm test`: makes sure a Chromium is there for the end-to-end tests.
// On a fresh Debian machine as root it installs Debian's chromium package; elsewhere it explains.
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';
import {findChromium} from './chromium';

function playwrightHasItsOwn(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const found = findChromium();
if (found) {
  if (!existsSync(found)) {
    console.error(`CHROMIUM_PATH points to ${found}, which does not exist.`);
    process.exit(1);
  }
  console.log(`e2e browser: ${found}`);
} else if (playwrightHasItsOwn()) {
  console.log(`e2e browser: Playwright's own (${chromium.executablePath()})`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {stdio: 'inherit'});
} else {
  console.error(
    'The end-to-end tests need Chromium. Install it (Debian: `sudo apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

// The browser tests drive Debian's Chromium (this machine cannot download
// Playwright's own browser builds). Finds it, installs it where we can, or
// says exactly what to do. CHROMIUM_PATH overrides the path.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${path}, but there is no file there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s chromium package (apt-get install -y chromium) ...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    // Reported below.
  }
  if (existsSync(path)) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium at /usr/bin/chromium.',
    'On Debian or Ubuntu:  sudo apt-get install -y chromium',
    'Elsewhere: install Chromium or Chrome and run with CHROMIUM_PATH=/path/to/chromium npm test',
  ].join('\n'),
);
process.exit(1);

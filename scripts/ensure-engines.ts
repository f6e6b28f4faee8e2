/**
 * Makes sure the two other engines the engine checks run in (e2e/engines/) are here: Gecko (Debian's
 * firefox-esr) and WebKit (webkit2gtk-driver, which brings WebKitGTK's MiniBrowser, and xvfb for a virtual
 * display). On Debian as root it installs the missing packages, as ensure-browser.ts does Chromium;
 * elsewhere it says, in one line, what is missing, and the checks skip that engine.
 * Usage: node scripts/ensure-engines.ts
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Debian packages missing here, each with the command that shows it is installed. */
export function missingEnginePackages(): string[] {
  const wanted: [string, boolean][] = [
    ['firefox-esr', has('firefox-esr') || has('firefox')],
    ['webkit2gtk-driver', has('WebKitWebDriver')],
    ['xvfb', has('xvfb-run')],
  ];
  return wanted.filter(([, present]) => !present).map(([name]) => name);
}

export function ensureEngines(): string[] {
  const missing = missingEnginePackages();
  if (missing.length === 0 || !existsSync('/etc/debian_version') || process.getuid?.() !== 0) return missing;
  console.log(`Installing Debian's ${missing.join(', ')} for the engine checks (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  } catch {
    // Reported below as still missing.
  }
  return missingEnginePackages();
}

if (import.meta.main) {
  const missing = ensureEngines();
  if (missing.length > 0)
    console.log(
      `Engine checks: ${missing.join(', ')} missing (Debian: apt-get install ${missing.join(' ')}); those engines are skipped.`,
    );
}

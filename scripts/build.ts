/**
 * Builds the site so that nothing half-built is ever published: content is validated first, Astro
 * writes into a fresh staging folder, and only a complete build replaces the output folder.
 * Usage: npm run build [-- --out dist-b]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { basePath, headersUnderBase } from './lib/base.ts';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > -1 ? (process.argv[outArg + 1] ?? 'dist') : 'dist');
const staging = `${out}.staging`;

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\nBuild failed: ${out} was left as it was${existsSync(out) ? '' : ' (absent)'}; nothing was published.`,
    );
    process.exit(result.status ?? 1);
  }
}

rmSync(staging, { recursive: true, force: true });
run(process.execPath, ['scripts/validate-content.ts']);
run('npx', ['astro', 'build'], { CROSSINGS_OUT_DIR: staging });
// Post-build steps, on the staging folder. A host applies _headers to the URLs it serves, which carry the
// base path (CROSSINGS_BASE): its rules move under it.
const headersFile = join(staging, '_headers');
if (existsSync(headersFile)) writeFileSync(headersFile, headersUnderBase(readFileSync(headersFile, 'utf8'), basePath));
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Built ${out}`);

/**
 * The site under a base path, as a project page (https://user.example.io/crossings/) serves it: builds with
 * CROSSINGS_BASE=/crossings/ into dist-base, then runs the link check, the size budget, and the embed and
 * security browser tests against that build. Part of `npm test`; the other checks run on the root build.
 * Usage: node scripts/test-base.ts [--build-only | --skip-build]
 * (`npm test` builds with --build-only beside the other gates, then checks with --skip-build.)
 */
import { spawnSync } from 'node:child_process';

const base = '/crossings/';
const out = 'dist-base';
// Its own port, so that a server already running for the root build (reused outside CI) is never tested.
const port = String(Number(process.env['CROSSINGS_TEST_PORT'] ?? 4321) + 100);
const env = { ...process.env, CROSSINGS_BASE: base, CROSSINGS_OUT_DIR: out, CROSSINGS_TEST_PORT: port };

function run(label: string, command: string, args: string[]): void {
  console.log(`\n[base path ${base}] ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n[base path ${base}] ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

if (!process.argv.includes('--skip-build')) run('build', process.execPath, ['scripts/build.ts', '--out', out]);
if (process.argv.includes('--build-only')) process.exit(0);
run('links', process.execPath, ['scripts/check-links.ts', out]);
run('budget', process.execPath, ['scripts/budget.ts', out]);
run('embed and security tests', 'npx', ['playwright', 'test', 'e2e/embed.spec.ts', 'e2e/security.spec.ts']);

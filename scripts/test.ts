/**
 * `npm test`: everything CI checks, in five stages. The checks within a stage need nothing from each other,
 * so they run side by side (two cores: while one waits on a browser or the disk, the other works); a stage
 * starts when the one before it has passed. Output of checks run side by side is printed whole, one check
 * after another, as each ends. At the end, a table of what each check took.
 *
 * 1. lint, astro check, unit tests          (sources only)
 * 2. the build into dist/
 * 3. budget, html-validate, links           (read dist/)
 *    determinism                            (a second build, elsewhere, compared with dist/)
 *    the build under a base path            (dist-base/, for stage 5)
 * 4. the browser tests against dist/ (Chromium), and the engine checks (Gecko, WebKit)
 * 5. the base-path checks against dist-base/ (links, budget, embed and security browser tests)
 *
 * Every check is also an npm script of its own (see README), runnable alone.
 */
import { spawn } from 'node:child_process';

interface Check {
  name: string;
  script: string;
  args?: string[];
}

const stages: Check[][] = [
  [
    { name: 'lint', script: 'lint' },
    { name: 'astro check', script: 'check' },
    { name: 'unit tests', script: 'unit' },
  ],
  [{ name: 'build', script: 'build' }],
  [
    { name: 'budget', script: 'budget' },
    { name: 'html-validate', script: 'htmlvalidate' },
    { name: 'links', script: 'links' },
    { name: 'determinism', script: 'determinism', args: ['--against', 'dist'] },
    { name: 'base-path build', script: 'test:base', args: ['--build-only'] },
  ],
  [
    { name: 'browser tests', script: 'e2e' },
    // Gecko and WebKit, where installed (each skipped with one line where not): e2e/engines/run.ts.
    { name: 'engine checks', script: 'e2e:engines' },
  ],
  [{ name: 'base-path checks', script: 'test:base', args: ['--skip-build'] }],
];

interface Outcome {
  name: string;
  seconds: number;
  ok: boolean;
}

/** Runs one check; alone in its stage it prints as it goes, beside others it prints whole at its end. */
function run(check: Check, alone: boolean): Promise<Outcome> {
  const started = performance.now();
  const args = ['run', check.script, ...(check.args ? ['--', ...check.args] : [])];
  const child = spawn('npm', args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((done) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (!alone) {
        process.stdout.write(`\n── ${check.name} (${seconds.toFixed(0)} s) ──\n`);
        process.stdout.write(Buffer.concat(output));
      }
      done({ name: check.name, seconds, ok: code === 0 });
    });
  });
}

const outcomes: Outcome[] = [];
const started = performance.now();
let failed: Outcome[] = [];
for (const [index, stage] of stages.entries()) {
  const names = stage.map((check) => check.name).join(', ');
  console.log(`\n═══ Stage ${index + 1} of ${stages.length}: ${names} ═══`);
  const stageStarted = performance.now();
  const results = await Promise.all(stage.map((check) => run(check, stage.length === 1)));
  outcomes.push(...results);
  if (stage.length > 1)
    outcomes.push({
      name: `  stage ${index + 1}, side by side`,
      seconds: (performance.now() - stageStarted) / 1000,
      ok: results.every((r) => r.ok),
    });
  failed = results.filter((r) => !r.ok);
  if (failed.length > 0) break;
}

const total = (performance.now() - started) / 1000;
console.log('\nWhat each check took:');
for (const o of outcomes)
  console.log(`  ${o.name.padEnd(30)} ${o.seconds.toFixed(0).padStart(5)} s  ${o.ok ? 'passed' : 'FAILED'}`);
console.log(`  ${'all'.padEnd(30)} ${total.toFixed(0).padStart(5)} s`);
if (failed.length > 0) {
  console.error(`\nnpm test failed: ${failed.map((f) => f.name).join(', ')}.`);
  process.exit(1);
}
console.log('\nnpm test passed.');

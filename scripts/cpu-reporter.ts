/**
 * A Playwright reporter that writes each test's CPU seconds: user + system time of the whole process tree
 * under the runner (the workers, their browsers and every renderer), read from /proc at each test's end.
 * Wall times on a machine shared with other work say little; CPU seconds say what a test costs. With one
 * worker the tests run one after another, so the CPU used between two ends is the later test's (its
 * fixtures included). Linux only. Usage:
 *   CI=true CPU_REPORT=/tmp/cpu.json npx playwright test --reporter=line,$PWD/scripts/cpu-reporter.ts e2e/<name>.spec.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Clock ticks a second, as /proc counts CPU time (USER_HZ, 100 on Linux). */
const ticks = 100;

/** CPU seconds used so far by this process and every process below it (dead children reaped into cutime). */
function treeSeconds(root: number): number {
  const parent = new Map<number, number>();
  const used = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // The process ended while the list was read.
    }
    // Fields after the command name, which may hold spaces: state, ppid, … utime (14), stime, cutime, cstime.
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    parent.set(Number(name), fields[1] ?? 0);
    used.set(Number(name), (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0));
  }
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parent) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [...(children.get(root) ?? [])];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    total += used.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  const own = process.cpuUsage();
  return total / ticks + (own.user + own.system) / 1e6;
}

interface Row {
  file: string;
  title: string;
  status: string;
  wall: number;
  cpu: number;
}

export default class CpuReporter implements Reporter {
  private readonly rows: Row[] = [];
  private last = treeSeconds(process.pid);

  onTestEnd(test: TestCase, result: TestResult): void {
    const now = treeSeconds(process.pid);
    this.rows.push({
      file: test.location.file.split('/').at(-1) ?? '',
      title: test.titlePath().slice(2).join(' › '),
      status: result.status,
      wall: result.duration / 1000,
      cpu: now - this.last,
    });
    this.last = now;
  }

  onEnd(): void {
    const byFile = new Map<string, { tests: number; wall: number; cpu: number }>();
    for (const row of this.rows) {
      const sum = byFile.get(row.file) ?? { tests: 0, wall: 0, cpu: 0 };
      byFile.set(row.file, { tests: sum.tests + 1, wall: sum.wall + row.wall, cpu: sum.cpu + row.cpu });
    }
    console.log('\nCPU seconds (whole process tree) and wall seconds, by spec file:');
    for (const [file, sum] of byFile)
      console.log(
        `  ${file.padEnd(28)} ${String(sum.tests).padStart(4)} tests ${sum.cpu.toFixed(1).padStart(8)} CPU s ${sum.wall.toFixed(1).padStart(8)} s`,
      );
    const out = process.env['CPU_REPORT'] ?? 'test-results/cpu.json';
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(this.rows, null, 1));
  }
}

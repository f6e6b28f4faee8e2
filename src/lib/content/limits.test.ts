/**
 * The content loaders stay small enough to read at a sitting (issue 20): no file in src/lib/content/ over
 * 250 lines, and no function over 80. Tests are left out: a table of cases may run long.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const dir = 'src/lib/content';
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/** Every function in `source` longer than `limit` lines, as "name (n lines)". */
function longFunctions(name: string, source: string, limit: number): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      const named =
        node.name?.getText(file) ??
        (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(file) : '(anonymous)');
      if (lines > limit) found.push(`${name}: ${named} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('src/lib/content stays small', () => {
  it.each(files)('%s is at most 250 lines', (file) => {
    expect(readFileSync(join(dir, file), 'utf8').split('\n').length).toBeLessThanOrEqual(250);
  });

  it('no function in it is over 80 lines', () => {
    expect(files.flatMap((f) => longFunctions(f, readFileSync(join(dir, f), 'utf8'), 80))).toEqual([]);
  });

  it('finds a long function where there is one', () => {
    const body = Array.from({ length: 81 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `export function big() {\n${body}\n}\n`, 80)).toEqual(['x.ts: big (83 lines)']);
    expect(longFunctions('x.ts', `const small = () => 1;\n`, 80)).toEqual([]);
  });
});

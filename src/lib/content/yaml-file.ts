import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './errors.ts';

/** A parsed YAML file that can say which line a value came from, for error messages. */
export interface YamlFile {
  file: string;
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseYaml(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0].line;
    throw new ContentError({ file, ...(line ? { line } : {}) }, `is not valid YAML: ${first.message.split('\n')[0]}`);
  }
  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      // Walk up the path until a node with a position is found: a missing key points at its parent.
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** Joins a zod issue path into a readable field name: `columns.people.type`, `[3].url`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/** Validates YAML data against a schema; every issue becomes a ContentError naming file, line and field. */
export function validateYaml<T extends z.ZodType>(
  yaml: YamlFile,
  schema: T,
  data: unknown = yaml.data,
  basePath: readonly PropertyKey[] = [],
): { value?: z.output<T>; errors: ContentError[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, errors: [] };
  const errors = result.error.issues.map((issue) => {
    const path = [...basePath, ...issue.path];
    // zod's wording for an absent key ("expected string, received undefined") reads as a type puzzle.
    const message = /received undefined$/.test(issue.message) ? 'is required but missing' : issue.message;
    const line = yaml.lineOf(path);
    return new ContentError(
      { file: yaml.file, ...(line ? { line } : {}), ...(path.length ? { field: fieldName(path) } : {}) },
      message,
    );
  });
  return { errors };
}

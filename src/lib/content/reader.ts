/**
 * What every concept's loader shares: one list of problems, paths in messages relative to the content
 * folder's parent ("content/data/x.csv"), YAML read with line numbers, and lists of entries with ids.
 * A loader reports a problem and carries on, so a maintainer sees every problem in one run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ContentError, type ContentLocation } from './errors.ts';
import { parseYaml, validateYaml, type YamlFile } from './yaml-file.ts';

export interface Reader {
  readonly contentDir: string;
  /** Every problem found so far, in the order found. */
  readonly errors: ContentError[];
  /** A path as messages name it, from the content folder's parent. */
  rel(path: string): string;
  /** A path under the content folder. */
  path(...parts: string[]): string;
  report(where: ContentLocation, problem: string): void;
  /** A YAML file; a missing or unparsable one is reported and gives undefined. */
  readYaml(path: string): YamlFile | undefined;
  /** A YAML list of entries that each carry an id, each parsed by `parse`; duplicates reported at their line. */
  readList<T extends { id: string }>(
    yaml: YamlFile | undefined,
    parse: (entry: unknown, index: number, yaml: YamlFile) => T | undefined,
  ): Map<string, T>;
  /** Where entry `index` of a YAML list keeps `path`: file, line and field (`[3].source`). */
  at(yaml: YamlFile, index: number, field: string, ...path: PropertyKey[]): ContentLocation;
  /** Validates entry `index` of a YAML list against a schema, reporting every issue. */
  entry<T>(yaml: YamlFile, schema: Parameters<typeof validateYaml>[1], entry: unknown, index: number): T | undefined;
}

export function createReader(contentDir: string): Reader {
  const errors: ContentError[] = [];
  const rel = (path: string) => relative(dirname(contentDir), path) || path;
  const report = (where: ContentLocation, problem: string) => errors.push(new ContentError(where, problem));

  function readYaml(path: string): YamlFile | undefined {
    if (!existsSync(path)) {
      report({ file: rel(path) }, 'is missing');
      return undefined;
    }
    try {
      return parseYaml(rel(path), readFileSync(path, 'utf8'));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
      return undefined;
    }
  }

  function at(yaml: YamlFile, index: number, field: string, ...path: PropertyKey[]): ContentLocation {
    const line = yaml.lineOf([index, ...(path.length ? path : [field])]);
    return { file: yaml.file, ...(line ? { line } : {}), field: `[${index}].${field}` };
  }

  function readList<T extends { id: string }>(
    yaml: YamlFile | undefined,
    parse: (entry: unknown, index: number, yaml: YamlFile) => T | undefined,
  ): Map<string, T> {
    const map = new Map<string, T>();
    if (!yaml) return map;
    if (!Array.isArray(yaml.data)) {
      report({ file: yaml.file, line: 1 }, 'must be a YAML list (each entry starting with "- id: ...")');
      return map;
    }
    yaml.data.forEach((entry, index) => {
      const value = parse(entry, index, yaml);
      if (!value) return;
      if (map.has(value.id)) report(at(yaml, index, 'id'), `duplicate id "${value.id}": ids must be unique`);
      else map.set(value.id, value);
    });
    return map;
  }

  function entry<T>(yaml: YamlFile, schema: Parameters<typeof validateYaml>[1], data: unknown, index: number) {
    const result = validateYaml(yaml, schema, data, [index]);
    errors.push(...result.errors);
    return result.value as T | undefined;
  }

  const path = (...parts: string[]) => join(contentDir, ...parts);
  return { contentDir, errors, rel, path, report, readYaml, readList, at, entry };
}

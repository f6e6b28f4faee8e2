/**
 * Validators for /datapackage.json, from the Frictionless Data Package v1 schemas committed under
 * fixtures/ (see fixtures/README.md for where they come from). Used by the unit and browser tests only.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const packageSchemas = ['data-package.json', 'tabular-data-package.json'] as const;

export function packageValidator(schema: (typeof packageSchemas)[number]) {
  const json = JSON.parse(readFileSync(new URL(`./fixtures/${schema}`, import.meta.url), 'utf8')) as object;
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  // A hint to form builders in the schema, not a constraint on the value.
  ajv.addFormat('textarea', true);
  return ajv.compile(json);
}

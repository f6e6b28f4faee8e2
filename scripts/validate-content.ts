/**
 * Validates content/ (or CROSSINGS_CONTENT_DIR) exactly as the build does, without building: every
 * problem is printed with its file, line or row, and field, and the exit code is 1 if there is any.
 * Usage: npm run validate
 */
import { resolve } from 'node:path';
import { kindRegistry } from '../src/charts/kinds/index.ts';
import { contentSummary, loadContent } from '../src/lib/content/load.ts';
import { ContentErrors } from '../src/lib/content/errors.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.env['CROSSINGS_CONTENT_DIR'] ?? `${projectRoot}/content`);

try {
  const content = loadContent({ contentDir, kinds: kindRegistry });
  console.log(contentSummary(content));
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exit(1);
}

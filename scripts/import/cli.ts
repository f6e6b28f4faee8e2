/**
 * npm run data:import -- <file.ods> --published YYYY-MM-DD [--dry-run] [--allow-older]
 *
 * Reads one issue of the Home Office's weekly small-boats time series and updates content/data from it,
 * printing what changes (and, unless --dry-run, recording it in content/changes.yaml). A bad file is
 * refused whole, naming its sheet, row and column; nothing is written. See README, "Updating the figures".
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportRefused, runImport } from './run.ts';

const usage = 'usage: npm run data:import -- <file.ods> --published YYYY-MM-DD [--dry-run] [--allow-older]';
const projectRoot = resolve(import.meta.dirname, '../..');

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'allow-older': { type: 'boolean', default: false },
      content: { type: 'string' },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const [file, ...extra] = args.positionals;
if (file === undefined || extra.length || args.values.published === undefined) {
  console.error(usage);
  process.exit(2);
}

try {
  const result = runImport({
    file: resolve(process.env['INIT_CWD'] ?? process.cwd(), file),
    published: args.values.published,
    dryRun: args.values['dry-run'],
    allowOlder: args.values['allow-older'],
    contentDir: resolve(args.values.content ?? process.env['CROSSINGS_CONTENT_DIR'] ?? `${projectRoot}/content`),
  });
  console.log(result.text);
} catch (error) {
  if (!(error instanceof ImportRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}

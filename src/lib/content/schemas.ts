/**
 * Every concept's schema, in one place to import from. Each is defined beside its loader and checks
 * (./sources.ts, ./datasets.ts, ./columns.ts, ./figures.ts, ./charts.ts, ./quotes.ts, ./glossary.ts,
 * ./chapters.ts, ./changes.ts); fields they share are in ./fields.ts.
 */
export { httpsUrl, id, isoDate, partialDate } from './fields.ts';
export { sourceKinds, sourceSchema, type Source } from './sources.ts';
export {
  columnSchema,
  columnTypes,
  currencies,
  units,
  type Column,
  type ColumnType,
  type Currency,
  type Unit,
} from './columns.ts';
export { datasetMetaSchema, periods, type DatasetMeta } from './datasets.ts';
export {
  figureLiteral,
  figurePointer,
  figureSchema,
  figureTypes,
  type FigureEntry,
  type FigureType,
} from './figures.ts';
export { chartSchema, type ChartEntry } from './charts.ts';
export { quoteSchema, sides, type Quote } from './quotes.ts';
export { termSchema, type Term } from './glossary.ts';
export { chapterSchema, type ChapterMeta } from './chapters.ts';
export { changeKinds, changeSchema, revisionSchema, type Change, type Revision } from './changes.ts';
export { datedSchema, statuses, type DatedFact } from './dated.ts';

/**
 * Loaded content as text, and back. A build loads content once (scripts/build.ts) and hands it to Astro's
 * build, which runs as another process, in a file named by CROSSINGS_CONTENT_SNAPSHOT (read by
 * src/content.config.ts); so content is read and checked once per build, and every part of the build sees
 * the same content.
 */
import type { Content } from './load.ts';

const maps = ['sources', 'datasets', 'charts', 'figures', 'quotes', 'glossary', 'dated'] as const;
type MapName = (typeof maps)[number];

export const snapshotVariable = 'CROSSINGS_CONTENT_SNAPSHOT';

/** JSON with each map as its entries, in order. */
export function contentToJson(content: Content): string {
  return JSON.stringify({ ...content, ...Object.fromEntries(maps.map((name) => [name, [...content[name]]])) });
}

/** Every field as it was: the maps rebuilt from their entries, everything else as JSON gives it back. */
export function contentFromJson(text: string): Content {
  const data = JSON.parse(text) as Omit<Content, MapName> & Record<MapName, [string, never][]>;
  const entries = (name: MapName) => new Map(data[name]);
  return {
    ...data,
    sources: entries('sources'),
    datasets: entries('datasets'),
    charts: entries('charts'),
    figures: entries('figures'),
    quotes: entries('quotes'),
    glossary: entries('glossary'),
    dated: entries('dated'),
  };
}

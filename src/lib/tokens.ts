/**
 * Literal colours from tokens.css, for files read away from the site (standalone SVG, PNG, title cards),
 * where no stylesheet resolves the custom properties. Files are drawn in the light scheme: the first value
 * of each light-dark(). The colours stay defined only in tokens.css; this reads them.
 */
export type Palette = Readonly<Record<string, string>>;

/** `--name: value;` declarations in the :root block, by name without the dashes, light values chosen. */
export function lightPalette(css: string): Palette {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1];
  if (root === undefined) throw new Error('src/styles/tokens.css: no :root block to read colours from');
  const palette: Record<string, string> = {};
  for (const [, name, raw] of root.matchAll(/--([a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    if (name === undefined || raw === undefined) continue;
    const value = raw.trim();
    const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
    palette[name] = pair?.[1] ?? value;
  }
  return palette;
}

/** A colour token, or an error naming it: a renamed token must fail the build, not draw black. */
export function colour(palette: Palette, name: string): string {
  const value = palette[name];
  if (value === undefined || !/^#[0-9a-f]{3,8}$/i.test(value))
    throw new Error(`src/styles/tokens.css: --${name} is missing or not a literal colour (found "${value ?? ''}")`);
  return value;
}

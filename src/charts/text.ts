/**
 * Text measurement without a DOM. Widths are estimated from character classes, a little on the generous
 * side, so labels placed with these numbers do not collide when the real font renders.
 */
const narrow = /[ il.,:;'!|()[\]1]/;
const wide = /[MWmw@%£€]/;

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text)
    ems += narrow.test(char) ? 0.34 : wide.test(char) ? 0.86 : /[A-Z0-9]/.test(char) ? 0.64 : 0.56;
  return ems * fontSize;
}

/** Shortens text to fit a width, ending in an ellipsis; the full text stays in the table and tooltip. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, fontSize) > maxWidth) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/** Rounds a coordinate for stable, compact SVG: snapshots do not churn on float noise. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

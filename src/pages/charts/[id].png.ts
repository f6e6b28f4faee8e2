/** /charts/<id>.png: the standalone SVG drawn at twice its size, in our own font, the same bytes every build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgToPng } from '../../exports/png.ts';
import { allChartIds, chartFiles } from '../../queries/exports.ts';

export const getStaticPaths = (async () =>
  (await allChartIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { standalone } = await chartFiles(String(params.id));
  const { png } = await svgToPng(standalone.svg, 2);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

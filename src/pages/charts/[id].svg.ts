/** /charts/<id>.svg: the chart as a file that stands alone (literal colours, its own title and source). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartIds, chartFiles } from '../../queries/exports.ts';

export const getStaticPaths = (async () =>
  (await allChartIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { standalone } = await chartFiles(String(params.id));
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${standalone.svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};

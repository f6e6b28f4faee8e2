/** /charts/<id>.csv: the chart's dataset, plain column names and raw values. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../exports/csv.ts';
import { resolveChart } from '../../queries/charts.ts';
import { allChartIds } from '../../queries/exports.ts';

export const getStaticPaths = (async () =>
  (await allChartIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { dataset } = await resolveChart(String(params.id), `/charts/${params.id}.csv`);
  return new Response(datasetCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

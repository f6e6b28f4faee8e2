/** /datapackage.json: a Frictionless Data Package describing every chart's CSV. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../exports/datapackage.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { resolveChart } from '../queries/charts.ts';
import { allChartIds, siteAsOf } from '../queries/exports.ts';

export const GET: APIRoute = async () => {
  const charts = await Promise.all(
    (await allChartIds()).map(async (id) => {
      const { chart, dataset, sources } = await resolveChart(id, '/datapackage.json');
      // Relative to this file, which sits at the site root beside charts/ under any base path.
      return { chart, dataset, sources, path: `charts/${id}.csv` };
    }),
  );
  const body = dataPackage(charts, absoluteUrl('/charts/'), await siteAsOf());
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

/** /oembed/<id>.json: oEmbed 1.0 (type rich) for each chart, so CMSs that speak oEmbed embed it from its URL. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteName } from '../../lib/site.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { allChartIds, chartFiles } from '../../queries/exports.ts';

export const getStaticPaths = (async () =>
  (await allChartIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** The PNG is the standalone SVG at 2× (see /charts/<id>.png). */
const pngZoom = 2;

export const GET: APIRoute = async ({ params }) => {
  const files = await chartFiles(String(params.id));
  const body = {
    version: '1.0',
    type: 'rich',
    title: files.resolved.chart.title,
    provider_name: siteName,
    provider_url: absoluteUrl('/'),
    html: files.snippets.responsive,
    width: files.standalone.width,
    height: files.embedHeight,
    thumbnail_url: files.urls.png,
    thumbnail_width: files.standalone.width * pngZoom,
    thumbnail_height: files.standalone.height * pngZoom,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

/**
 * /cards/<chapter-id>.png and /cards/home.png: the og:image of each page, 1200 × 630. Drawn like the
 * chart PNGs (SVG, then resvg with our font), so they match the site and are identical build to build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardSvg, cardSize, type CardText } from '../../exports/card.ts';
import { svgToPng } from '../../exports/png.ts';
import { formatDate } from '../../lib/format.ts';
import { siteName, siteTagline } from '../../lib/site.ts';
import { palette, siteAsOf } from '../../queries/exports.ts';

export const getStaticPaths = (async () => {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const asOf = await siteAsOf();
  const footer = `${siteName} · figures as of ${formatDate(asOf)}`;
  const home: CardText = {
    kicker: 'An open, sourced explainer',
    title: siteTagline,
    summary: 'Every number linked to its source; every chart readable as a table, embeddable and printable.',
    footer,
  };
  return [
    { params: { id: 'home' }, props: { card: home } },
    ...chapters.map((c, i) => ({
      params: { id: c.id },
      props: {
        card: {
          kicker: `Chapter ${i + 1} of ${chapters.length}`,
          title: c.data.title,
          summary: c.data.summary,
          footer,
        } satisfies CardText,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: CardText };
  const { png } = await svgToPng(cardSvg(card, palette), cardSize.zoom);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

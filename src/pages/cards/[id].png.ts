/**
 * /cards/<chapter-id>.png and /cards/home.png: the og:image of each page, 1200 × 630. Drawn like the
 * chart PNGs (SVG, then resvg with our font), so they match the site and are identical build to build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { cardSvg, cardSize, type CardText } from '../../exports/card.ts';
import { svgToPng } from '../../exports/png.ts';
import { formatDate } from '../../lib/format.ts';
import { siteName, siteTagline } from '../../lib/site.ts';
import { palette, siteAsOf } from '../../queries/exports.ts';

export const getStaticPaths = (async () => {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const asOf = await siteAsOf();
  // The home card names the site's newest figures; a chapter's card, its own (src/lib/content/dates.ts).
  const footer = `${siteName} · newest figures ${formatDate(asOf)}`;
  const chapterFooter = async (id: string) => {
    const to = (await getEntry('chapterRefs', id))?.data.figuresTo;
    return to === undefined ? siteName : `${siteName} · figures published to ${formatDate(to)}`;
  };
  const home: CardText = {
    kicker: 'An open, sourced explainer',
    title: siteTagline,
    summary: 'Every number linked to its source; every chart readable as a table, embeddable and printable.',
    footer,
  };
  return [
    { params: { id: 'home' }, props: { card: home } },
    ...(await Promise.all(
      chapters.map(async (c, i) => ({
        params: { id: c.id },
        props: {
          card: {
            kicker: `Chapter ${i + 1} of ${chapters.length}`,
            title: c.data.title,
            summary: c.data.summary,
            footer: await chapterFooter(c.id),
          } satisfies CardText,
        },
      })),
    )),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: CardText };
  const { png } = await svgToPng(cardSvg(card, palette), cardSize.zoom);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * The public address of the site, when the build was told it (CROSSINGS_SITE). Without it the build is
 * local: the pages still work from any address, but whatever is read away from the site (the print
 * edition, crossings.pdf) must not print an address that only worked on the machine that built it, so it
 * says in words where the online edition lives instead.
 */
export function publicSite(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const site = env['CROSSINGS_SITE']?.trim();
  return site ? site : undefined;
}

/** What `npm run build` says the print edition and the PDF name as the online edition's address. */
export function addressMessage(site: string | undefined): string {
  return site === undefined
    ? 'crossings.pdf and /print/ give no web address (CROSSINGS_SITE is not set): they say in words that the ' +
        'online edition is on the Crossings website. Set CROSSINGS_SITE to the public address to print it.'
    : `crossings.pdf and /print/ name the public site, ${site} (CROSSINGS_SITE).`;
}

/** Site-wide words, in one place: names, licences and the attribution embedders must give. */
export const siteName = 'Crossings';
export const siteTagline =
  'The UK small-boats debate: enforcement against smuggling gangs, safe and legal routes, or both?';

export const licences = {
  code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  ogl: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
} as const;

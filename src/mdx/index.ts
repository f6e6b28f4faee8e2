/**
 * What chapter authors can use in MDX. Chapters get these without importing them: the chapter page passes
 * this object to the rendered content.
 */
import Chart from './Chart.astro';
import Num from './Num.astro';
import Quote from './Quote.astro';
import Source from './Source.astro';

export const components = { Chart, Num, Quote, Source };
export { Chart, Num, Quote, Source };

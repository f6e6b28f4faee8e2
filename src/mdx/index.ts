/**
 * What chapter authors can use in MDX. Chapters get these without importing them: the chapter page passes
 * this object to the rendered content.
 */
import Chart from './Chart.astro';
import Guess from './Guess.astro';
import GuessAmount from './GuessAmount.astro';
import Num from './Num.astro';
import Office from './Office.astro';
import Quote from './Quote.astro';
import Source from './Source.astro';
import Status from './Status.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';
import type { ComponentName } from '../lib/content/components.ts';

/** Exactly the components validation knows (src/lib/content/components.ts): the type check fails otherwise. */
export const components = {
  Chart,
  Guess,
  GuessAmount,
  Num,
  Office,
  Quote,
  Source,
  Status,
  Step,
  Steps,
  Term,
} satisfies Record<ComponentName, unknown>;
export { Chart, Guess, GuessAmount, Num, Office, Quote, Source, Status, Step, Steps, Term };

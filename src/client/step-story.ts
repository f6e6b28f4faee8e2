/**
 * <step-story>: the enhancement of a stepped story (<Steps>, src/mdx/Steps.astro). Every step's chart was
 * drawn at build time and follows its words; this only marks the story as stepped (steps.css then keeps
 * the charts in view, laid over one another, where the screen has room) and marks the step being read,
 * whose chart steps.css shows. Nothing is drawn here.
 *
 * The step being read is the last whose words have reached a line across the viewport: 60% of the way
 * down beside the chart (wide screens), 75% under it (one column, where the words pass over the chart:
 * its state changes as a step's words come into view, and shows whole once they have passed). An
 * IntersectionObserver whose root ends at that line says when any step crosses it, however fast the page
 * is scrolled; each time, the step is found again from where the words are.
 */
const wide = matchMedia('(min-width: 64rem)');
/** Where steps.css lays the charts over one another (elsewhere each follows its words, as without JS). */
const stacked = matchMedia('screen and (min-height: 34rem)');
const lineNow = () => (wide.matches ? 0.6 : 0.75);

class StepStory extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #texts: HTMLElement[] = [];
  #figures: HTMLElement[] = [];
  #active = -1;
  #line = lineNow();
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #relayout = () => this.#observe();

  connectedCallback(): void {
    this.#texts = [...this.querySelectorAll<HTMLElement>(':scope > .step-text')];
    this.#figures = [...this.querySelectorAll<HTMLElement>(':scope > .step-figure')];
    if (this.#texts.length === 0 || this.#texts.length !== this.#figures.length) return;
    // Step i's words in row i, its chart spanning every row: the chart's sticky place runs the whole story.
    this.style.setProperty('--steps', String(this.#texts.length));
    this.#texts.forEach((text, i) => (text.style.gridRow = String(i + 1)));
    this.toggleAttribute('data-stepped', true);
    this.#active = -1;
    wide.addEventListener('change', this.#relayout);
    stacked.addEventListener('change', this.#relayout);
    this.#observe();
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer);
    wide.removeEventListener('change', this.#relayout);
    stacked.removeEventListener('change', this.#relayout);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #observe(): void {
    this.#line = lineNow();
    // While the charts are laid over one another, their links ("the full chart") are out of the Tab order:
    // a chart may be transparent, or under a step's words, and the full chart is the next thing after the
    // story. Where each chart follows its words (a short screen), every link takes focus as usual.
    for (const figure of this.#figures) {
      for (const link of figure.querySelectorAll('a')) {
        if (stacked.matches) link.tabIndex = -1;
        else link.removeAttribute('tabindex');
      }
    }
    this.#observer?.disconnect();
    this.#observer = new IntersectionObserver(() => this.#update(), {
      rootMargin: `0px 0px -${Math.round((1 - this.#line) * 100)}% 0px`,
    });
    for (const text of this.#texts) this.#observer.observe(text);
    this.#update();
  }

  #update(): void {
    const at = innerHeight * this.#line;
    const reached = this.#texts.filter((text) => text.getBoundingClientRect().top < at).length;
    const active = Math.max(0, reached - 1);
    if (active === this.#active) return;
    // The chart being left stays drawn under the new one while that fades in over it: what the two states
    // share stays solid, and only what changed fades (steps.css; at once with reduced motion). Only a
    // chart fully shown is held: one still fading in (fast scrolling) fades out instead of flashing back.
    const leaving = this.#figures[this.#active];
    const next = this.#figures[active];
    for (const figure of this.#figures) if (figure !== leaving) figure.removeAttribute('data-leaving');
    clearTimeout(this.#timer);
    const fade = next ? parseFloat(getComputedStyle(next).transitionDuration) * 1000 || 0 : 0;
    if (leaving && fade > 0 && Number(getComputedStyle(leaving).opacity) >= 0.99) {
      leaving.toggleAttribute('data-leaving', true);
      this.#timer = setTimeout(() => leaving.removeAttribute('data-leaving'), fade + 50);
    }
    this.#active = active;
    this.dataset['step'] = String(active + 1);
    this.#texts.forEach((text, i) => text.toggleAttribute('data-active', i === active));
    this.#figures.forEach((figure, i) => figure.toggleAttribute('data-active', i === active));
  }
}

if (!customElements.get('step-story')) customElements.define('step-story', StepStory);

/**
 * <guess-line>: the reader's own line in a "guess, then see" (src/mdx/Guess.astro). The axes and the real
 * line are already in the page; this draws the guess, moves it by pointer or keyboard, and on "Show me"
 * shows the real line and says how close the guess was. Nothing is stored or sent.
 *
 * Each year is a slider (role="slider"): arrows move it by one step, Page Up and Page Down by ten, Home and
 * End to the ends of the scale. Dragging across the chart sets each year the pointer passes.
 */
// The build's own description of the drawing (a type only: nothing of the chart code reaches the browser).
import type { GuessGeometry as Geometry } from '../charts/guess.ts';
import { closeness, formatCount } from '../lib/guess-closeness.ts';
import { keyedValue, onDrag, overlaySvg, snapped, tellSteps } from './slider.ts';

const svgNs = 'http://www.w3.org/2000/svg';
const fmt = (value: number): string => formatCount(value);

class GuessLine extends HTMLElement {
  #g!: Geometry;
  #labels: string[] = [];
  #actual: number[] = [];
  #values: number[] = [];
  #start = 0;
  #unit = '';
  #revealed = false;
  #path!: SVGPathElement;
  #dots: SVGCircleElement[] = [];
  #handles: HTMLElement[] = [];

  #ready = false;

  connectedCallback(): void {
    // Set up once: moved in the DOM (attached again), it keeps its overlay, listeners and the reader's guess.
    if (this.#ready) return;
    this.#ready = true;
    const data = this.dataset;
    this.#g = JSON.parse(data['geometry'] ?? '{}') as Geometry;
    this.#labels = (data['labels'] ?? '').split(',');
    this.#actual = (data['values'] ?? '').split(',').map(Number);
    this.#start = Number(data['start']);
    this.#unit = data['unit'] ?? '';
    this.#values = this.#actual.map(() => this.#start);
    const { width, height, step } = this.#g;

    const svg = overlaySvg(width, height);
    this.#path = document.createElementNS(svgNs, 'path');
    this.#path.classList.add('m-series-1', 'v-dashed');
    svg.append(this.#path);
    const handles = this.querySelector<HTMLElement>('.guess-handles');
    this.#labels.forEach((label, i) => {
      const dot = document.createElementNS(svgNs, 'circle');
      dot.setAttribute('r', '5');
      dot.classList.add('m-series-1');
      svg.append(dot);
      this.#dots.push(dot);
      const handle = document.createElement('span');
      handle.className = 'guess-handle';
      handle.tabIndex = 0;
      handle.setAttribute('role', 'slider');
      handle.setAttribute('aria-label', `Your guess for ${label}`);
      handle.setAttribute('aria-valuemin', '0');
      handle.setAttribute('aria-valuemax', String(this.#g.max));
      handle.addEventListener('keydown', (event) => this.#key(event, i));
      handles?.append(handle);
      this.#handles.push(handle);
    });
    this.querySelector('.guess-layer--mine')?.append(svg);
    tellSteps(this, step, (value) => `${fmt(value)} ${this.#unit}`);

    const chart = this.querySelector<HTMLElement>('.guess-chart');
    if (chart)
      onDrag(
        chart,
        () => !this.#revealed,
        (event) => this.#pointer(event, chart),
      );
    this.querySelector('.guess-reveal')?.addEventListener('click', () => this.#reveal());
    this.#draw();
    this.hidden = false;
  }

  /** Sets the year nearest the pointer to the value under it. */
  #pointer(event: PointerEvent, chart: HTMLElement): void {
    const box = chart.getBoundingClientRect();
    const { width, height, xs, y0, y1, max, step } = this.#g;
    const x = ((event.clientX - box.left) / box.width) * width;
    const y = ((event.clientY - box.top) / box.height) * height;
    // The known year takes no guess: the pointer must be nearer a later year.
    let nearest = 0;
    xs.forEach((at, i) => {
      if (Math.abs(at - x) < Math.abs((xs[nearest] ?? 0) - x)) nearest = i;
    });
    if (nearest === 0) return;
    const value = ((y0 - y) / (y0 - y1)) * max;
    this.#set(nearest - 1, snapped(value, step, max));
  }

  #key(event: KeyboardEvent, i: number): void {
    if (this.#revealed) return;
    const next = keyedValue(event.key, this.#values[i] ?? 0, this.#g.step, this.#g.max);
    if (next === undefined) return;
    event.preventDefault();
    this.#set(i, next);
  }

  #set(i: number, value: number): void {
    this.#values[i] = Math.min(this.#g.max, Math.max(0, value));
    this.#draw();
  }

  /** Draws the line from the known point through each guess, and puts each slider on its point. */
  #draw(): void {
    const { width, height, xs, y0, y1, max } = this.#g;
    const y = (v: number) => y0 - (v / max) * (y0 - y1);
    const points = [this.#start, ...this.#values].map((v, i) => `${xs[i] ?? 0},${y(v)}`);
    this.#path.setAttribute('d', `M${points.join('L')}`);
    this.#values.forEach((v, i) => {
      const cx = xs[i + 1] ?? 0;
      this.#dots[i]?.setAttribute('cx', String(cx));
      this.#dots[i]?.setAttribute('cy', String(y(v)));
      const handle = this.#handles[i];
      if (!handle) return;
      handle.style.left = `${(cx / width) * 100}%`;
      handle.style.top = `${(y(v) / height) * 100}%`;
      handle.setAttribute('aria-valuenow', String(v));
      handle.setAttribute('aria-valuetext', `${this.#labels[i]}: ${fmt(v)} ${this.#unit}`);
    });
  }

  #reveal(): void {
    if (this.#revealed) return;
    this.#revealed = true;
    this.classList.add('is-revealed');
    this.querySelectorAll<HTMLElement>('.guess-layer--answer, .guess-key-answer').forEach((el) => (el.hidden = false));
    this.#handles.forEach((h) => h.setAttribute('aria-disabled', 'true'));
    this.querySelector('.guess-reveal')?.setAttribute('aria-disabled', 'true');
    const result = this.querySelector('.guess-result');
    if (result)
      result.textContent = closeness(this.#labels, this.#values, this.#actual, this.dataset['counter'] ?? 'the count');
  }
}

if (!customElements.get('guess-line')) customElements.define('guess-line', GuessLine);

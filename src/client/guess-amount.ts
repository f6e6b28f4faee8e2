/**
 * <guess-amount>: the reader's own amount in a "guess, then see" of a part of a whole
 * (src/mdx/GuessAmount.astro). The bar, its scale and the real split are already in the page; this draws
 * the guess, moves it by pointer or keyboard, and on "Show me" shows the real split and says how close the
 * guess was. Nothing is stored or sent.
 *
 * The guess is one slider (role="slider"): arrows move it by one step, Page Up and Page Down by ten, Home
 * and End to nothing and to the whole. Pressing or dragging on the bar sets the amount under the pointer.
 */
// The build's own description of the drawing (a type only: nothing of the chart code reaches the browser).
import type { GuessAmountGeometry as Geometry } from '../charts/guess-amount.ts';
import { amountCloseness, formatGbp } from '../lib/guess-amount-closeness.ts';
import { keyedValue, onDrag, overlaySvg, snapped, tellSteps } from './slider.ts';

const svgNs = 'http://www.w3.org/2000/svg';

class GuessAmount extends HTMLElement {
  #g!: Geometry;
  #value = 0;
  #revealed = false;
  #fill!: SVGRectElement;
  #marker!: SVGLineElement;
  #handle!: HTMLElement;

  #ready = false;

  connectedCallback(): void {
    // Set up once: moved in the DOM (attached again), it keeps its overlay, listeners and the reader's guess.
    if (this.#ready) return;
    this.#ready = true;
    this.#g = JSON.parse(this.dataset['geometry'] ?? '{}') as Geometry;
    const { width, height, top, bottom, step, max } = this.#g;
    const svg = overlaySvg(width, height);
    this.#fill = document.createElementNS(svgNs, 'rect');
    this.#fill.classList.add('m-series-2', 'guess-amount-fill');
    this.#fill.setAttribute('y', String(top));
    this.#fill.setAttribute('height', String(bottom - top));
    this.#marker = document.createElementNS(svgNs, 'line');
    this.#marker.classList.add('m-series-2', 'guess-amount-marker');
    this.#marker.setAttribute('y1', String(top - 6));
    this.#marker.setAttribute('y2', String(bottom + 6));
    svg.append(this.#fill, this.#marker);
    this.querySelector('.guess-layer--mine')?.append(svg);

    const handle = this.querySelector<HTMLElement>('.guess-handle');
    if (!handle) return;
    this.#handle = handle;
    handle.style.top = `${((top + bottom) / 2 / height) * 100}%`;
    handle.setAttribute('aria-valuemax', String(max));
    handle.addEventListener('keydown', (event) => {
      if (this.#revealed) return;
      const next = keyedValue(event.key, this.#value, step, max);
      if (next === undefined) return;
      event.preventDefault();
      this.#set(next);
    });
    tellSteps(this, step, formatGbp);

    const chart = this.querySelector<HTMLElement>('.guess-chart');
    if (chart)
      onDrag(
        chart,
        () => !this.#revealed,
        (event) => {
          const box = chart.getBoundingClientRect();
          const x = ((event.clientX - box.left) / box.width) * width;
          this.#set(snapped(((x - this.#g.x0) / (this.#g.x1 - this.#g.x0)) * max, step, max));
          handle.focus({ preventScroll: true });
        },
      );
    this.querySelector('.guess-reveal')?.addEventListener('click', () => this.#reveal());
    this.#set(0);
    this.hidden = false;
  }

  #set(value: number): void {
    this.#value = value;
    const { x0, x1, max, width } = this.#g;
    const x = x0 + (value / max) * (x1 - x0);
    this.#fill.setAttribute('x', String(x0));
    this.#fill.setAttribute('width', String(Math.max(0, x - x0)));
    this.#marker.setAttribute('x1', String(x));
    this.#marker.setAttribute('x2', String(x));
    this.#handle.style.left = `${(x / width) * 100}%`;
    const text = formatGbp(value);
    this.#handle.setAttribute('aria-valuenow', String(value));
    this.#handle.setAttribute('aria-valuetext', text);
    const now = this.querySelector('.guess-amount-now');
    if (now) now.textContent = text;
  }

  #reveal(): void {
    if (this.#revealed) return;
    this.#revealed = true;
    this.classList.add('is-revealed');
    this.querySelectorAll<HTMLElement>('.guess-layer--answer').forEach((el) => (el.hidden = false));
    this.#handle.setAttribute('aria-disabled', 'true');
    this.querySelector('.guess-reveal')?.setAttribute('aria-disabled', 'true');
    const data = this.dataset;
    const result = this.querySelector('.guess-result');
    if (result)
      result.textContent = amountCloseness(
        this.#value,
        Number(data['answer']),
        this.#g.max,
        data['what'] ?? 'the answer',
      );
  }
}

if (!customElements.get('guess-amount')) customElements.define('guess-amount', GuessAmount);

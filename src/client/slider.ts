/**
 * What the "guess, then see" sliders share (src/client/guess-line.ts, src/client/guess-amount.ts): the
 * keys of a slider (role="slider") and dragging on a drawing. Arrow keys move by one step, Page Up and Page
 * Down by ten, Home and End to the ends; the value stays between 0 and `max`.
 */

/** The value a key moves a slider to, or undefined for a key a slider does not take. */
export function keyedValue(key: string, now: number, step: number, max: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowUp: now + step,
    ArrowRight: now + step,
    ArrowDown: now - step,
    ArrowLeft: now - step,
    PageUp: now + step * 10,
    PageDown: now - step * 10,
    Home: 0,
    End: max,
  };
  const next = moves[key];
  return next === undefined ? undefined : Math.min(max, Math.max(0, next));
}

/** A value rounded to the nearest step and kept between 0 and `max`. */
export function snapped(value: number, step: number, max: number): number {
  return Math.min(max, Math.max(0, Math.round(value / step) * step));
}

/**
 * Dragging on `area`: `move` gets each pointer position while a pointer that went down there is held (the
 * area captures it, so a drag may leave the drawing), unless `enabled` says the guess is closed.
 *
 * Where the area lets a finger scroll the page up and down (`touch-action: pan-y`), a touch sets nothing
 * until it is a tap or a sideways drag: a thumb that starts a scroll on the bar leaves the guess alone.
 */
export function onDrag(area: HTMLElement, enabled: () => boolean, move: (event: PointerEvent) => void): void {
  let pending: PointerEvent | undefined;
  area.addEventListener('pointerdown', (event) => {
    if (!enabled()) return;
    if (event.pointerType === 'touch' && getComputedStyle(area).touchAction.includes('pan-y')) {
      pending = event;
      return;
    }
    area.setPointerCapture(event.pointerId);
    move(event);
    event.preventDefault();
  });
  area.addEventListener('pointermove', (event) => {
    if (pending?.pointerId === event.pointerId && Math.abs(event.clientX - pending.clientX) > 6) {
      pending = undefined;
      area.setPointerCapture(event.pointerId);
    }
    if (area.hasPointerCapture(event.pointerId)) move(event);
  });
  area.addEventListener('pointerup', (event) => {
    if (pending?.pointerId === event.pointerId && enabled()) move(event);
    pending = undefined;
  });
  // The browser took the touch for a scroll.
  area.addEventListener('pointercancel', () => (pending = undefined));
}

/** Fills in the words that tell the reader the steps: `.guess-step` (an arrow key) and `.guess-big-step` (Page Up). */
export function tellSteps(root: ParentNode, step: number, format: (value: number) => string): void {
  const words = root.querySelector('.guess-step');
  const bigWords = root.querySelector('.guess-big-step');
  if (words) words.textContent = format(step);
  if (bigWords) bigWords.textContent = format(step * 10);
}

/** An empty drawing over the built one, in its units, for the reader's own marks (hidden from assistive tech). */
export function overlaySvg(width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('chart-svg');
  return svg;
}

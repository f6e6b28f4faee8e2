/**
 * <chart-figure>: enhances a chart drawn at build time. Hover, tap or focus a mark to see its table row
 * in a tooltip; Tab into the chart, move with the arrow keys (Home and End jump), Escape leaves.
 * The tooltip's text is read from the figure's own table, so it always equals the table row.
 */
class ChartFigure extends HTMLElement {
  #tooltip: HTMLElement | undefined;
  #header: string[] = [];
  #rows: string[][] = [];

  connectedCallback(): void {
    const figure = this.closest('figure');
    const table = figure?.querySelector('table');
    if (!figure || !table) return;
    this.#header = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    this.#rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
    );
    this.addEventListener('pointerover', (event) => this.#show(markOf(event)));
    this.addEventListener('pointerdown', (event) => this.#show(markOf(event)));
    this.addEventListener('pointerout', (event) => {
      if (markOf(event) && !markOf(event)?.matches(':focus')) this.#hide();
    });
    this.addEventListener('focusin', (event) => this.#show(markOf(event)));
    this.addEventListener('focusout', () => this.#hide());
    this.addEventListener('keydown', (event) => this.#key(event));
  }

  #show(mark: SVGElement | undefined): void {
    if (!mark) return;
    const row = this.#rows[Number(mark.dataset['row'])];
    const frame = mark.closest<HTMLElement>('.chart-frame');
    if (!row || !frame) return;
    const tooltip = (this.#tooltip ??= this.#createTooltip());
    const list = document.createElement('dl');
    row.forEach((cell, i) => {
      const term = document.createElement('dt');
      term.textContent = this.#header[i] ?? '';
      const value = document.createElement('dd');
      value.textContent = cell;
      list.append(term, value);
    });
    tooltip.replaceChildren(list);
    frame.append(tooltip);
    const box = mark.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    // Centred above the mark, kept inside the frame so it is never cut off on a phone.
    const half = Math.min(tooltip.offsetWidth / 2, outer.width / 2);
    const centre = Math.min(Math.max(box.left + box.width / 2 - outer.left, half), outer.width - half);
    tooltip.style.left = `${centre}px`;
    tooltip.style.top = `${Math.max(box.top - outer.top, tooltip.offsetHeight + 10)}px`;
    tooltip.hidden = false;
    this.querySelectorAll('.is-active').forEach((el) => el.classList.remove('is-active'));
    mark.classList.add('is-active');
  }

  #hide(): void {
    if (this.#tooltip) this.#tooltip.hidden = true;
    this.querySelectorAll('.is-active').forEach((el) => el.classList.remove('is-active'));
  }

  #createTooltip(): HTMLElement {
    const tooltip = document.createElement('div');
    tooltip.className = 'chart-tooltip';
    // The focused mark's own label already says this to assistive technology.
    tooltip.setAttribute('aria-hidden', 'true');
    tooltip.hidden = true;
    return tooltip;
  }

  #key(event: KeyboardEvent): void {
    const mark = markOf(event);
    const svg = mark?.closest('svg');
    if (!mark || !svg) return;
    if (event.key === 'Escape') {
      this.#hide();
      const figure = this.closest('figure');
      figure?.setAttribute('tabindex', '-1');
      figure?.focus();
      return;
    }
    const marks = [...svg.querySelectorAll<SVGElement>('[data-row]')];
    const index = marks.indexOf(mark);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: marks.length - 1,
    };
    const target = marks[Math.min(Math.max(moves[event.key] ?? index, 0), marks.length - 1)];
    if (!(event.key in moves) || !target) return;
    event.preventDefault();
    // Roving tabindex: the chart stays one Tab stop, and Tab back in returns to the last mark visited.
    for (const m of marks) m.setAttribute('tabindex', m === target ? '0' : '-1');
    target.focus();
  }
}

function markOf(event: Event): SVGElement | undefined {
  const target = event.target;
  return target instanceof SVGElement && target.dataset['row'] !== undefined ? target : undefined;
}

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);

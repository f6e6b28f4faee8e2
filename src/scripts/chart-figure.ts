/**
 * <chart-figure>: enhances a chart drawn at build time.
 * - Hover, tap or focus a mark to see its table row in a tooltip. The text is read from the view's own
 *   table, so it always equals the table row.
 * - Tab into the chart, move with the arrow keys (Home and End jump), Escape leaves.
 * - Where the chart has views, buttons switch them; the choice is kept in the URL hash
 *   (#chart-<id>/<view>) so a shared link reopens it.
 */
class ChartFigure extends HTMLElement {
  #tooltip: HTMLElement | undefined;

  connectedCallback(): void {
    this.addEventListener('pointerover', (event) => this.#show(markOf(event)));
    this.addEventListener('pointerdown', (event) => this.#show(markOf(event)));
    this.addEventListener('pointerout', (event) => {
      if (markOf(event) && !markOf(event)?.matches(':focus')) this.#hide();
    });
    this.addEventListener('focusin', (event) => this.#show(markOf(event)));
    this.addEventListener('focusout', () => this.#hide());
    this.addEventListener('keydown', (event) => this.#key(event));
    const switcher = this.querySelector<HTMLElement>('.chart-views');
    if (switcher) {
      switcher.hidden = false;
      switcher.addEventListener('click', (event) => {
        const button = (event.target as Element).closest<HTMLButtonElement>('button[data-view]');
        if (button) this.#select(button.dataset['view'] ?? '', true);
      });
      const [hashChart, hashView] = location.hash.slice(1).split('/');
      if (hashView && hashChart === this.closest('figure')?.id) this.#select(hashView, false);
    }
  }

  /** Shows one view; `remember` writes it into the URL so the link reopens this view. */
  #select(view: string, remember: boolean): void {
    const views = [...this.querySelectorAll<HTMLElement>('.chart-view')];
    if (!views.some((v) => v.dataset['view'] === view)) return;
    views.forEach((v) => (v.hidden = v.dataset['view'] !== view));
    this.querySelectorAll<HTMLButtonElement>('.chart-views button').forEach((b) =>
      b.setAttribute('aria-pressed', String(b.dataset['view'] === view)),
    );
    this.#hide();
    const id = this.closest('figure')?.id;
    if (remember && id) {
      const isDefault = views[0]?.dataset['view'] === view;
      history.replaceState(null, '', isDefault ? `#${id}` : `#${id}/${view}`);
    }
    // On a chapter page a link to a view scrolls to its chart. An embed page is the chart alone, and
    // scrolling there would scroll the article around the iframe.
    if (!remember && id && !document.documentElement.hasAttribute('data-embed'))
      this.closest('figure')?.scrollIntoView();
  }

  #show(mark: SVGElement | undefined): void {
    const view = mark?.closest<HTMLElement>('.chart-view');
    const frame = mark?.closest<HTMLElement>('.chart-frame');
    const table = view?.querySelector('table');
    if (!mark || !frame || !table) return;
    const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const row = table.querySelectorAll('tbody tr')[Number(mark.dataset['row'])];
    if (!row) return;
    const tooltip = (this.#tooltip ??= this.#createTooltip());
    const list = document.createElement('dl');
    [...row.children].forEach((cell, i) => {
      const term = document.createElement('dt');
      term.textContent = header[i] ?? '';
      const value = document.createElement('dd');
      value.textContent = cell.textContent?.trim() ?? '';
      list.append(term, value);
    });
    tooltip.replaceChildren(list);
    frame.append(tooltip);
    tooltip.hidden = false;
    const box = mark.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    // Centred above the mark, kept inside the frame so it is never cut off on a phone.
    const half = Math.min(tooltip.offsetWidth / 2, outer.width / 2);
    const centre = Math.min(Math.max(box.left + box.width / 2 - outer.left, half), outer.width - half);
    tooltip.style.left = `${centre}px`;
    tooltip.style.top = `${Math.max(box.top - outer.top, tooltip.offsetHeight + 10)}px`;
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

/**
 * <chart-figure>: enhances a chart drawn at build time.
 * - Hover, tap or focus a mark to see its table row in a tooltip. The text is read from the view's own
 *   table, so it always equals the table row. The tooltip meets WCAG 1.4.13: the pointer can move onto it,
 *   Escape dismisses it without moving focus, and it stays while its mark is hovered or focused.
 * - Tab into the chart (one Tab stop), move with the arrow keys in the order the marks are drawn on screen
 *   (Left/Right along the x axis, Up/Down across rows or series; Home and End jump). Escape hides the
 *   tooltip; a second Escape leaves the chart for its figure.
 * - Where the chart has views, buttons switch them; the choice is kept in the URL hash
 *   (#chart-<id>/<view>) so a shared link reopens it, and a change of hash (back, a link) is followed.
 */

/** Time the pointer has to cross from a mark to its tooltip, or back, before the tooltip goes. */
const hideDelay = 300;

class ChartFigure extends HTMLElement {
  #tooltip: HTMLElement | undefined;
  #status: HTMLElement | undefined;
  #abort: AbortController | undefined;
  #hovered = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    // Attached again (moved in the DOM): the listeners of the last attachment are removed first.
    this.#abort?.abort();
    this.#abort = new AbortController();
    const options = { signal: this.#abort.signal };
    const show = (event: Event): void => {
      const mark = markOf(event.target);
      if (!mark) return;
      this.#hovered = true;
      this.#show(mark);
    };
    this.addEventListener(
      'pointerover',
      (event) => {
        // Over a mark or over the tooltip itself: either keeps the tooltip (it is hoverable).
        if (markOf(event.target) || this.#inTooltip(event.target)) clearTimeout(this.#timer);
        show(event);
      },
      options,
    );
    // The cue under each view's summary tells of the tooltips and keys this script brings: the drawing points
    // to it only now, so a screen reader without the script is not told of controls that do nothing there
    // (chart.css hides the cue then too).
    for (const view of this.querySelectorAll('.chart-view')) {
      const cue = view.querySelector('.chart-cue');
      if (!cue?.id) continue;
      for (const svg of view.querySelectorAll('svg.chart-svg[role="group"]'))
        svg.setAttribute('aria-describedby', cue.id);
    }
    this.addEventListener('pointerdown', show, options);
    this.addEventListener(
      'pointerout',
      (event) => {
        if (!markOf(event.target) && !this.#inTooltip(event.target)) return;
        if (markOf(event.relatedTarget) || this.#inTooltip(event.relatedTarget)) return;
        this.#hovered = false;
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.#restore(), hideDelay);
      },
      options,
    );
    this.addEventListener(
      'focusin',
      (event) => {
        const mark = markOf(event.target);
        if (mark) this.#show(mark);
      },
      options,
    );
    this.addEventListener(
      'focusout',
      (event) => {
        if (!markOf(event.relatedTarget) && !this.#hovered) this.#hide();
      },
      options,
    );
    this.addEventListener('keydown', (event) => this.#key(event), options);
    // Escape dismisses a tooltip wherever focus is (a hovered mark's tooltip, with focus elsewhere).
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.#tooltip && !this.#tooltip.hidden) {
          this.#hide();
          event.stopImmediatePropagation();
        }
      },
      { ...options, capture: true },
    );
    const switcher = this.querySelector<HTMLElement>('.chart-views');
    if (switcher) {
      switcher.hidden = false;
      switcher.addEventListener(
        'click',
        (event) => {
          const button = (event.target as Element).closest<HTMLButtonElement>('button[data-view]');
          if (button) this.#select(button.dataset['view'] ?? '', true);
        },
        options,
      );
      // Announced politely when a view changes: the buttons' pressed state alone is not read out.
      this.#status ??= Object.assign(document.createElement('p'), { className: 'visually-hidden' });
      this.#status.setAttribute('aria-live', 'polite');
      switcher.after(this.#status);
      window.addEventListener('hashchange', (event) => this.#fromHash(location.hash, event.oldURL), options);
      this.#fromHash(location.hash);
    }
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  /**
   * Follows the URL hash: `#chart-<id>/<view>` opens that view, `#chart-<id>` the first. On a change of hash
   * (a link, Back) the view is announced, and a hash that no longer names this chart restores the first view.
   */
  #fromHash(hash: string, oldUrl?: string): void {
    const id = this.closest('figure')?.id;
    const about = (h: string): string[] | undefined => {
      const [chart, view] = h.replace(/^#/, '').split('/');
      return chart === id ? [view ?? ''] : undefined;
    };
    const now = about(hash);
    const before = oldUrl === undefined ? undefined : about(new URL(oldUrl).hash);
    const view =
      now?.[0] ||
      (oldUrl !== undefined && (now || before) ? this.querySelector<HTMLElement>('.chart-view')?.dataset['view'] : '');
    if (view) this.#select(view, false, oldUrl !== undefined);
  }

  /** Shows one view; `remember` writes it into the URL so the link reopens this view. */
  #select(view: string, remember: boolean, announce = remember): void {
    const views = [...this.querySelectorAll<HTMLElement>('.chart-view')];
    if (!views.some((v) => v.dataset['view'] === view)) return;
    views.forEach((v) => (v.hidden = v.dataset['view'] !== view));
    let label = '';
    this.querySelectorAll<HTMLButtonElement>('.chart-views button').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset['view'] === view));
      if (b.dataset['view'] === view) label = b.textContent?.trim() ?? '';
    });
    if (announce && this.#status) this.#status.textContent = `Showing: ${label}`;
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

  #inTooltip(target: EventTarget | null): boolean {
    return target instanceof Node && Boolean(this.#tooltip?.contains(target));
  }

  /** The pointer has gone: the focused mark's tooltip, if a mark has focus, comes back. */
  #restore(): void {
    const focused = markOf(document.activeElement);
    if (focused && this.contains(focused)) this.#show(focused);
    else this.#hide();
  }

  #show(mark: SVGElement): void {
    const view = mark.closest<HTMLElement>('.chart-view');
    const frame = mark.closest<HTMLElement>('.chart-frame');
    const table = view?.querySelector('table');
    if (!frame || !table) return;
    const entries = tableEntries(table, mark.dataset['row'] ?? '');
    if (!entries) return;
    const tooltip = (this.#tooltip ??= this.#createTooltip());
    const list = document.createElement('dl');
    for (const [label, text] of entries) {
      const term = document.createElement('dt');
      term.textContent = label;
      const value = document.createElement('dd');
      value.textContent = text;
      list.append(term, value);
    }
    tooltip.replaceChildren(list);
    frame.append(tooltip);
    tooltip.hidden = false;
    const box = mark.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    // Centred above the mark, kept inside the frame so it is never cut off on a phone; below the mark where
    // there is no room above, so that it never covers the mark it describes.
    const half = Math.min(tooltip.offsetWidth / 2, outer.width / 2);
    const centre = Math.min(Math.max(box.left + box.width / 2 - outer.left, half), outer.width - half);
    const below = box.top - outer.top < tooltip.offsetHeight + 10;
    tooltip.classList.toggle('chart-tooltip--below', below);
    tooltip.style.left = `${centre}px`;
    tooltip.style.top = `${below ? box.bottom - outer.top : box.top - outer.top}px`;
    this.querySelectorAll('.is-active').forEach((el) => el.classList.remove('is-active'));
    mark.classList.add('is-active');
  }

  #hide(): void {
    clearTimeout(this.#timer);
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
    const mark = markOf(event.target);
    const svg = mark?.closest('svg');
    if (!mark || !svg) return;
    if (event.key === 'Escape') {
      // Reached only once the tooltip is hidden (the first Escape hides it): leave for the figure, which
      // is focusable just for this and stops being so once left, so Tab order is as it was.
      const figure = this.closest('figure');
      if (!figure) return;
      figure.setAttribute('tabindex', '-1');
      figure.addEventListener('blur', () => figure.removeAttribute('tabindex'), { once: true });
      figure.focus();
      return;
    }
    const marks = [...svg.querySelectorAll<SVGElement>('[data-row]')];
    const target =
      event.key === 'Home'
        ? marks[0]
        : event.key === 'End'
          ? marks.at(-1)
          : event.key.startsWith('Arrow')
            ? nextMark(marks, mark, event.key.slice(5))
            : undefined;
    if (!target) return;
    event.preventDefault();
    // Roving tabindex: the chart stays one Tab stop, and Tab back in returns to the last mark visited.
    for (const m of marks) m.setAttribute('tabindex', m === target ? '0' : '-1');
    target.focus();
  }
}

/**
 * The mark an arrow key moves to, from where the marks are drawn: the nearest mark wholly beyond this one
 * in that direction, preferring one in the same row (Left/Right) or column (Up/Down). Where none lies that
 * way, Left and Right step to the previous or next mark in drawing order (the next row of a bar chart
 * drawn across), so every mark can be reached.
 */
function nextMark(marks: SVGElement[], from: SVGElement, direction: string): SVGElement | undefined {
  const horizontal = direction === 'Left' || direction === 'Right';
  const sign = direction === 'Right' || direction === 'Down' ? 1 : -1;
  const a = from.getBoundingClientRect();
  let best: SVGElement | undefined;
  let bestScore = [Infinity, Infinity, Infinity];
  for (const mark of marks) {
    if (mark === from) continue;
    const b = mark.getBoundingClientRect();
    // Distance from this mark's far edge to the other's near edge, along the direction of travel.
    const gap = horizontal
      ? sign > 0
        ? b.left - a.right
        : a.left - b.right
      : sign > 0
        ? b.top - a.bottom
        : a.top - b.bottom;
    if (gap < -1) continue;
    const sameLine = horizontal ? b.top < a.bottom && b.bottom > a.top : b.left < a.right && b.right > a.left;
    const across = horizontal
      ? Math.abs(b.top + b.height / 2 - (a.top + a.height / 2))
      : Math.abs(b.left + b.width / 2 - (a.left + a.width / 2));
    const score = [sameLine ? 0 : 1, Math.round(gap), across];
    if (before(score, bestScore)) [best, bestScore] = [mark, score];
  }
  if (best || !horizontal) return best;
  return marks[marks.indexOf(from) + sign];
}

/** Whether one score comes before another, comparing their parts in turn. */
function before(a: number[], b: number[]): boolean {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i > -1 && (a[i] ?? 0) < (b[i] ?? 0);
}

const textOf = (el: Element | null | undefined): string => el?.textContent?.trim() ?? '';

/**
 * A mark's figures as [term, value] pairs, from the view's table: in a list, the mark's row under the
 * column headers; in a grid (years × routes), its cell's column header, row header, the cell and its note,
 * in the order the list would give them (route, year, value, note).
 */
function tableEntries(table: HTMLTableElement, row: string): [string, string][] | undefined {
  if (!table.hasAttribute('data-grid')) {
    const header = [...table.querySelectorAll('thead th')].map(textOf);
    const tr = table.querySelectorAll('tbody tr')[Number(row)];
    return tr ? [...tr.children].map((cell, i) => [header[i] ?? '', textOf(cell)]) : undefined;
  }
  const cell = table.querySelector<HTMLTableCellElement>(`td[data-row="${CSS.escape(row)}"]`);
  if (!cell) return undefined;
  const headers = table.querySelectorAll('thead th');
  const note = table.parentElement?.querySelector(`[data-note="${CSS.escape(row)}"]`);
  return [
    [table.dataset['columnLabel'] ?? '', textOf(headers[cell.cellIndex])],
    [textOf(headers[0]), textOf(cell.parentElement?.querySelector('th'))],
    [table.dataset['valueLabel'] ?? '', textOf(cell)],
    ...(note ? [['Note', textOf(note)] as [string, string]] : []),
  ];
}

function markOf(target: EventTarget | null): SVGElement | undefined {
  return target instanceof SVGElement && target.dataset['row'] !== undefined ? target : undefined;
}

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);

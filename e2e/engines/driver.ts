/**
 * What the engine checks ask of a browser, the same for every engine: WebKit over classic WebDriver
 * (webkit.ts), Gecko over WebDriver BiDi through puppeteer-core (gecko.ts). Coordinates are CSS pixels in the
 * viewport; `evaluate` takes a function's source and runs it in the page (or the frame entered last).
 */
export type Engine = 'gecko' | 'webkit';

export type Key =
  | 'Tab'
  | 'Enter'
  | 'Escape'
  | 'Space'
  | 'ArrowLeft'
  | 'ArrowUp'
  | 'ArrowRight'
  | 'ArrowDown'
  | 'PageUp'
  | 'PageDown'
  | 'Home'
  | 'End';

export interface Options {
  /** false: the browser runs with JavaScript turned off. */
  javaScript: boolean;
  /** true: the system asks for a dark colour scheme. */
  dark: boolean;
}

export interface Driver {
  engine: Engine;
  version: string;
  /**
   * Whether the page's window has focus, so that focus events fire and Enter or Space activates a focused
   * button. Headless Firefox over BiDi never focuses its window (document.hasFocus() is false, on a plain
   * page too), so keyboard activation cannot be checked there: the checks say so, and click instead.
   */
  windowFocus: boolean;
  /** What a check could not check in this engine, for the report. */
  notes: string[];
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** Runs later `evaluate` calls inside the iframe the selector finds, until outOfFrame or goto. */
  inFrame(selector: string): Promise<void>;
  outOfFrame(): Promise<void>;
  move(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Presses at the first point, moves through the rest, releases at the last. */
  drag(points: { x: number; y: number }[]): Promise<void>;
  press(key: Key, shift?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors (and uncaught exceptions) since the last call. */
  consoleErrors(): string[];
  close(): Promise<void>;
}

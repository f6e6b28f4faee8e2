/**
 * A preload (node --import) that moves the clock: every `new Date()` and `Date.now()` in the process reads
 * CROSSINGS_CLOCK_SHIFT_MS later than the real time. The determinism check builds once with it, so that a
 * build that writes the time or date it ran at differs from one built at another time of day.
 * Dates made from a given value (`new Date(2024, 10, 4)`, `Date.parse`) are left as they are.
 */
const shift = Number(process.env['CROSSINGS_CLOCK_SHIFT_MS'] ?? 0);

if (Number.isFinite(shift) && shift !== 0) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return RealDate.now() + shift;
    }
  }
  // Called without `new`, Date returns the current time as a string.
  const ShiftedDateFunction = new Proxy(ShiftedDate, {
    apply: () => new ShiftedDate().toString(),
  });
  globalThis.Date = ShiftedDateFunction as DateConstructor;
}

// Debounce (search as you type) and throttle (reading progress on scroll), with a cancel for unmount.

export interface Cancellable<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  /** Runs a pending call now (used on page hide so the last progress is not lost). */
  flush(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Cancellable<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    const args = pending;
    pending = null;
    if (args) fn(...args);
  };
  const wrapped = (...args: A) => {
    pending = args;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  wrapped.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  wrapped.flush = () => {
    if (timer !== null) clearTimeout(timer);
    run();
  };
  return wrapped;
}

/** Calls at most once per `ms`, always with the latest arguments (trailing call guaranteed). */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): Cancellable<A> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    const args = pending;
    pending = null;
    if (args) fn(...args);
  };
  const wrapped = (...args: A) => {
    pending = args;
    const wait = last + ms - Date.now();
    if (wait <= 0) {
      if (timer !== null) clearTimeout(timer);
      run();
    } else if (timer === null) {
      timer = setTimeout(run, wait);
    }
  };
  wrapped.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  wrapped.flush = () => {
    if (timer !== null) clearTimeout(timer);
    run();
  };
  return wrapped;
}

/**
 * One shared timer for every relative time on the page ("3 hours ago"): it runs only while some
 * element needs it, and ticks once a minute.
 */
const subscribers = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

export const TICK_MS = 60_000;

export function subscribe(fn: () => void): () => void {
  subscribers.add(fn);
  timer ??= setInterval(() => subscribers.forEach((f) => f()), TICK_MS);
  return () => {
    subscribers.delete(fn);
    if (!subscribers.size && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Whether the shared timer is running (for tests and diagnostics). */
export function tickerRunning(): boolean {
  return timer !== undefined;
}

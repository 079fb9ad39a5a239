export interface PollOptions {
  /** Give up after this long, in milliseconds. @default 30000 */
  readonly timeoutMs?: number;
  /** First delay between tries, in milliseconds; it grows by half each try. @default 50 */
  readonly initialDelayMs?: number;
  /** Longest delay between tries, in milliseconds. @default 1000 */
  readonly maxDelayMs?: number;
}

/**
 * Calls `check` until it returns a value other than undefined, waiting longer after each miss (backoff, never
 * a fixed sleep). Resolves with that value, or with undefined when the timeout passes.
 */
export async function pollWithBackoff<T>(
  check: () => Promise<T | undefined> | T | undefined,
  options: PollOptions = {},
): Promise<T | undefined> {
  const { timeoutMs = 30_000, initialDelayMs = 50, maxDelayMs = 1000 } = options;
  const deadline = Date.now() + timeoutMs;
  let delay = initialDelayMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, Math.min(delay, Math.max(0, deadline - Date.now()))));
    delay = Math.min(delay * 1.5, maxDelayMs);
  }
}

/** True when the URL answers 2xx within `timeoutMs`. Network errors and other statuses are false. */
export async function answers(url: string, timeoutMs = 2000): Promise<boolean> {
  // A referenced timer (AbortSignal.timeout's is not) keeps the process alive while a silent server is waited on.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const UNITS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Shortest and longest SLO window accepted. */
export const MIN_WINDOW_MS = 60 * 60_000;
export const MAX_WINDOW_MS = 400 * 86_400_000;

/**
 * Parses a duration such as `30d`, `12h`, `90m` or `2w` into milliseconds; undefined when the text is not one.
 * Used for SLO windows and for the objectives file.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,6})([mhdw])$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * UNITS[match[2]!]!;
}

/** Milliseconds as the largest whole unit that divides them: 2592000000 → `30d`. */
export function formatDuration(ms: number): string {
  for (const unit of ['w', 'd', 'h', 'm']) {
    const size = UNITS[unit]!;
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${Math.round(ms / 1000)}s`;
}

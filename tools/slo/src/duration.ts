const UNIT_SECONDS: Readonly<Record<string, number>> = { m: 60, h: 3_600, d: 86_400, w: 604_800 };

/** A duration as written in slo.yaml (`5m`, `1h`, `30d`) and its length. */
export interface SloDuration {
  /** As written, e.g. `30d`; also the suffix of recording rule names (`ratio_rate30d`). */
  readonly text: string;
  readonly seconds: number;
}

/** What `parseSloDuration` accepts, for error messages. */
export const DURATION_FORMAT = 'a whole number of minutes, hours, days or weeks such as 5m, 1h, 28d or 2w';

/** Parses `<n>m|h|d|w` (n ≥ 1); undefined when the text is not such a duration. */
export function parseSloDuration(text: string): SloDuration | undefined {
  const match = /^([1-9]\d{0,5})([mhdw])$/.exec(text);
  if (!match) return undefined;
  return { text, seconds: Number(match[1]) * UNIT_SECONDS[match[2]!]! };
}

/** Seconds as the largest whole unit that divides them: 7200 → `2h`, 300 → `5m`; under a minute → `<n>s`. */
export function formatSeconds(seconds: number): string {
  for (const unit of ['w', 'd', 'h', 'm']) {
    const size = UNIT_SECONDS[unit]!;
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** A duration from a number of seconds, written in its largest whole unit. */
export function durationOf(seconds: number): SloDuration {
  return { text: formatSeconds(seconds), seconds };
}

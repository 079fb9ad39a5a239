/** Layers in the order a deploy goes through them; unknown layers sort last, by name. */
export const LAYER_ORDER = ['infrastructure', 'security', 'platform', 'monitoring', 'data', 'application'];

export function compareLayers(a: string, b: string): number {
  const rank = (layer: string) => {
    const index = LAYER_ORDER.indexOf(layer);
    return index === -1 ? LAYER_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Milliseconds as `1h 5m`, `3m 20s`, `42s` or `850ms`. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  if (m > 0) return s > 0 ? `${m}m ${s}s` : `${m}m`;
  return `${s}s`;
}

/** A ratio as a percentage with one decimal: 0.953 → `95.3%`. */
export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** An ISO time as `2026-03-01 10:05 UTC` (the ledger's times are UTC; so is this, whatever the browser's zone). */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A run's duration, or `running` while it has not finished. */
export function runDuration(startedAt: string, finishedAt: string | null): string {
  if (finishedAt === null) return 'running';
  return formatMs(Date.parse(finishedAt) - Date.parse(startedAt));
}

/** `payments-team` from `group:default/payments-team`, `group:payments-team` or `payments-team`. */
export function groupNameOf(ref: string): string {
  return ref.replace(/^group:/, '').replace(/^[^/]*\//, '');
}

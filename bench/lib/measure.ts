import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

export interface Measurement {
  /** Wall time in milliseconds. */
  readonly wallMs: number;
  /** Peak resident memory of the largest process in the tree, in MiB (GNU time's "Maximum resident set size"). */
  readonly peakMiB: number;
  readonly exitCode: number;
  readonly output: string;
}

/**
 * Runs a command under GNU time (`/usr/bin/time -v`) and returns wall time and peak RSS.
 * Throws with the command's output when it fails, so a benchmark never reports a broken run.
 */
export function measure(
  command: string,
  args: readonly string[],
  options: SpawnSyncOptions = {},
): Measurement {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const stderr = String(result.stderr ?? '');
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const output = `${String(result.stdout ?? '')}${stderr}`;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${output.slice(-4000)}`);
  }
  return { wallMs, peakMiB: rss ? Number(rss[1]) / 1024 : NaN, exitCode: result.status ?? 1, output };
}

/** User + system CPU ms from GNU time: what a run costs apart from waiting on a shared machine. */
export function cpuMs(m: Measurement): number {
  const user = /User time \(seconds\): ([\d.]+)/.exec(m.output)?.[1];
  const sys = /System time \(seconds\): ([\d.]+)/.exec(m.output)?.[1];
  return (Number(user) + Number(sys)) * 1000;
}

/** The run with the median wall time of `runs` repetitions. */
export function medianOf(runs: number, fn: () => Measurement): Measurement {
  const all = Array.from({ length: runs }, fn).sort((a, b) => a.wallMs - b.wallMs);
  return all[Math.floor(all.length / 2)]!;
}

/** Prints an aligned table. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers, ...rows].map((row) =>
    row.map((c) => (typeof c === 'number' ? formatNumber(c) : c)),
  );
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => String(row[i] ?? '').length)));
  return cells.map((row) => row.map((c, i) => String(c).padEnd(widths[i]!)).join('  ')).join('\n');
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);
}

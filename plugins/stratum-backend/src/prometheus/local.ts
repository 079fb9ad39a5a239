import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A throwaway Prometheus on generated data: for the tests against a real Prometheus and for `npm run`-free local
// demos (demo.ts). Needs the prometheus and promtool binaries (Debian's prometheus package).

export const PROMETHEUS_BIN = process.env.STRATUM_PROMETHEUS_BIN || 'prometheus';
export const PROMTOOL_BIN = process.env.STRATUM_PROMTOOL_BIN || 'promtool';

/** One counter series: its labels and its value at each sample time (seconds), oldest first. */
export interface CounterSeries {
  readonly labels: Readonly<Record<string, string>>;
  readonly samples: readonly (readonly [number, number])[];
}

/**
 * A counter sampled every `intervalMs` from `from` to `to` (ms, both included), starting at `start` and growing by
 * `increase(at)` at each later sample `at` (the events of the interval ending there).
 */
export function counterSeries(
  labels: Readonly<Record<string, string>>,
  range: { readonly from: number; readonly to: number; readonly intervalMs: number },
  start: number,
  increase: (at: number) => number,
): CounterSeries {
  const samples: [number, number][] = [];
  let value = start;
  for (let at = range.from; at <= range.to; at += range.intervalMs) {
    if (at > range.from) value += increase(at);
    samples.push([at / 1000, value]);
  }
  return { labels, samples };
}

/** The series as an OpenMetrics text of one counter family (`<family>_total` samples), as promtool backfills it. */
export function openMetrics(family: string, series: readonly CounterSeries[]): string {
  const lines = [`# HELP ${family} Generated for the Prometheus tests.`, `# TYPE ${family} counter`];
  for (const s of series) {
    const labels = Object.entries(s.labels)
      .map(([key, value]) => `${key}="${value}"`)
      .join(',');
    for (const [at, value] of s.samples) lines.push(`${family}_total{${labels}} ${value} ${at}`);
  }
  return `${lines.join('\n')}\n# EOF\n`;
}

export interface RunningPrometheus {
  readonly url: string;
  stop(): Promise<void>;
}

/** Polls `url` until it answers 200, waiting 50 ms, then twice as long each time (at most 1 s), for `timeoutMs`. */
async function waitReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 50; ; wait = Math.min(wait * 2, 1_000)) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`prometheus not ready at ${url} in ${timeoutMs} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Writes `text` (OpenMetrics) as TSDB blocks into `data` with promtool; throws with promtool's output on failure. */
function backfill(dir: string, text: string, data: string): void {
  writeFileSync(join(dir, 'series.om'), text);
  const result = spawnSync(
    PROMTOOL_BIN,
    ['tsdb', 'create-blocks-from', 'openmetrics', '-q', join(dir, 'series.om'), data],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`promtool tsdb create-blocks-from openmetrics failed:\n${result.stdout}${result.stderr}`);
  }
}

/**
 * Backfills `text` (OpenMetrics) into a fresh TSDB with `promtool tsdb create-blocks-from openmetrics` (an empty
 * TSDB when `text` is undefined), starts Prometheus on it at 127.0.0.1:`port` (no scrape targets, ten years'
 * retention) and waits until it is ready.
 */
export async function startPrometheus(text: string | undefined, port: number): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-prometheus-'));
  const data = join(dir, 'data');
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1m\nscrape_configs: []\n');
  if (text !== undefined) backfill(dir, text, data);
  const child = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=10y',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(`${url}/-/ready`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@stratum/emulator';
import { commandWorks, missing } from '@stratum/testing';

/** The Prometheus binary (Debian's /usr/bin/prometheus on PATH), or STRATUM_PROMETHEUS. */
export const PROMETHEUS = process.env.STRATUM_PROMETHEUS || 'prometheus';

/** Why the service SLO tab cannot be checked with data here, or undefined (throws under STRATUM_REQUIRE_PREREQS=1). */
export function prometheusSkipReason(): string | undefined {
  return missing('prometheus', commandWorks(PROMETHEUS, ['--version']), 'apt-get install prometheus');
}

export interface RunningPrometheus {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * An empty Prometheus (no scrape targets) on a free port: the portal's service SLO tab asks it for the SLIs and shows
 * each SLO of services/<service>/slo.yaml without samples. Resolves once it answers /-/ready.
 */
export async function startPrometheus(): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-e2e-prometheus-'));
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1m\n');
  const port = await freePort();
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let waited = 0; ; waited += 200) {
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || waited > 30_000) {
      await stop();
      throw new Error(`prometheus did not become ready on ${url} (exit ${child.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

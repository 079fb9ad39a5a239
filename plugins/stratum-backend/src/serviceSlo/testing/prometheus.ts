import { spawnSync } from 'node:child_process';
import { prereqsRequired } from '@stratum/testing';
import { PROMETHEUS_BIN, PROMTOOL_BIN } from '../../prometheus/local';

export {
  openMetrics,
  startPrometheus,
  type CounterSeries,
  type RunningPrometheus,
} from '../../prometheus/local';

/** Why the real-Prometheus tests cannot run (undefined when they can), and whether that must fail the run. */
export function prometheusPrereq(): { readonly skip?: string; readonly required: boolean } {
  const works = (bin: string) =>
    spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 20_000 }).status === 0;
  const absent = [PROMETHEUS_BIN, PROMTOOL_BIN].filter((bin) => !works(bin));
  if (absent.length === 0) return { required: false };
  return {
    skip: `${absent.join(' and ')} not available (install Debian's prometheus, or set STRATUM_PROMETHEUS_BIN / STRATUM_PROMTOOL_BIN)`,
    required: prereqsRequired(),
  };
}

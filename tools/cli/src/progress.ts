import type { SchedulerEvent } from '@stratum/orchestrator';
import type { CommandIO } from './io';

interface Row {
  project: string;
  region: string;
  layer: string;
  status: string;
  startedAt?: number;
  endedAt?: number;
}

/**
 * Shows a run as it happens. In a terminal: a table (stack, layer, status, elapsed) redrawn in place; in CI or
 * when output is piped: one plain line per status change. Silent when the command prints JSON.
 */
export class Progress {
  readonly #rows = new Map<string, Row>();
  #drawn = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly io: CommandIO,
    private readonly mode: 'live' | 'lines' | 'off',
  ) {
    if (mode === 'live') this.#timer = setInterval(() => this.#draw(), 1000).unref();
  }

  static for(io: CommandIO, json: boolean): Progress {
    if (json) return new Progress(io, 'off');
    return new Progress(io, process.stderr.isTTY && !io.env.CI ? 'live' : 'lines');
  }

  readonly onEvent = (event: SchedulerEvent): void => {
    if (this.mode === 'off') return;
    const row = this.#rows.get(event.unit.id) ?? {
      project: event.unit.project,
      region: event.unit.region,
      layer: event.unit.layer,
      status: 'pending',
    };
    row.status = event.status;
    if (event.status === 'running' || event.status === 'rolling_back') row.startedAt = event.at;
    else row.endedAt = event.at;
    this.#rows.set(event.unit.id, row);
    if (this.mode === 'lines') {
      const detail = event.error
        ? `  ${event.error.split('\n')[0]}`
        : event.reason
          ? `  (${event.reason.kind})`
          : '';
      this.io.err(
        `[${new Date(event.at).toISOString().slice(11, 19)}] ${`${row.project}@${row.region}`.padEnd(36)} ${row.layer.padEnd(14)} ${event.status}${detail}`,
      );
    } else this.#draw();
  };

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    if (this.mode === 'live') this.#draw();
  }

  #draw(): void {
    const now = Date.now();
    const lines = [...this.#rows.values()].map((r) => {
      const end = r.status === 'running' || r.status === 'rolling_back' ? now : (r.endedAt ?? now);
      const elapsed = r.startedAt ? `${((end - r.startedAt) / 1000).toFixed(0)}s` : '';
      return `${`${r.project}@${r.region}`.padEnd(36)} ${r.layer.padEnd(14)} ${r.status.padEnd(16)} ${elapsed}`;
    });
    const up = this.#drawn > 0 ? `\u001b[${this.#drawn}A` : '';
    process.stderr.write(`${up}${lines.map((l) => `\u001b[2K${l}`).join('\n')}\n`);
    this.#drawn = lines.length;
  }
}

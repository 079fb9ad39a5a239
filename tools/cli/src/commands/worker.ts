import { hostname } from 'node:os';
import { UsageError } from '@stratum/config';
import { startWorker, terraformJobHandler } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace } from '../workspace-context';

export const workerCommand: Command = {
  name: 'worker',
  summary:
    'Claim and apply the stacks of `stratum deploy --executor workers` runs from the PostgreSQL ledger.',
  usage: `Usage: stratum worker --env <env> [--concurrency N] [--name <name>] [--lease S] [--idle-exit S]

Runs on any machine with the repo checked out at the run's commit and STRATUM_LEDGER pointing at the same
PostgreSQL ledger as the coordinator (\`stratum deploy --executor workers\`). It claims ready stacks of <env>,
longest remaining path first, holds each claim by a lease it renews every S/4 seconds, plans and applies (or
rolls back) the stack from the artifact pinned by hash in the ledger, and reports the result. A worker that
dies stops renewing: once its lease expires the stack is claimed again, or fails and the run rolls back.
SIGTERM/SIGINT: claim nothing more, finish the stacks under way, then exit.

Options:
  --env <env>        Environment. Required.
  --concurrency N    Stacks run at once by this worker (default 1).
  --name <name>      Names this worker in the run result (default STRATUM_RUNNER_ID or <host>/<pid>).
  --lease S          Lease of each claim in seconds (default 30).
  --idle-exit S      Exit after S seconds with no job open and no run holding the environment (default 60; 0 = never).

Exit: 0 when it stopped, 2 usage error (a SQLite ledger: set STRATUM_LEDGER=postgres://...).`,
  async run(args, io) {
    const { values } = parseCommandArgs('worker', args, {
      env: { type: 'string' },
      concurrency: { type: 'string' },
      name: { type: 'string' },
      lease: { type: 'string' },
      'idle-exit': { type: 'string' },
    });
    const envName = requireEnv('worker', values.env);
    const concurrency = wholeNumber('--concurrency', values.concurrency, 1, 1, 64);
    const leaseS = wholeNumber('--lease', values.lease, 30, 2, 3600);
    const idleS = wholeNumber('--idle-exit', values['idle-exit'], 60, 0, 86_400);
    const workspace = openWorkspace(io);
    openEnvironment(workspace, envName);
    const ledger = await openWorkspaceLedger(workspace, io);
    const name = values.name ?? (io.env.STRATUM_RUNNER_ID?.trim() || `${hostname()}/${process.pid}`);
    try {
      await ledger.queue.require();
      const worker = startWorker({
        ledger,
        env: envName,
        name,
        concurrency,
        leaseMs: leaseS * 1000,
        ...(idleS > 0 ? { idleExitMs: idleS * 1000 } : {}),
        handle: terraformJobHandler({
          ledger,
          root: workspace.root,
          env: envName,
          settings: terraformSettings(workspace.root, io.env),
        }),
        onLine: (line) => io.err(line),
      });
      const onSignal = (): void => {
        io.err(`${name}: stopping: no new claims; the stacks under way finish and report.`);
        worker.stop();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      io.err(`${name}: waiting for stacks of ${envName} (concurrency ${concurrency}, lease ${leaseS}s)`);
      try {
        const jobs = await worker.done;
        io.out(`${name}: ran ${jobs.length} job(s), ${jobs.filter((j) => !j.ok).length} failed`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      return EXIT.ok;
    } finally {
      await ledger.close();
    }
  },
};

function wholeNumber(
  flag: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag}: got '${value}'; give a whole number from ${min} to ${max}.`);
  return n;
}

import { UsageError } from '@stratum/config';
import { rollbackFinishedRun } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { Progress } from '../progress';
import { currentActor, currentTrigger, openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace } from '../workspace-context';
import { parseConcurrency, printReport } from './deploy';

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Put every stack a finished or interrupted run applied back to what it had before.',
  usage: `Usage: stratum rollback --env <env> --run <id> [--concurrency N] [--wait] [--json]

Rolls back, dependants first, every stack the run applied: each goes back to the exact artifact it had before
that run (from the ledger), or is destroyed if the run created it. Schema migrations the run applied are undone
by their down sections (from this checkout), after the dependants and before their data stack; on an emulator
against STRATUM_LOCAL_POSTGRES_URL. Recorded as a run of kind rollback. For an interrupted run (its process
killed), the run's own stale lock is released first.

Options:
  --env <env>        Environment. Required.
  --run <id>         The run to undo (see \`stratum runs\`). Required.
  --concurrency N    Stacks rolled back at once (default 4).
  --wait             Wait for another run's lock instead of failing.
  --json             Print the report as JSON.`,
  async run(args, io) {
    const { values } = parseCommandArgs('rollback', args, {
      env: { type: 'string' },
      run: { type: 'string' },
      concurrency: { type: 'string' },
      wait: { type: 'boolean' },
      actor: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('rollback', values.env);
    if (!values.run) throw new UsageError('stratum rollback: --run <id> is required (see `stratum runs`).');
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const ledger = await openWorkspaceLedger(workspace, io);
    const progress = Progress.for(io, values.json ?? false);
    try {
      const report = await rollbackFinishedRun({
        workspace,
        env,
        ledger,
        settings: terraformSettings(workspace.root, io.env),
        targetRunId: values.run,
        actor: currentActor(io, values.actor),
        trigger: currentTrigger(io),
        concurrency: parseConcurrency(values.concurrency),
        wait: values.wait ?? false,
        onEvent: progress.onEvent,
        ...(io.env.STRATUM_LOCAL_POSTGRES_URL ? { localDatabaseUrl: io.env.STRATUM_LOCAL_POSTGRES_URL } : {}),
      });
      progress.stop();
      printReport(io, report, values.json ?? false);
      return report.status === 'rolled_back' ? EXIT.ok : EXIT.failure;
    } finally {
      progress.stop();
      await ledger.close();
    }
  },
};

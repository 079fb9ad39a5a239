import { UsageError } from '@stratum/config';
import { clearTerraformLocks } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace } from '../workspace-context';

export const unlockCommand: Command = {
  name: 'unlock',
  summary: "Release an environment's deploy lock held by a run whose process died, before its lease expires.",
  usage: `Usage: stratum unlock --env <env> --run <id> [--force]

The deploy lock is a lease: its holder renews it every TTL/4 (locks.ttlSeconds, STRATUM_LOCK_TTL_S), and once it
is older than the TTL the next run takes it over by itself, marks the old run interrupted and force-unlocks the
Terraform state locks that run left. This command releases the lock of run <id> now, and clears the same
Terraform locks. An expired lease, or a holder on this machine whose process is gone, is released; a live lease
(another host still renewing it) is refused unless --force.`,
  async run(args, io) {
    const { values } = parseCommandArgs('unlock', args, {
      env: { type: 'string' },
      run: { type: 'string' },
      force: { type: 'boolean' },
    });
    const envName = requireEnv('unlock', values.env);
    if (!values.run)
      throw new UsageError(
        'stratum unlock: --run <id> is required: the run id a refused deploy named as the holder.',
      );
    const workspace = openWorkspace(io);
    openEnvironment(workspace, envName);
    const ledger = await openWorkspaceLedger(workspace, io);
    try {
      const holder = await ledger.getLock(envName);
      if (!holder) {
        io.out(`Environment '${envName}' is not locked.`);
        return EXIT.ok;
      }
      if (holder.runId !== values.run) {
        throw new UsageError(
          `Environment '${envName}' is locked by run ${holder.runId} (host ${holder.host}, pid ${holder.pid}), not ${values.run}.`,
        );
      }
      if (!ledger.lockIsStale(holder) && !values.force) {
        io.err(
          `Run ${holder.runId} (${holder.runnerId ? `runner ${holder.runnerId}, ` : ''}host ${holder.host}, pid ${holder.pid}) renewed its lease at ${holder.heartbeatAt}: it looks alive; not unlocking. Its lease expires ${holder.expiresAt} if it stops renewing; pass --force if you are sure it is gone.`,
        );
        return EXIT.failure;
      }
      await ledger.releaseLock(envName, holder.runId);
      const cleared = await clearTerraformLocks({
        ledger,
        settings: terraformSettings(workspace.root, io.env),
        root: workspace.root,
        env: envName,
        fromRunId: holder.runId,
        byRunId: 'unlock',
      });
      for (const note of cleared) io.err(note);
      for (const run of await ledger.findInterruptedRuns(envName)) {
        io.err(
          `Run ${run.id} is marked interrupted; roll it back with \`stratum rollback --env ${envName} --run ${run.id}\` if it applied anything.`,
        );
      }
      io.out(`Released the lock of run ${holder.runId} on '${envName}'.`);
      return EXIT.ok;
    } finally {
      await ledger.close();
    }
  },
};

import { UsageError } from '@stratum/config';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace } from '../workspace-context';

export const unlockCommand: Command = {
  name: 'unlock',
  summary: "Release an environment's deploy lock held by a run whose process died.",
  usage: `Usage: stratum unlock --env <env> --run <id>

Releases the deploy lock of <env> held by run <id>. Nothing releases a lock on its own: use this after checking
that the holder (shown by a refused deploy) is really gone. A live holder on this host is refused.`,
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
          `Run ${holder.runId} (host ${holder.host}, pid ${holder.pid}) still looks alive; not unlocking. Pass --force if you are sure it is gone (e.g. another host).`,
        );
        return EXIT.failure;
      }
      await ledger.releaseLock(envName, holder.runId);
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

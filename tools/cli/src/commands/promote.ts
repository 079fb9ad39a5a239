import { UsageError } from '@stratum/config';
import { promote, PromotionRefusedError } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { readOrgUserEntities } from '@stratum/workspace';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { policyGate } from '../policy-gate';
import { Progress } from '../progress';
import { currentActor, currentGitSha, openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace } from '../workspace-context';
import { parseConcurrency, printReport } from './deploy';

export const promoteCommand: Command = {
  name: 'promote',
  summary: 'Deploy to the next environment exactly the commit the previous one runs.',
  usage: `Usage: stratum promote --from <env> --to <env> [--concurrency N] [--wait] [--json]

Deploys every project to <to> at exactly the git sha last deployed successfully to <from>, with <to>'s own
environment data, region by region (stopping at the first failed region, with rollback). Refused unless
environments/<to>.yaml names <from> as its promotion source, the last deploy to <from> succeeded, a drift check
since then found nothing, <to>'s approval rule is met, and that sha is checked out here (with a clean tree).

Approvals are SSH signatures stored in the ledger by \`stratum approve --env <to> --sha <sha> --key <key>\`.
Only those that verify against the approver's stratum.dev/ssh-signing-key in services/org.yaml count, for
that exact sha and environment, from distinct members of approvals.approvers, never the promoter's own.`,
  async run(args, io) {
    const { values } = parseCommandArgs('promote', args, {
      from: { type: 'string' },
      to: { type: 'string' },
      'approved-by': { type: 'string' },
      concurrency: { type: 'string' },
      wait: { type: 'boolean' },
      actor: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values['approved-by'] !== undefined) {
      throw new UsageError(
        '--approved-by was removed: a typed name is not an approval. Each approver signs with ' +
          '`stratum approve --env <to> --sha <sha> --key <ssh private key>`, and promote counts the signed approvals in the ledger.',
      );
    }
    if (!values.from || !values.to)
      throw new UsageError('stratum promote: --from <env> and --to <env> are required.');
    const workspace = openWorkspace(io);
    const from = openEnvironment(workspace, values.from);
    const to = openEnvironment(workspace, values.to);
    const ledger = await openWorkspaceLedger(workspace, io);
    const progress = Progress.for(io, values.json ?? false);
    try {
      const report = await promote({
        workspace,
        from,
        to,
        ledger,
        settings: terraformSettings(workspace.root, io.env),
        checkedOut: currentGitSha(workspace.root, { ...io, env: { ...io.env, GITHUB_SHA: '' } }),
        users: readOrgUserEntities(workspace.root),
        actor: currentActor(io, values.actor),
        concurrency: parseConcurrency(values.concurrency),
        wait: values.wait ?? false,
        gate: policyGate(to),
        onEvent: progress.onEvent,
      });
      progress.stop();
      printReport(io, report, values.json ?? false);
      return report.status === 'succeeded' ? EXIT.ok : EXIT.failure;
    } catch (error) {
      if (error instanceof PromotionRefusedError) {
        io.err(`stratum promote: refused: ${error.message}`);
        return EXIT.failure;
      }
      throw error;
    } finally {
      progress.stop();
      await ledger.close();
    }
  },
};

import { UsageError } from '@stratum/config';
import { breakGlassApprovers } from '@stratum/deploy';
import { RUN_KINDS, RUN_STATUSES, type RunKind, type RunStatus } from '@stratum/ledger';
import { readOrgUserEntities, readPortalSigningKeys } from '@stratum/workspace';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openWorkspaceLedger } from '../run-context';
import { openWorkspace } from '../workspace-context';
import { readRunTakeovers, takeoverLines } from './run-takeovers';
import { jobLines, readRunJobs } from './run-workers';

export const runsCommand: Command = {
  name: 'runs',
  summary: 'The audit trail: runs, and `runs show <id>` for every stack event of one.',
  usage: `Usage: stratum runs [--env <env>] [--kind deploy|rollback|drift] [--status <status>] [--limit N] [--cursor <c>] [--json]
       stratum runs show <id> [--json]

Lists runs newest first (who, what commit, when, outcome), or shows one run's stack events in order (and, for
a run deployed with --executor workers, which worker applied or rolled back each stack, in how many claims).
Statuses: ${RUN_STATUSES.join(', ')}.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'runs',
      args,
      {
        env: { type: 'string' },
        kind: { type: 'string' },
        status: { type: 'string' },
        limit: { type: 'string' },
        cursor: { type: 'string' },
        json: { type: 'boolean' },
      },
      true,
    );
    const workspace = openWorkspace(io);
    const ledger = await openWorkspaceLedger(workspace, io);
    try {
      if (positionals[0] === 'show') {
        const id = positionals[1];
        if (!id || positionals.length > 2)
          throw new UsageError('stratum runs show: give exactly one run id.');
        const run = await ledger.getRun(id);
        if (!run) throw new UsageError(`No run '${id}' in the ledger; list runs with \`stratum runs\`.`);
        const takeovers = await readRunTakeovers(ledger, run);
        const jobs = await readRunJobs(ledger, run);
        if (values.json) io.out(JSON.stringify({ ...run, ...takeovers, jobs }, null, 2));
        else {
          io.out(
            `run ${run.id} (${run.kind}) ${run.env} ${run.status}  sha ${run.gitSha}  by ${run.actor} via ${run.trigger}  ${run.startedAt} → ${run.finishedAt ?? '…'}`,
          );
          if (run.breakGlassReason) {
            const approvedBy = await breakGlassApprovers(
              ledger,
              run,
              readOrgUserEntities(workspace.root),
              readPortalSigningKeys(workspace.root),
            );
            io.out(`break-glass: ${run.breakGlassReason}`);
            io.out(
              approvedBy.length > 0
                ? `approved after the fact by ${approvedBy.join(', ')}`
                : `awaiting approval after the fact: \`stratum approve --run ${run.id} --key <ssh private key>\` (not by ${run.actor})`,
            );
          }
          if (run.treeDigest) io.out(`uncommitted changes deployed: sha256 ${run.treeDigest}`);
          if (run.error) io.out(`error: ${run.error}`);
          for (const line of takeoverLines(run, takeovers)) io.out(line);
          for (const e of run.events) {
            const plan = e.plan ? `  +${e.plan.adds} ~${e.plan.changes} -${e.plan.destroys}` : '';
            io.out(
              `  ${String(e.seq).padStart(3)} ${e.at.slice(11, 19)} ${e.stack.padEnd(36)} ${e.status.padEnd(16)}${plan}${e.error ? `  ${e.error.split('\n')[0]}` : ''}`,
            );
          }
          for (const line of jobLines(jobs)) io.out(line);
        }
        return EXIT.ok;
      }
      if (positionals.length > 0)
        throw new UsageError(
          `stratum runs: unexpected '${positionals[0]}'; did you mean \`stratum runs show <id>\`?`,
        );
      if (values.status && !(RUN_STATUSES as readonly string[]).includes(values.status)) {
        throw new UsageError(`--status: got '${values.status}'; use one of ${RUN_STATUSES.join(', ')}.`);
      }
      if (values.kind && !(RUN_KINDS as readonly string[]).includes(values.kind)) {
        throw new UsageError(`--kind: got '${values.kind}'; use one of ${RUN_KINDS.join(', ')}.`);
      }
      const limit = values.limit === undefined ? 20 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new UsageError(`--limit: got '${values.limit}'; give 1 to 500.`);
      const page = await ledger.listRuns({
        ...(values.env ? { env: values.env } : {}),
        ...(values.status ? { status: values.status as RunStatus } : {}),
        ...(values.kind ? { kind: values.kind as RunKind } : {}),
        ...(values.cursor ? { cursor: values.cursor } : {}),
        limit,
      });
      if (values.json) io.out(JSON.stringify(page, null, 2));
      else {
        if (page.runs.length === 0)
          io.out('No runs yet. Deploy with `stratum deploy --env local --all` (after `stratum local up`).');
        for (const r of page.runs) {
          io.out(
            `${r.id}  ${r.kind.padEnd(8)} ${r.env.padEnd(8)} ${r.status.padEnd(16)} ${shortSha(r.gitSha).padEnd(18)} ${r.actor.padEnd(20)} ${r.startedAt}${r.breakGlassReason ? '  BREAK-GLASS' : ''}`,
          );
        }
        if (page.nextCursor) io.out(`more: stratum runs --cursor ${page.nextCursor}`);
      }
      return EXIT.ok;
    } finally {
      await ledger.close();
    }
  },
};

/** The first 12 characters of a sha, keeping a `+dirty` mark visible. */
function shortSha(sha: string): string {
  return sha.endsWith('+dirty') ? `${sha.slice(0, 12)}+dirty` : sha.slice(0, 12);
}
